/**
 * The two things a candidate writes in a round: the answer to a question (with the story it
 * tells, so a story told to two interviewers is caught at once) and a reply to a follow-up.
 * Both keep an unsent draft in this browser until it is sent.
 */
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { LoopRound, LoopWarning } from "../../../core/loop/index.js";
import type { PlanSlot } from "../../../core/stories/loop-plan.js";
import { type LoopStory, type LoopView, useLoopStep } from "../../api/loops.js";
import { Icon } from "../../components/icons.js";
import { answerLength } from "./loop-labels.js";
import type { NextStep } from "./next-step.js";
import { formatDuration } from "./round-clock.js";
import { useAnswerDraft } from "./use-answer-draft.js";

/** The server's cap on one answer (MAX_ANSWER_CHARS in src/core/loop/loop-schema.ts). */
const MAX_ANSWER_CHARS = 20_000;

function LengthHint({ text, behavioural }: { text: string; behavioural: boolean }) {
  const { words, seconds } = answerLength(text);
  return (
    <Text size="xs" c="dimmed">
      {words} {words === 1 ? "word" : "words"} · about {formatDuration(seconds)} spoken
      {behavioural ? " · a full story is 300-450 words, 2-3 minutes" : ""}
    </Text>
  );
}

interface StoryOption {
  value: string;
  label: string;
}

/** Stories for the picker: this round's planned ones first; a story already told says where. */
function storyOptions(stories: LoopStory[], slots: PlanSlot[], view: LoopView) {
  const toldIn = new Map<string, number>();
  for (const answer of view.state.answers) {
    if (answer.storyId && !toldIn.has(answer.storyId)) toldIn.set(answer.storyId, answer.round);
  }
  const option = (story: LoopStory): StoryOption => {
    const round = toldIn.get(story.id);
    return {
      value: story.id,
      label: round === undefined ? story.title : `${story.title} (told in round ${round + 1})`,
    };
  };
  const active = stories.filter((s) => !s.archived);
  const plannedIds = new Set(slots.flatMap((slot) => [slot.primary?.storyId, slot.backup?.storyId]));
  const planned = active.filter((s) => plannedIds.has(s.id)).map(option);
  const others = active.filter((s) => !plannedIds.has(s.id)).map(option);
  const groups = [];
  if (planned.length > 0) groups.push({ group: "In your plan for this round", items: planned });
  if (others.length > 0) groups.push({ group: planned.length > 0 ? "Other stories" : "Your stories", items: others });
  return groups;
}

export function AnswerForm({
  view,
  round,
  slots,
  stories,
  next,
  onAnswered,
  onSkip,
  skipping,
}: {
  view: LoopView;
  round: LoopRound;
  slots: PlanSlot[];
  stories: LoopStory[];
  next: NextStep;
  onAnswered: (warnings: LoopWarning[]) => void;
  onSkip: () => void;
  skipping: boolean;
}) {
  const { position } = view.state;
  const planned = round.questions[position.question];
  const { answer } = useLoopStep(view.id);
  const [text, setText, clearDraft] = useAnswerDraft(`${view.id}:${position.round}:${position.question}`);
  const [storyId, setStoryId] = useState<string | null>(null);
  const behavioural = planned?.kind === "behavioural";

  const suggestion = slots.find((slot) => slot.principle === planned?.principleId)?.primary;
  const earlier = storyId ? view.state.answers.find((a) => a.storyId === storyId) : undefined;
  const earlierPersona = earlier ? view.state.plan.rounds[earlier.round]?.persona.name : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") return;
    answer.mutate(
      { answer: text, ...(storyId ? { storyId } : {}) },
      {
        onSuccess: (result) => {
          clearDraft();
          setStoryId(null);
          onAnswered(result.warnings);
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={onSubmit} aria-labelledby="answer-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="answer-heading">
          Your answer
        </Title>
        {behavioural ? (
          <Select
            label="Story you are telling"
            description={
              suggestion
                ? `Optional. Your plan for this principle: “${suggestion.title}”.`
                : "Optional. Lets the debrief catch a story told to two interviewers."
            }
            placeholder={stories.length > 0 ? "No story picked" : "Your story bank is empty"}
            data={storyOptions(stories, slots, view)}
            value={storyId}
            onChange={setStoryId}
            clearable
            searchable
            nothingFoundMessage="No story with that title"
            disabled={stories.length === 0}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <div aria-live="polite">
          {earlier ? (
            <Alert
              color="orange"
              variant="light"
              icon={<Icon name="alert" />}
              title="You have told this story already"
              data-testid="story-picked-twice"
              styles={{
                title: { color: "var(--mantine-color-text)" },
                message: { color: "var(--mantine-color-text)" },
              }}
            >
              {earlier.round === position.round
                ? `The ${round.persona.name} heard it earlier in this round. Two answers from one story look like a thin story bank.`
                : `The ${earlierPersona ?? "an earlier interviewer"} heard it in round ${earlier.round + 1}. Interviewers compare notes in the debrief, so it adds no new evidence and counts against you. Pick another story if you have one.`}
            </Alert>
          ) : null}
        </div>
        <Textarea
          label={behavioural ? "What you said" : "Your approach"}
          description={
            behavioural
              ? "Answer out loud and type what you said, or type as you speak: situation, your own actions, the result with numbers."
              : "Clarify, structure, weigh the trade-offs and say how you would measure it, as you would at the whiteboard."
          }
          autosize
          minRows={7}
          maxRows={24}
          maxLength={MAX_ANSWER_CHARS}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          disabled={answer.isPending}
        />
        <LengthHint text={text} behavioural={behavioural} />
        {answer.isError ? (
          <Alert color="red" variant="light" role="alert" title="Your answer was not saved">
            {answer.error.message} Your text is still here.
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={answer.isPending} disabled={text.trim() === ""}>
            Submit answer
          </Button>
          <Button variant="subtle" onClick={onSkip} loading={skipping} disabled={answer.isPending}>
            {next.skipLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function FollowUpForm({
  view,
  followUps,
  next,
  onMoveOn,
  movingOn,
}: {
  view: LoopView;
  followUps: number;
  next: NextStep;
  onMoveOn: () => void;
  movingOn: boolean;
}) {
  const { position } = view.state;
  const { followUp } = useLoopStep(view.id);
  const [text, setText, clearDraft] = useAnswerDraft(`${view.id}:${position.round}:${position.question}:f${followUps}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") return;
    followUp.mutate(text, { onSuccess: clearDraft });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={onSubmit} aria-label="Reply to the follow-up">
      <Stack gap="md">
        <Textarea
          label="Your reply to the follow-up"
          description="Go one level deeper: the data, the alternatives, exactly what you did."
          autosize
          minRows={4}
          maxRows={18}
          maxLength={MAX_ANSWER_CHARS}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          disabled={followUp.isPending}
        />
        <LengthHint text={text} behavioural={false} />
        {followUp.isError ? (
          <Alert color="red" variant="light" role="alert" title="Your reply was not saved">
            {followUp.error.message} Your text is still here.
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={followUp.isPending} disabled={text.trim() === ""}>
            Reply
          </Button>
          <Button variant="subtle" onClick={onMoveOn} loading={movingOn} disabled={followUp.isPending}>
            {next.moveOnLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
