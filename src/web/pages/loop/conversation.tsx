/**
 * The round as a conversation: the interviewer's introduction and questions on the left, the
 * candidate's answers on the right, each follow-up under the answer it probes. Everything the
 * user wrote is rendered as text (React escapes it), with its line breaks kept.
 */
import { Alert, Badge, Group, Text } from "@mantine/core";
import type { ReactNode, Ref } from "react";
import type { LoopAnswer, LoopRound, LoopWarning, PersonaId } from "../../../core/loop/index.js";
import { Icon } from "../../components/icons.js";
import { PROBE_DEPTH_LABELS, QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./loop.module.css";
import { PersonaAvatar } from "./loop-parts.js";

export function InterviewerTurn({
  persona,
  children,
  label,
  testId,
  ref,
}: {
  persona: { id: PersonaId; name: string };
  children: ReactNode;
  label?: ReactNode;
  testId?: string;
  /** The newest question gets focus, so a screen reader reads it as it is asked. */
  ref?: Ref<HTMLLIElement>;
}) {
  return (
    <li className={classes.turn} data-speaker="interviewer" ref={ref} tabIndex={-1} data-testid={testId}>
      <PersonaAvatar id={persona.id} size={36} />
      <div className={classes.bubble}>
        <div className={classes.speaker}>
          {persona.name}
          {label ? <> · {label}</> : null}
        </div>
        {children}
      </div>
    </li>
  );
}

export function CandidateTurn({ children, meta }: { children: ReactNode; meta?: ReactNode }) {
  return (
    <li className={classes.turn} data-speaker="candidate">
      <div className={classes.bubble}>
        <div className={classes.speaker}>You{meta ? <> · {meta}</> : null}</div>
        {children}
      </div>
    </li>
  );
}

function depthLabel(depth: number): string {
  return depth === 1 || depth === 2 || depth === 3 || depth === 4 ? PROBE_DEPTH_LABELS[depth].title : `Depth ${depth}`;
}

export function FollowUpLabel({ index, depth }: { index: number; depth: number }) {
  return (
    <>
      follow-up {index + 1} <span aria-hidden="true">·</span> {depthLabel(depth)}
    </>
  );
}

export function QuestionLabel({ round, question }: { round: LoopRound; question: number }) {
  const nameOf = usePrincipleNames();
  const planned = round.questions[question];
  if (!planned) return null;
  const what =
    planned.kind === "functional"
      ? round.functionalArea
        ? QUESTION_TYPE_LABELS[round.functionalArea]
        : "Functional"
      : planned.principleId
        ? nameOf(planned.principleId)
        : "Behavioural";
  return (
    <>
      question {question + 1} of {round.questions.length} <span aria-hidden="true">·</span> {what}
    </>
  );
}

export function StoryReuseWarning({ warning, fresh }: { warning: LoopWarning; fresh: boolean }) {
  return (
    <li className={classes.turn} data-speaker="candidate" style={{ maxWidth: "44rem" }}>
      <Alert
        color="orange"
        variant="light"
        icon={<Icon name="alert" />}
        title="Story told twice"
        role={fresh ? "alert" : undefined}
        data-testid="story-reuse-warning"
        styles={{ title: { color: "var(--mantine-color-text)" }, message: { color: "var(--mantine-color-text)" } }}
        w="100%"
      >
        {warning.message}
      </Alert>
    </li>
  );
}

/** An answer already given, with its story tag, its reuse warning and its follow-ups. */
export function AnsweredExchange({
  answer,
  persona,
  storyTitle,
  warnings,
  freshWarnings,
}: {
  answer: LoopAnswer;
  persona: { id: PersonaId; name: string };
  storyTitle: (id: string) => string;
  warnings: LoopWarning[];
  freshWarnings: ReadonlySet<string>;
}) {
  return (
    <>
      <CandidateTurn
        meta={
          answer.storyId ? (
            <Badge variant="default" size="sm" tt="none" component="span">
              Story: {storyTitle(answer.storyId)}
            </Badge>
          ) : null
        }
      >
        <Text className={classes.userText} data-testid="candidate-answer">
          {answer.text}
        </Text>
      </CandidateTurn>
      {warnings.map((warning) => (
        <StoryReuseWarning
          key={`${warning.round}:${warning.question}`}
          warning={warning}
          fresh={freshWarnings.has(`${warning.round}:${warning.question}`)}
        />
      ))}
      {answer.followUps.map((exchange, index) => (
        <FollowUpExchangeTurns key={exchange.askedAt + exchange.text} persona={persona} index={index} {...exchange} />
      ))}
    </>
  );
}

function FollowUpExchangeTurns({
  persona,
  index,
  text,
  depth,
  answer,
}: {
  persona: { id: PersonaId; name: string };
  index: number;
  text: string;
  depth: number;
  answer: string;
}) {
  return (
    <>
      <InterviewerTurn persona={persona} label={<FollowUpLabel index={index} depth={depth} />}>
        <Text>{text}</Text>
      </InterviewerTurn>
      <CandidateTurn>
        <Text className={classes.userText}>{answer}</Text>
      </CandidateTurn>
    </>
  );
}

export function SkippedNote() {
  return (
    <li>
      <Group gap={6} justify="center">
        <Text size="sm" c="dimmed" fs="italic">
          Skipped: no answer, so no evidence for this question.
        </Text>
      </Group>
    </li>
  );
}
