/**
 * Two attempts of the same question side by side: what changed in the words (a word diff of
 * the opening answers), and what that did to the coach's reading: vote, score, the criteria
 * that moved, red flags and key points.
 */
import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import type { Attempt } from "../../../core/practice/attempt-schema.js";
import type { AttemptComparison } from "../../../core/practice/compare-attempts.js";
import { useCompareAttempts } from "../../api/practice.js";
import { useQuestion } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import classes from "./practice.module.css";
import { CRITERION_LABELS, formatDateTime, formatDuration, RED_FLAG_LABELS, STATUS_LABELS } from "./practice-labels.js";
import { VoteBadge } from "./vote-badge.js";

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

function AttemptColumn({ attempt, label }: { attempt: Attempt; label: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={`compare-${label.toLowerCase()}`}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={3}>{label}</Title>
        <Anchor component={Link} to={`/practice/attempts/${attempt.id}`} size="sm">
          {formatDateTime(attempt.submittedAt)}
        </Anchor>
      </Group>
      <Group gap="sm" mb="sm">
        <VoteBadge vote={attempt.vote} />
        <Text fw={700}>{attempt.score} / 100</Text>
        <Text size="sm" c="dimmed">
          {formatDuration(attempt.answerSeconds)}
        </Text>
      </Group>
      <p className={classes.answerText}>{attempt.turns[0]?.answer ?? ""}</p>
    </Paper>
  );
}

/** The comparison with key point ids replaced by their rubric text. */
function Changes({ comparison }: { comparison: AttemptComparison }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder p="md" radius="md" data-testid="criteria-changes">
        <Title order={3} mb="xs">
          Criteria that changed
        </Title>
        {comparison.criteria.length === 0 ? (
          <Text size="sm" c="dimmed">
            None: every criterion reads the same in both.
          </Text>
        ) : (
          <List size="sm" spacing={6}>
            {comparison.criteria.map((c) => (
              <List.Item key={c.id} icon={<Icon name={c.change === "improved" ? "check" : "x"} size={16} />}>
                <Text span fw={600}>
                  {CRITERION_LABELS[c.id]}
                </Text>
                : {c.before ? STATUS_LABELS[c.before] : "not checked"} →{" "}
                {c.after ? STATUS_LABELS[c.after] : "not checked"}{" "}
                <Badge size="xs" variant="light" color={c.change === "improved" ? "teal" : "red"} tt="none">
                  {c.change === "improved" ? "better" : "worse"}
                </Badge>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} mb="xs">
          Red flags and key points
        </Title>
        <List size="sm" spacing={6}>
          {comparison.redFlags.removed.map((id) => (
            <List.Item key={`gone-${id}`}>Red flag gone: {RED_FLAG_LABELS[id]}</List.Item>
          ))}
          {comparison.redFlags.added.map((id) => (
            <List.Item key={`new-${id}`}>New red flag: {RED_FLAG_LABELS[id]}</List.Item>
          ))}
          {comparison.keyPoints.newlyCovered.map((id) => (
            <List.Item key={`now-${id}`}>Now covers key point: {id}</List.Item>
          ))}
          {comparison.keyPoints.noLongerCovered.map((id) => (
            <List.Item key={`lost-${id}`}>No longer covers key point: {id}</List.Item>
          ))}
          {comparison.redFlags.added.length +
            comparison.redFlags.removed.length +
            comparison.keyPoints.newlyCovered.length +
            comparison.keyPoints.noLongerCovered.length ===
          0 ? (
            <List.Item>No change in red flags or key points.</List.Item>
          ) : null}
        </List>
      </Paper>
    </SimpleGrid>
  );
}

export function ComparePage() {
  usePageTitle("Compare attempts");
  const [params] = useSearchParams();
  const before = params.get("before") ?? undefined;
  const after = params.get("after") ?? undefined;
  const compared = useCompareAttempts(before, after);
  const question = useQuestion(compared.data?.before.questionId);

  if (!before || !after) {
    return (
      <Alert variant="light" color="gray" icon={<Icon name="info" />}>
        Choose two attempts of the same question in your{" "}
        <Anchor component={Link} to="/practice/history" underline="always">
          practice history
        </Anchor>{" "}
        to compare them.
      </Alert>
    );
  }
  if (compared.isPending) return <LoadingBlock label="Comparing the attempts…" />;
  if (compared.isError)
    return <ErrorBlock error={compared.error} onRetry={() => void compared.refetch()} title="Could not compare" />;

  const { comparison } = compared.data;
  const keyPointText = new Map((question.data?.keyPoints ?? []).map((k) => [k.id, k.text]));
  const withText = {
    ...comparison,
    keyPoints: {
      newlyCovered: comparison.keyPoints.newlyCovered.map((id) => keyPointText.get(id) ?? id),
      noLongerCovered: comparison.keyPoints.noLongerCovered.map((id) => keyPointText.get(id) ?? id),
    },
  };

  return (
    <Stack gap="xl" data-testid="comparison">
      <Stack gap="sm">
        <Anchor component={Link} to="/practice/history" size="sm" w="fit-content">
          ← Practice history
        </Anchor>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} className={classes.questionText} mb="md">
            {question.data?.text ?? compared.data.before.questionId}
          </Title>
          <Group gap="xl" data-testid="comparison-summary">
            <div>
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                Vote
              </Text>
              <Group gap={6}>
                <VoteBadge vote={comparison.vote.before} />
                <Text aria-hidden="true">→</Text>
                <VisuallyHidden>to</VisuallyHidden>
                <VoteBadge vote={comparison.vote.after} />
              </Group>
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                Score
              </Text>
              <Text fw={700} data-testid="score-change">
                {comparison.score.before} → {comparison.score.after} ({signed(comparison.score.delta)})
              </Text>
            </div>
            {comparison.answerSeconds ? (
              <div>
                <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                  Time to answer
                </Text>
                <Text fw={700}>
                  {formatDuration(comparison.answerSeconds.before)} → {formatDuration(comparison.answerSeconds.after)}
                </Text>
              </div>
            ) : null}
          </Group>
        </Paper>
      </Stack>

      <Changes comparison={withText} />

      <section aria-labelledby="diff-heading">
        <Group justify="space-between" align="baseline" mb="sm">
          <Title order={2} size="h3" id="diff-heading">
            What you changed in the words
          </Title>
          <Text size="sm" c="dimmed">
            {comparison.text.summary}
          </Text>
        </Group>
        <Paper withBorder p="md" radius="md">
          <p className={classes.diff} data-testid="text-diff">
            {comparison.text.parts.map((part, index) =>
              part.op === "added" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the diff is fixed for this page
                <ins key={index}>{part.text} </ins>
              ) : part.op === "removed" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the diff is fixed for this page
                <del key={index}>{part.text} </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the diff is fixed for this page
                <span key={index}>{part.text} </span>
              ),
            )}
          </p>
          <Text size="xs" c="dimmed" mt="xs">
            Added words are highlighted green, removed words red and struck through.
          </Text>
        </Paper>
      </section>

      <section aria-labelledby="side-heading">
        <Title order={2} size="h3" id="side-heading" mb="sm">
          Side by side
        </Title>
        <div className={classes.sideBySide}>
          <AttemptColumn attempt={compared.data.before} label="Before" />
          <AttemptColumn attempt={compared.data.after} label="After" />
        </div>
      </section>
    </Stack>
  );
}
