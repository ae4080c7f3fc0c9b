/**
 * The mock loop's start page: set up a loop (role, level, phone screen or onsite, an optional
 * seed), and the history of every loop with a way back into it or its debrief.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../api/client.js";
import { useCreateLoop, useLoops } from "../../api/loops.js";
import { useSettings } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LEVELS, type Level, ROLE_LABELS, ROLES, type Role } from "../../lib/labels.js";
import classes from "./loop.module.css";
import { LoopHistory } from "./loop-history.js";
import { describeLoop, STATUS_LABELS } from "./loop-labels.js";

/** The seed is a 32-bit unsigned integer (src/core/loop/seeded-random.ts, MAX_SEED). */
const MAX_SEED = 0xffff_ffff;
const ROUND_CHOICES = ["2", "3", "4", "5"] as const;

type Kind = "phone" | "onsite";

function ContinueBanner() {
  const loops = useLoops();
  const open = loops.data?.loops.find((loop) => loop.status === "in-progress" || loop.status === "paused");
  if (!open) return null;
  return (
    <Alert color="indigo" variant="light" icon={<Icon name="clock" />} title="You have a loop under way" mb="xl">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {describeLoop(open)}: {STATUS_LABELS[open.status].toLowerCase()}. It is saved where you left it.
        </Text>
        <Button component={Link} to={`/loop/${open.id}`} size="sm">
          {open.status === "paused" ? "Resume it" : "Continue it"}
        </Button>
      </Group>
    </Alert>
  );
}

function SetupForm() {
  const settings = useSettings();
  const create = useCreateLoop();
  const navigate = useNavigate();
  const [role, setRole] = useState<Role | null>(null);
  const [level, setLevel] = useState<Level | null>(null);
  const [kind, setKind] = useState<Kind>("onsite");
  const [rounds, setRounds] = useState<string>("5");
  const [seed, setSeed] = useState<string | number>("");

  // Until the user picks, the role and level from Settings are the defaults.
  const chosenRole: Role = role ?? settings.data?.role ?? "pm";
  const chosenLevel: Level = level ?? settings.data?.level ?? "L6";

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        role: chosenRole,
        level: chosenLevel,
        kind,
        ...(kind === "onsite" ? { rounds: Number(rounds) } : {}),
        ...(seed === "" ? {} : { seed: Number(seed) }),
      },
      { onSuccess: (view) => navigate(`/loop/${view.id}`) },
    );
  };

  const error = create.error;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="setup-heading">
      <Title order={2} id="setup-heading" mb={4}>
        Set up a loop
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        You see the plan (interviewers, the principles each one owns, and which of your stories to tell) before the
        clock starts.
      </Text>
      <form onSubmit={onSubmit} aria-label="Set up a mock loop" noValidate>
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <Select
              label="Role"
              data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
              value={chosenRole}
              onChange={(value) => value && setRole(value as Role)}
              allowDeselect={false}
            />
            <div>
              <Text size="sm" fw="var(--mantine-font-weight-medium)" id="level-label" mb={4}>
                Level
              </Text>
              <SegmentedControl
                aria-labelledby="level-label"
                fullWidth
                data={LEVELS.map((value) => ({ value, label: value }))}
                value={chosenLevel}
                onChange={(value) => setLevel(value as Level)}
              />
            </div>
          </SimpleGrid>

          <Radio.Group label="Kind of interview" value={kind} onChange={(value) => setKind(value as Kind)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt={6}>
              <Radio.Card value="onsite" className={classes.kindCard} radius="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Text fw={700}>Onsite loop</Text>
                    <Text size="sm" c="dimmed">
                      Up to five rounds of about 55 minutes. Each interviewer owns two or three principles; the Bar
                      Raiser probes four levels deep and can veto the hire.
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
              <Radio.Card value="phone" className={classes.kindCard} radius="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Text fw={700}>Phone screen</Text>
                    <Text size="sm" c="dimmed">
                      One interviewer, about 60 minutes: two or three behavioural questions and one functional question.
                      The debrief says whether you would be invited onsite.
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            </SimpleGrid>
          </Radio.Group>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {kind === "onsite" ? (
              <div>
                <Text size="sm" fw="var(--mantine-font-weight-medium)" id="rounds-label" mb={4}>
                  Rounds
                </Text>
                <SegmentedControl
                  aria-labelledby="rounds-label"
                  aria-describedby="rounds-help"
                  fullWidth
                  data={ROUND_CHOICES.map((value) => ({ value, label: value }))}
                  value={rounds}
                  onChange={setRounds}
                />
                <Text size="xs" c="dimmed" mt={4} id="rounds-help">
                  Five is a full loop. Fewer makes a shorter run-through; the hiring manager and the Bar Raiser always
                  stay.
                </Text>
              </div>
            ) : (
              <div />
            )}
            <NumberInput
              label="Seed (optional)"
              description="The same seed gives the same loop, to retry it or share it."
              placeholder="Random"
              min={0}
              max={MAX_SEED}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              value={seed}
              onChange={setSeed}
            />
          </SimpleGrid>

          {error ? (
            <Alert color="red" variant="light" title="Could not set up the loop" role="alert">
              {error.message}
              {error instanceof ApiError && error.problems.length > 0
                ? ` (${error.problems.map((p) => `${p.path}: ${p.message}`).join("; ")})`
                : null}
            </Alert>
          ) : null}

          <Group>
            <Button type="submit" loading={create.isPending} leftSection={<Icon name="loop" size={18} />}>
              Generate the loop
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function LoopPage() {
  return (
    <>
      <PageHeader
        title="Mock loop"
        description="Rehearse a whole Amazon interview loop, round by round: each interviewer owns principles and probes your stories, then the Bar Raiser leads a debrief to a hire or no-hire decision."
      />
      <ContinueBanner />
      <Stack gap="xl">
        <SetupForm />
        <LoopHistory />
      </Stack>
    </>
  );
}
