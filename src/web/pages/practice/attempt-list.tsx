/** Saved attempts as cards: question, vote, score, self-rating, follow-ups and time. */
import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { Link } from "react-router";
import { type AttemptListItem, useAttempts } from "../../api/practice.js";
import { useQuestions } from "../../api/queries.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import classes from "./practice.module.css";
import { formatDateTime, formatDuration } from "./practice-labels.js";
import { VoteBadge } from "./vote-badge.js";

/** Question id → text, for lists that only carry ids (the bank holds a few hundred). */
export function useQuestionTexts(): (id: string) => string {
  const bank = useQuestions({ limit: 500 });
  const texts = useMemo(() => new Map((bank.data?.items ?? []).map((q) => [q.id, q.text])), [bank.data]);
  return (id: string) => texts.get(id) ?? id;
}

export function AttemptCard({
  attempt,
  questionText,
  selectable,
  selected,
  onSelect,
}: {
  attempt: AttemptListItem;
  questionText: string;
  selectable?: boolean;
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
}) {
  const followUps = Math.max(0, attempt.turns - 1);
  return (
    <Paper withBorder p="md" radius="md" data-testid="attempt-card" data-attempt-id={attempt.id}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Anchor component={Link} to={`/practice/attempts/${attempt.id}`} fw={600} lineClamp={2}>
            {questionText}
          </Anchor>
          <Group gap="xs" className={classes.attemptMeta}>
            <VoteBadge vote={attempt.vote} />
            <Text size="sm" fw={600}>
              {attempt.score} / 100
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(attempt.submittedAt)}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" className={classes.attemptMeta}>
            {followUps} follow-up{followUps === 1 ? "" : "s"} · answered in {formatDuration(attempt.answerSeconds)}
            {attempt.selfRating ? ` · you rated it ${attempt.selfRating}/5` : ""}
          </Text>
          {attempt.overrunSeconds > 0 ? (
            <Badge color="red" variant="light" w="fit-content" tt="none">
              {formatDuration(attempt.overrunSeconds)} over the limit
            </Badge>
          ) : null}
          {attempt.excerpt ? (
            <Text size="sm" lineClamp={2}>
              {attempt.excerpt}
            </Text>
          ) : null}
        </Stack>
        {selectable ? (
          <Checkbox
            checked={selected ?? false}
            onChange={(event) => onSelect?.(event.currentTarget.checked)}
            aria-label={`Select the attempt of ${formatDateTime(attempt.submittedAt)} to compare`}
            label="Compare"
          />
        ) : null}
      </Group>
    </Paper>
  );
}

export function RecentAttempts() {
  const attempts = useAttempts({ limit: 5 });
  const textOf = useQuestionTexts();
  return (
    <section aria-labelledby="recent-heading">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} id="recent-heading">
          Recent attempts
        </Title>
        <Anchor component={Link} to="/practice/history" size="sm" fw={600}>
          All history →
        </Anchor>
      </Group>
      {attempts.isPending ? (
        <LoadingBlock label="Loading your attempts…" />
      ) : attempts.isError ? (
        <ErrorBlock error={attempts.error} onRetry={() => void attempts.refetch()} />
      ) : attempts.data.attempts.length === 0 ? (
        <Text c="dimmed">No attempts yet. Your first drill will show here.</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {attempts.data.attempts.map((attempt) => (
            <li key={attempt.id}>
              <AttemptCard attempt={attempt} questionText={textOf(attempt.questionId)} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
