/**
 * The generated plan, before the clock starts: who interviews, for how long, the principles
 * each one owns, their functional exercise, and which story from the bank to tell to whom.
 * The questions themselves stay hidden until their round, as in a real loop.
 */
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { LoopRound } from "../../../core/loop/index.js";
import type { PlanSlot } from "../../../core/stories/loop-plan.js";
import { type LoopView, useLoopStep, useLoopStories } from "../../api/loops.js";
import { useProcess } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { PrincipleBadges } from "../../components/principle-badges.js";
import { QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import classes from "./loop.module.css";
import { describeLoop, formatMinutes, plural } from "./loop-labels.js";
import { BackToLoops, PersonaAvatar } from "./loop-parts.js";

function questionMix(round: LoopRound): string {
  const behavioural = round.questions.filter((q) => q.kind === "behavioural").length;
  const functional = round.questions.length - behavioural;
  const parts = [behavioural > 0 ? plural(behavioural, "behavioural question") : null];
  if (functional > 0 && round.functionalArea) {
    parts.push(
      `${functional === 1 ? "one" : functional} ${QUESTION_TYPE_LABELS[round.functionalArea].toLowerCase()} exercise`,
    );
  } else if (functional > 0) {
    parts.push(plural(functional, "functional question"));
  }
  return parts.filter(Boolean).join(" and ");
}

/** The story plan's lines for one round: the story to tell for each principle, and a backup. */
export function RoundStories({ slots, compact = false }: { slots: PlanSlot[]; compact?: boolean }) {
  if (slots.length === 0) return null;
  return (
    <Stack gap={8}>
      {slots.map((slot) => (
        <div key={slot.principle} className={classes.storyLine} data-compact={compact || undefined}>
          <Text size="sm" fw={600}>
            {slot.principleName}
          </Text>
          <div>
            {slot.primary ? (
              <Text size="sm">
                Tell “{slot.primary.title}”
                {slot.backup ? (
                  <Text span size="sm" c="dimmed">
                    {" "}
                    · backup “{slot.backup.title}”
                  </Text>
                ) : null}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                No story in your bank answers this yet.{" "}
                <Anchor component={Link} to="/stories" size="sm">
                  Write one
                </Anchor>
              </Text>
            )}
            {slot.reuse ? (
              <Text size="xs" c="dimmed" mt={2}>
                Reused story. {slot.reuse.angle.advice}
              </Text>
            ) : null}
          </div>
        </div>
      ))}
    </Stack>
  );
}

function RoundCard({ round, slots, whoTheyAre }: { round: LoopRound; slots: PlanSlot[]; whoTheyAre?: string }) {
  return (
    <Card withBorder padding="lg" radius="md" component="li" className={classes.roundCard}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <PersonaAvatar id={round.persona.id} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Title order={3}>
            Round {round.index + 1} · {round.persona.name}
          </Title>
          <Text size="sm" c="dimmed">
            {round.minutes} minutes · {questionMix(round)}
          </Text>
        </div>
        {round.persona.id === "bar-raiser" ? (
          <Badge color="red" variant="light" tt="none">
            Can veto
          </Badge>
        ) : null}
      </Group>
      {whoTheyAre ? <Text size="sm">{whoTheyAre}</Text> : null}
      <div>
        <Text size="sm" fw={600} mb={4}>
          Owns
        </Text>
        <Group gap={6}>
          <PrincipleBadges ids={round.principles} linked={false} size="sm" />
          {round.functionalArea ? (
            <Badge variant="outline" color="gray" size="sm" tt="none">
              {QUESTION_TYPE_LABELS[round.functionalArea]}
            </Badge>
          ) : null}
        </Group>
      </div>
      {slots.length > 0 ? (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Your story plan
          </Text>
          <RoundStories slots={slots} />
        </div>
      ) : null}
    </Card>
  );
}

export function PlanPreview({ view }: { view: LoopView }) {
  const { plan } = view.state;
  const { act } = useLoopStep(view.id);
  const process = useProcess();
  const stories = useLoopStories();
  const bankSize = stories.data?.stories.filter((s) => !s.archived).length;
  const slotsFor = (round: LoopRound) =>
    view.storyPlan?.slots.filter((slot) => slot.interviewerId === `round-${round.index}`) ?? [];
  const whoTheyAre = (round: LoopRound) => process.data?.personas.find((p) => p.id === round.persona.id)?.whoTheyAre;
  const totalMinutes = plan.rounds.reduce((sum, round) => sum + round.minutes, 0);

  const start = (
    <Button
      size="md"
      onClick={() => act.mutate("start", { onSuccess: () => window.scrollTo({ top: 0 }) })}
      loading={act.isPending}
      leftSection={<Icon name="clock" size={18} />}
    >
      Start round 1
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Your loop plan"
        eyebrow={<BackToLoops />}
        description={
          <Text c="dimmed" maw="46rem">
            {describeLoop({ ...plan, rounds: plan.rounds.length })} · about {formatMinutes(totalMinutes)} · seed{" "}
            {plan.seed}
          </Text>
        }
        actions={start}
      />
      <Stack gap="xl">
        <Alert color="indigo" variant="light" icon={<Icon name="info" />} title="How it runs">
          <List size="sm" spacing={4}>
            <List.Item>
              Each round has its own clock. Answer out loud and type what you said, or type as you speak.
            </List.Item>
            <List.Item>
              Pick the story you are telling with each answer: a story told to two interviewers is flagged at once and
              counts against you in the debrief.
            </List.Item>
            <List.Item>
              Pause whenever you like. Everything is saved on this machine, so you can close the browser and come back.
            </List.Item>
          </List>
        </Alert>

        {act.isError ? (
          <Alert color="red" variant="light" role="alert" title="Could not start the loop">
            {act.error.message}
          </Alert>
        ) : null}

        {bankSize === 0 ? (
          <Alert color="gray" variant="light" icon={<Icon name="stories" />} title="Your story bank is empty">
            <Text size="sm">
              The story plan pairs each interviewer with a story from your bank.{" "}
              <Anchor component={Link} to="/stories" size="sm">
                Add your stories
              </Anchor>{" "}
              first, or run the loop without a plan.
            </Text>
          </Alert>
        ) : null}

        <section aria-labelledby="rounds-heading">
          <Title order={2} id="rounds-heading" mb="md">
            {plural(plan.rounds.length, "round")}
          </Title>
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
            {plan.rounds.map((round) => (
              <RoundCard key={round.index} round={round} slots={slotsFor(round)} whoTheyAre={whoTheyAre(round)} />
            ))}
          </Stack>
        </section>

        {view.storyPlan && view.storyPlan.notes.length > 0 ? (
          <section aria-labelledby="story-notes-heading">
            <Title order={2} id="story-notes-heading" mb="sm">
              Notes on your story plan
            </Title>
            <List size="sm" spacing={4}>
              {view.storyPlan.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </section>
        ) : null}

        <Group>{start}</Group>
      </Stack>
    </>
  );
}
