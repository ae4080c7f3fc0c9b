/**
 * A loop under way: the round clock and pause in a bar that stays in view, the round as a
 * conversation (introduction, questions one at a time, the interviewer's follow-ups), the
 * answer form with its story picker, and the round's plan at the side.
 *
 * Every step goes to the server first and the page shows what comes back, so a reload, a
 * closed browser or a second tab always continues from the stored state.
 */
import { Alert, Button, Card, Group, List, Modal, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Fragment, useEffect, useMemo, useRef, useState } from "react";
import type { LoopRound, LoopState, LoopWarning } from "../../../core/loop/index.js";
import type { PlanSlot } from "../../../core/stories/loop-plan.js";
import { type LoopAction, type LoopView, useLoopStep, useLoopStories } from "../../api/loops.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import { AnswerForm, FollowUpForm } from "./answer-forms.js";
import { AnsweredExchange, FollowUpLabel, InterviewerTurn, QuestionLabel, SkippedNote } from "./conversation.js";
import classes from "./loop.module.css";
import { describeLoop } from "./loop-labels.js";
import { BackToLoops } from "./loop-parts.js";
import { nextStep } from "./next-step.js";
import { RoundStories } from "./plan-preview.js";
import { RoundClockDisplay } from "./round-clock-display.js";

function RoundAside({ round, state, slots }: { round: LoopRound; state: LoopState; slots: PlanSlot[] }) {
  const nameOf = usePrincipleNames();
  return (
    <Stack gap="md">
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="this-round-heading">
        <Title order={2} size="h4" id="this-round-heading" mb="xs">
          This round
        </Title>
        <Text size="sm" fw={600} mb={4}>
          {round.persona.name} owns
        </Text>
        <List size="sm" spacing={2} mb="sm">
          {round.principles.map((id) => (
            <List.Item key={id}>{nameOf(id)}</List.Item>
          ))}
        </List>
        {round.functionalArea ? (
          <Text size="sm" mb="sm">
            Functional exercise: {QUESTION_TYPE_LABELS[round.functionalArea].toLowerCase()}
          </Text>
        ) : null}
        <Text size="sm" fw={600} mb={4}>
          Your story plan
        </Text>
        {slots.length > 0 ? (
          <RoundStories slots={slots} compact />
        ) : (
          <Text size="sm" c="dimmed">
            No plan: add stories to your bank to get one.
          </Text>
        )}
      </Card>
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="rounds-list-heading">
        <Title order={2} size="h4" id="rounds-list-heading" mb="xs">
          Rounds
        </Title>
        <ol className={classes.roundList}>
          {state.plan.rounds.map((r) => (
            <li
              key={r.index}
              aria-current={r.index === state.position.round ? "step" : undefined}
              data-done={r.index < state.position.round}
            >
              <span className={classes.roundNumber} aria-hidden="true">
                {r.index + 1}
              </span>
              <span>
                {r.persona.name}
                {r.index < state.position.round ? <VisuallyHidden> (done)</VisuallyHidden> : null}
              </span>
            </li>
          ))}
        </ol>
      </Card>
    </Stack>
  );
}

function PausedPanel({ onResume, resuming }: { onResume: () => void; resuming: boolean }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid="paused-panel">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3">
          The loop is paused
        </Title>
        <Text size="sm">
          The round clock is stopped. Your answers are saved on this machine: you can close the browser and come back to
          the Mock loop page to carry on.
        </Text>
        <Button onClick={onResume} loading={resuming} leftSection={<Icon name="clock" size={18} />}>
          Resume
        </Button>
      </Stack>
    </Paper>
  );
}

export function RunningLoop({ view }: { view: LoopView }) {
  const { state } = view;
  const { plan, position } = state;
  const round = plan.rounds[position.round] ?? plan.rounds[0]!;
  const { act } = useLoopStep(view.id);
  const stories = useLoopStories();
  const [ending, endModal] = useDisclosure(false);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const paused = state.status === "paused";
  const current = state.answers.find((a) => a.round === position.round && a.question === position.question);
  const next = nextStep(state);

  const titles = useMemo(
    () => new Map((stories.data?.stories ?? []).map((story) => [story.id, story.title])),
    [stories.data],
  );
  const storyTitle = (id: string) => titles.get(id) ?? "a story from your bank";
  const slots = view.storyPlan?.slots.filter((slot) => slot.interviewerId === `round-${round.index}`) ?? [];
  const warningsFor = (r: number, q: number) => state.warnings.filter((w) => w.round === r && w.question === q);

  // The newest thing the interviewer says takes focus (and comes into view) as it is asked.
  const newest = useRef<HTMLLIElement>(null);
  const newestKey = `${position.round}:${position.question}:${current?.followUps.length ?? -1}:${view.followUp?.text ?? ""}`;
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest question changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    newest.current?.scrollIntoView({ block: "center" });
    newest.current?.focus({ preventScroll: true });
  }, [newestKey]);

  const runAction = (action: LoopAction) => act.mutate(action);
  const onAnswered = (warnings: LoopWarning[]) => setFresh(new Set(warnings.map((w) => `${w.round}:${w.question}`)));

  const questionIndexes = Array.from({ length: position.question + 1 }, (_, i) => i);

  return (
    <>
      <PageHeader
        title={`Round ${round.index + 1} of ${plan.rounds.length}: ${round.persona.name}`}
        documentTitle={`Mock loop, round ${round.index + 1}`}
        eyebrow={
          <Group gap="sm">
            <BackToLoops />
            <Text size="sm" c="dimmed">
              {describeLoop({ ...plan, rounds: plan.rounds.length })}
            </Text>
          </Group>
        }
      />

      <div className={classes.loopBar} data-testid="loop-bar">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <RoundClockDisplay state={state} round={position.round} minutes={round.minutes} />
            <Text size="sm" c="dimmed" visibleFrom="sm" truncate>
              {paused ? "Paused" : `Round ${round.index + 1} · ${round.persona.name}`}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {paused ? (
              <Button size="sm" onClick={() => runAction("resume")} loading={act.isPending}>
                Resume
              </Button>
            ) : (
              <Button size="sm" variant="default" onClick={() => runAction("pause")} loading={act.isPending}>
                Pause
              </Button>
            )}
            <Button size="sm" variant="subtle" color="red" onClick={endModal.open}>
              End loop
            </Button>
          </Group>
        </Group>
      </div>

      {act.isError ? (
        <Alert color="red" variant="light" role="alert" title="That did not work" mb="md">
          {act.error.message}
        </Alert>
      ) : null}

      <div className={classes.layout}>
        <Stack gap="lg" component="section" aria-label="Interview">
          <ol className={classes.conversation} data-testid="conversation">
            <InterviewerTurn persona={round.persona} label="introduction">
              <Text>{round.persona.introduction}</Text>
            </InterviewerTurn>
            {questionIndexes.map((q) => {
              const planned = round.questions[q];
              if (!planned) return null;
              const answer = state.answers.find((a) => a.round === position.round && a.question === q);
              const isCurrent = q === position.question;
              return (
                // A fragment, so the conversation stays one flat list of turns.
                <Fragment key={planned.questionId}>
                  <InterviewerTurn
                    persona={round.persona}
                    label={<QuestionLabel round={round} question={q} />}
                    ref={isCurrent && !answer ? newest : undefined}
                    testId={isCurrent ? "current-question" : undefined}
                  >
                    <Text className={classes.questionText}>
                      {view.questions[planned.questionId] ?? planned.questionId}
                    </Text>
                  </InterviewerTurn>
                  {answer ? (
                    <AnsweredExchange
                      answer={answer}
                      persona={round.persona}
                      storyTitle={storyTitle}
                      warnings={warningsFor(position.round, q)}
                      freshWarnings={fresh}
                    />
                  ) : !isCurrent ? (
                    <SkippedNote />
                  ) : null}
                </Fragment>
              );
            })}
            {current && view.followUp ? (
              <InterviewerTurn
                persona={round.persona}
                label={<FollowUpLabel index={current.followUps.length} depth={view.followUp.depth} />}
                ref={newest}
                testId="follow-up-question"
              >
                <Text>{view.followUp.text}</Text>
              </InterviewerTurn>
            ) : null}
          </ol>

          {paused ? (
            <PausedPanel onResume={() => runAction("resume")} resuming={act.isPending} />
          ) : !current ? (
            <AnswerForm
              key={`${position.round}:${position.question}`}
              view={view}
              round={round}
              slots={slots}
              stories={stories.data?.stories ?? []}
              next={next}
              onAnswered={onAnswered}
              onSkip={() => runAction(next.action)}
              skipping={act.isPending}
            />
          ) : view.followUp ? (
            <FollowUpForm
              key={`${position.round}:${position.question}:${current.followUps.length}`}
              view={view}
              followUps={current.followUps.length}
              next={next}
              onMoveOn={() => runAction(next.action)}
              movingOn={act.isPending}
            />
          ) : (
            <Paper withBorder p="lg" radius="md" data-testid="question-done">
              <Stack gap="sm" align="flex-start">
                <Text>
                  {current.followUps.length > 0
                    ? `That is as deep as the ${round.persona.name} goes on this answer.`
                    : `The ${round.persona.name} has no follow-ups on this answer.`}
                </Text>
                <Button onClick={() => runAction(next.action)} loading={act.isPending}>
                  {next.label}
                </Button>
              </Stack>
            </Paper>
          )}
        </Stack>

        <RoundAside round={round} state={state} slots={slots} />
      </div>

      <Modal opened={ending} onClose={endModal.close} title="End the loop now?" centered>
        <Stack gap="md">
          <Text size="sm">
            The debrief is written from what you have answered. Questions and rounds you have not reached count as
            missing evidence, as they would in a real debrief.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={endModal.close}>
              Keep going
            </Button>
            <Button
              color="red"
              loading={act.isPending}
              onClick={() => act.mutate("finish", { onSettled: endModal.close })}
            >
              End and see the debrief
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
