/**
 * The loop story plan: the user enters the interviewers of a loop and the principles each owns;
 * the server solves which story to tell to whom (no story twice when it can be helped) and
 * this shows a primary and a backup per principle, every forced reuse with the angle to take,
 * and the principles no story answers.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { randomId } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { PrincipleId } from "../../../core/content/pack-schema.js";
import type { PlannedStory, PlanSlot, ValueBasis } from "../../../core/stories/loop-plan.js";
import { ApiError } from "../../api/client.js";
import { usePrinciples } from "../../api/queries.js";
import { type LoopPlanResponse, usePlanLoop } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock } from "../../components/query-state.js";
import classes from "./stories.module.css";
import { StoryLink } from "./story-bits.js";
import { percent, plural } from "./story-labels.js";

/** The API's limits (core's MAX_INTERVIEWERS, and one to three principles each). */
const MAX_INTERVIEWERS = 8;
const MAX_PRINCIPLES = 3;

interface InterviewerRow {
  key: string;
  name: string;
  principles: PrincipleId[];
}

const interviewerRow = (): InterviewerRow => ({ key: randomId(), name: "", principles: [] });

const BASIS_LABELS: Record<ValueBasis, string> = {
  primary: "mapped primary",
  secondary: "mapped secondary",
  signals: "not mapped, but its text shows it",
};

function displayName(row: InterviewerRow, index: number): string {
  return row.name.trim() || `Interviewer ${index + 1}`;
}

function PlannedStoryLine({ label, story }: { label: string; story: PlannedStory | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase" lts="0.04em">
        {label}
      </Text>
      {story ? (
        <>
          <StoryLink id={story.storyId} title={story.title} />
          <Text size="xs" c="dimmed">
            {BASIS_LABELS[story.basis]} ·{" "}
            {story.qualityAssumed ? "not rated yet, counted as 50%" : `rated ${percent(story.quality)}`}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {label === "Backup" ? "No other story is free for this." : "None"}
        </Text>
      )}
    </div>
  );
}

function SlotView({ slot, names }: { slot: PlanSlot; names: Map<string, string> }) {
  return (
    <div className={classes.slot} data-testid="plan-slot" data-principle={slot.principle}>
      <Title order={4} mb={6}>
        {slot.principleName}
      </Title>
      {slot.primary === null ? (
        <Alert color="red" variant="light" p="xs" icon={<Icon name="alert" size={18} />} data-testid="slot-uncovered">
          <Text size="sm">
            No story answers {slot.principleName}.{" "}
            <Anchor
              component={Link}
              to={`/stories/new?principle=${slot.principle}`}
              size="sm"
              c="inherit"
              underline="always"
            >
              Write one
            </Anchor>
            , or map an existing story to it.
          </Text>
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <PlannedStoryLine label="Tell" story={slot.primary} />
          <PlannedStoryLine label="Backup" story={slot.backup} />
        </SimpleGrid>
      )}
      {slot.reuse ? (
        <Alert
          color="yellow"
          variant="light"
          p="xs"
          mt="xs"
          icon={<Icon name="alert" size={18} />}
          title={
            slot.reuse.kind === "same-interviewer"
              ? "Reused: this interviewer already hears this story"
              : `Reused: also told to ${names.get(slot.reuse.firstToldAt.interviewerId) ?? slot.reuse.firstToldAt.interviewerId}`
          }
          data-testid="slot-reuse"
        >
          <Text size="sm">{slot.reuse.angle.advice}</Text>
          {slot.reuse.angle.parts[0] ? (
            <Text size="xs" className={classes.excerpt} mt={4}>
              “{slot.reuse.angle.parts[0].excerpt}”
            </Text>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}

function PlanResult({ plan, rows }: { plan: LoopPlanResponse; rows: InterviewerRow[] }) {
  const names = new Map(rows.map((row, index) => [row.key, displayName(row, index)]));
  const told = new Set(plan.slots.flatMap((s) => (s.primary ? [s.primary.storyId] : [])));
  const slotsByInterviewer = rows.map((row) => plan.slots.filter((s) => s.interviewerId === row.key));
  return (
    <section aria-labelledby="plan-result-heading" data-testid="plan-result">
      <Title order={2} id="plan-result-heading" mb={4}>
        Your plan
      </Title>
      <Text size="sm" c="dimmed" mb="md" data-testid="plan-summary">
        {plural(plan.slots.length, "principle")} to answer with{" "}
        {plural(told.size, "distinct story", "distinct stories")}
        {" · "}
        {plural(plan.reusedStories.length, "story", "stories")} reused · {plural(plan.uncovered.length, "principle")}{" "}
        uncovered · solved in {plan.solveMs < 1 ? "under 1" : Math.round(plan.solveMs)} ms
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder p="md" radius="md" component="article" data-testid="plan-interviewer">
            <Title order={3} mb="sm">
              {displayName(row, index)}
            </Title>
            <Stack gap="md">
              {slotsByInterviewer[index]!.map((slot) => (
                <SlotView key={slot.principle} slot={slot} names={names} />
              ))}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {plan.uncovered.length > 0 ? (
        <Alert color="red" variant="light" mt="md" title="Uncovered principles" icon={<Icon name="alert" />}>
          <Text size="sm" data-testid="plan-uncovered">
            {plan.uncovered
              .map((u) => `${u.principleName} (${names.get(u.interviewerId) ?? u.interviewerId})`)
              .join(", ")}
          </Text>
        </Alert>
      ) : null}
      {plan.notes.length > 0 ? (
        <Paper withBorder p="md" radius="md" mt="md">
          <Title order={3} size="h4" mb="xs">
            Notes from the planner
          </Title>
          <List size="sm" spacing={4} data-testid="plan-notes">
            {plan.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
    </section>
  );
}

export function LoopPlanSection() {
  const [rows, setRows] = useState<InterviewerRow[]>(() => [interviewerRow(), interviewerRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [planned, setPlanned] = useState<{ plan: LoopPlanResponse; rows: InterviewerRow[] } | null>(null);
  const plan = usePlanLoop();
  const principles = usePrinciples();
  const resultRef = useRef<HTMLDivElement>(null);
  const options = (principles.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  // The plan replaces nothing on screen, it appears below: move focus there so it is read out.
  useEffect(() => {
    if (planned) resultRef.current?.focus();
  }, [planned]);

  const update = (key: string, patch: Partial<InterviewerRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const row of rows)
      if (row.principles.length === 0) found[row.key] = "Choose the principles this interviewer owns.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const snapshot = rows.map((row) => ({ ...row }));
    plan.mutate(
      snapshot.map((row, index) => ({ id: row.key, name: displayName(row, index), principles: row.principles })),
      {
        onSuccess: (result) => setPlanned({ plan: result, rows: snapshot }),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const placed: Record<string, string> = {};
          for (const problem of error.problems) {
            const index = Number(problem.path.split(".")[2]);
            const row = Number.isInteger(index) ? snapshot[index] : undefined;
            if (row) placed[row.key] = problem.message;
          }
          setErrors(placed);
        },
      },
    );
  };

  return (
    <Stack gap="xl">
      <section aria-labelledby="loop-heading">
        <Title order={2} id="loop-heading" mb={4}>
          Your loop
        </Title>
        <Text size="sm" c="dimmed" mb="md" maw="48rem">
          Ask your recruiter who is on the loop, or guess: each interviewer owns two or three principles. The plan gives
          each principle a story to tell and a backup, and tells a story twice only when nothing else can answer.
        </Text>
        <form onSubmit={onSubmit} noValidate aria-label="Loop interviewers">
          <Stack gap="sm">
            {rows.map((row, index) => (
              <Paper key={row.key} withBorder p="sm" radius="md" data-testid="interviewer-row">
                <Group align="flex-start" gap="sm" wrap="nowrap">
                  <Group align="flex-start" gap="sm" wrap="wrap" className={classes.interviewerRow}>
                    <TextInput
                      label={`Interviewer ${index + 1}`}
                      placeholder={`e.g. Hiring manager`}
                      value={row.name}
                      maxLength={80}
                      onChange={(event) => update(row.key, { name: event.currentTarget.value })}
                      className={classes.interviewerName}
                    />
                    <MultiSelect
                      label={`Principles ${displayName(row, index)} owns`}
                      placeholder={row.principles.length >= MAX_PRINCIPLES ? undefined : "Choose 2-3"}
                      data={options}
                      value={row.principles}
                      onChange={(value) => {
                        update(row.key, { principles: value as PrincipleId[] });
                        setErrors(({ [row.key]: _, ...rest }) => rest);
                      }}
                      maxValues={MAX_PRINCIPLES}
                      searchable
                      hidePickedOptions
                      error={errors[row.key]}
                      className={classes.interviewerPrinciples}
                      comboboxProps={{ width: 320, position: "bottom-start" }}
                    />
                  </Group>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    mt={26}
                    disabled={rows.length <= 1}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                    aria-label={`Remove ${displayName(row, index)}`}
                  >
                    <Icon name="x" size={18} />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<Icon name="plus" size={16} />}
                onClick={() => setRows((current) => [...current, interviewerRow()])}
                disabled={rows.length >= MAX_INTERVIEWERS}
              >
                Add an interviewer
              </Button>
              <Button type="submit" loading={plan.isPending}>
                Plan my stories
              </Button>
            </Group>
          </Stack>
        </form>
      </section>
      {plan.isError && !(plan.error instanceof ApiError && plan.error.problems.length > 0) ? (
        <ErrorBlock error={plan.error} title="Could not plan the loop" />
      ) : null}
      {planned ? (
        <div ref={resultRef} tabIndex={-1} className={classes.focusTarget}>
          <PlanResult plan={planned.plan} rows={planned.rows} />
        </div>
      ) : null}
    </Stack>
  );
}
