/**
 * One saved attempt: the thread as a conversation, the server's reading of it (vote, criteria,
 * red flags, key points) with evidence marked on request, the retelling check, the timings,
 * the self-rating (editable), and a way to compare it with another attempt of the question.
 */
import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { Attempt } from "../../../core/practice/attempt-schema.js";
import { formatClock } from "../../../core/practice/drill-timer.js";
import {
  type AttemptWithRetelling,
  useAttempt,
  useAttempts,
  useBankStories,
  useRateAttempt,
} from "../../api/practice.js";
import { useQuestion } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock, isNotFound, LoadingBlock } from "../../components/query-state.js";
import { QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { CoachReview, type EvidenceSelection, evidenceRanges } from "./coach-review.js";
import { Conversation } from "./conversation.js";
import classes from "./practice.module.css";
import { formatDateTime, formatDuration, SELF_RATING_HINTS, SELF_RATING_OPTIONS } from "./practice-labels.js";
import { RetellingFlags } from "./retelling-flags.js";

function SelfRating({ attempt }: { attempt: Attempt }) {
  const rate = useRateAttempt();
  return (
    <div>
      <Text size="sm" fw={500} id="attempt-rating-label" mb={4}>
        Your own rating
      </Text>
      <SegmentedControl
        aria-labelledby="attempt-rating-label"
        value={attempt.selfRating ? String(attempt.selfRating) : ""}
        onChange={(value) => rate.mutate({ id: attempt.id, selfRating: Number(value) })}
        data={SELF_RATING_OPTIONS}
        fullWidth
        disabled={rate.isPending}
        data-testid="attempt-self-rating"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {attempt.selfRating
          ? `${attempt.selfRating}: ${SELF_RATING_HINTS[attempt.selfRating as 1 | 2 | 3 | 4 | 5]}`
          : "1 lost … 5 interview-ready"}
      </Text>
      {rate.isError ? (
        <Text size="sm" c="red" role="alert" mt={4}>
          Not saved: {rate.error.message}
        </Text>
      ) : null}
    </div>
  );
}

function CompareWith({ attempt }: { attempt: Attempt }) {
  const navigate = useNavigate();
  const others = useAttempts({ questionId: attempt.questionId, limit: 100 });
  const options = (others.data?.attempts ?? []).filter((a) => a.id !== attempt.id);
  if (others.isPending || options.length === 0) return null;
  return (
    <Select
      label="Compare with another attempt of this question"
      placeholder="Choose an attempt"
      data={options.map((a) => ({ value: a.id, label: `${formatDateTime(a.submittedAt)} · score ${a.score}` }))}
      onChange={(value) => {
        const other = options.find((a) => a.id === value);
        if (!other) return;
        const otherFirst = Date.parse(other.submittedAt) < Date.parse(attempt.submittedAt);
        const [before, after] = otherFirst ? [other.id, attempt.id] : [attempt.id, other.id];
        navigate(`/practice/compare?before=${before}&after=${after}`);
      }}
      data-testid="compare-with"
    />
  );
}

function AttemptView({ saved, justSaved }: { saved: AttemptWithRetelling; justSaved: boolean }) {
  const { attempt, retelling } = saved;
  const question = useQuestion(attempt.questionId);
  const stories = useBankStories();
  const [selection, setSelection] = useState<EvidenceSelection | null>(null);
  const storyTitle = stories.data?.stories.find((s) => s.id === attempt.storyId)?.title;
  const opening = attempt.timings[0];
  usePageTitle(`Attempt of ${formatDateTime(attempt.submittedAt)}`);

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to="/practice/history" size="sm" w="fit-content">
          ← Practice history
        </Anchor>
        {justSaved ? (
          <Alert
            color="teal"
            variant="light"
            icon={<Icon name="check" />}
            title="Attempt saved"
            styles={{ title: { color: "var(--mantine-color-text)" } }}
            data-testid="attempt-saved"
          >
            The server’s coach re-read the whole thread. It is in your history and on the dashboard.
          </Alert>
        ) : null}
        <Paper withBorder p="lg" radius="md">
          <Text size="sm" c="dimmed" mb={4}>
            {QUESTION_TYPE_LABELS[attempt.questionType]} · {formatDateTime(attempt.submittedAt)}
          </Text>
          <Title order={2} className={classes.questionText} mb="sm" data-testid="attempt-question">
            {question.data?.text ?? attempt.questionId}
          </Title>
          <Text size="sm" className={classes.timing} data-testid="attempt-timing">
            Answered in {formatClock(attempt.answerSeconds)} (target {formatClock(attempt.targetSeconds)}, limit{" "}
            {formatClock(attempt.limitSeconds)})
            {attempt.overrunSeconds > 0 ? `, ${formatDuration(attempt.overrunSeconds)} over` : ""}
            {opening ? ` · ${opening.words} words, about ${formatDuration(opening.spokenSeconds)} spoken` : ""}
            {` · ${attempt.turns.length - 1} follow-up${attempt.turns.length === 2 ? "" : "s"}`}
          </Text>
          {attempt.storyId ? (
            <Text size="sm" mt={4}>
              Story told: {storyTitle ?? attempt.storyId}
            </Text>
          ) : null}
          <Group gap="sm" mt="md">
            <Button
              component={Link}
              to={`/practice?question=${encodeURIComponent(attempt.questionId)}`}
              leftSection={<Icon name="practice" size={18} />}
            >
              Practise it again
            </Button>
            <Button component={Link} to="/practice" variant="default">
              Choose another drill
            </Button>
          </Group>
        </Paper>
        {attempt.storyId ? <RetellingFlags flags={retelling} storyTitle={storyTitle} /> : null}
      </Stack>

      <div className={classes.review}>
        <section aria-labelledby="thread-heading">
          <Title order={2} size="h3" id="thread-heading" mb="sm">
            The conversation
          </Title>
          <Conversation
            question={question.data?.text ?? attempt.questionId}
            turns={attempt.turns.map((turn, index) => ({
              followUp: turn.followUp,
              answer: turn.answer,
              seconds: attempt.timings[index]?.seconds ?? null,
            }))}
            highlight={evidenceRanges(attempt.final, selection)}
          />
          <Paper withBorder p="md" radius="md" mt="lg">
            <Stack gap="md">
              <SelfRating attempt={attempt} />
              <CompareWith attempt={attempt} />
            </Stack>
          </Paper>
        </section>
        {question.data ? (
          <CoachReview result={attempt.final} question={question.data} selection={selection} onSelect={setSelection} />
        ) : question.isError ? (
          <ErrorBlock error={question.error} title="Could not load the question’s rubric" />
        ) : (
          <LoadingBlock label="Loading the rubric…" />
        )}
      </div>
    </Stack>
  );
}

export function AttemptPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const saved = useAttempt(id);
  const justSaved = Boolean((location.state as { justSaved?: unknown } | null)?.justSaved);
  if (saved.isPending) return <LoadingBlock label="Loading the attempt…" />;
  if (saved.isError) {
    if (isNotFound(saved.error)) {
      return (
        <Stack gap="sm" align="flex-start">
          <Text>
            There is no attempt with the id <code>{id}</code>.
          </Text>
          <Anchor component={Link} to="/practice/history">
            Back to your practice history
          </Anchor>
        </Stack>
      );
    }
    return <ErrorBlock error={saved.error} onRetry={() => void saved.refetch()} />;
  }
  return <AttemptView saved={saved.data} justSaved={justSaved} />;
}
