/**
 * The coach's reading of a submitted answer: the vote and score, the criteria checklist, red
 * flags with advice, and the rubric's key points covered and missed (revealed only now). Each
 * criterion, flag and covered key point is a toggle that marks its evidence in the answer.
 */
import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { Ref } from "react";
import type { CoachResult, Evidence } from "../../../core/coach/coach-result-schema.js";
import type { QuestionDetail } from "../../../server/routes/questions/schema.js";
import { Icon } from "../../components/icons.js";
import type { TextRange } from "./highlighted-text.js";
import classes from "./practice.module.css";
import { CRITERION_LABELS, formatDuration, RED_FLAG_LABELS, STATUS_LABELS } from "./practice-labels.js";
import { Verdict } from "./vote-badge.js";

export interface EvidenceSelection {
  kind: "criterion" | "flag" | "key-point";
  id: string;
}

export function evidenceRanges(result: CoachResult | undefined, selection: EvidenceSelection | null): TextRange[] {
  if (!result || !selection) return [];
  const pick = (items: { id: string; evidence: Evidence[] }[]) =>
    items.find((item) => item.id === selection.id)?.evidence ?? [];
  if (selection.kind === "criterion") return pick(result.criteria);
  if (selection.kind === "flag") return pick(result.redFlags);
  return pick(result.keyPoints);
}

function StatusIcon({ status }: { status: "met" | "partial" | "missing" }) {
  return (
    <span className={classes.status} data-status={status}>
      <Icon name={status === "met" ? "check" : status === "partial" ? "info" : "x"} size={18} />
    </span>
  );
}

function Toggle({
  pressed,
  onToggle,
  status,
  title,
  detail,
  testId,
}: {
  pressed: boolean;
  onToggle: () => void;
  status: "met" | "partial" | "missing";
  title: string;
  detail?: string;
  testId?: string;
}) {
  return (
    <button
      type="button"
      className={classes.checkRow}
      aria-pressed={pressed}
      onClick={onToggle}
      data-testid={testId}
      data-status={status}
    >
      <StatusIcon status={status} />
      <span>
        <Text span fw={600} size="sm" display="block">
          {title}
        </Text>
        {detail ? (
          <Text span size="sm" c="dimmed" display="block">
            {detail}
          </Text>
        ) : null}
      </span>
    </button>
  );
}

export function CoachReview({
  result,
  question,
  selection,
  onSelect,
  headingOrder = 2,
  verdictRef,
}: {
  result: CoachResult;
  question: QuestionDetail;
  selection: EvidenceSelection | null;
  onSelect: (selection: EvidenceSelection | null) => void;
  headingOrder?: 2 | 3;
  /** Focus lands here after a submit, so a screen reader reads the verdict first. */
  verdictRef?: Ref<HTMLHeadingElement>;
}) {
  const sub = (headingOrder + 1) as 3 | 4;
  const toggle = (kind: EvidenceSelection["kind"], id: string) =>
    onSelect(selection?.kind === kind && selection.id === id ? null : { kind, id });
  const isOn = (kind: EvidenceSelection["kind"], id: string) => selection?.kind === kind && selection.id === id;
  const scored = result.criteria.filter((c) => c.weight > 0);
  const criteria = scored.length > 0 ? scored : result.criteria;
  const keyPointText = new Map(question.keyPoints.map((k) => [k.id, k.text]));
  const covered = result.keyPoints.filter((k) => k.covered);
  const missed = result.keyPoints.filter((k) => !k.covered);
  const selectedHasNoEvidence = selection !== null && evidenceRanges(result, selection).length === 0;

  return (
    <Stack gap="lg" data-testid="coach-review">
      <Paper withBorder p="md" radius="md">
        <Title order={headingOrder} size="h3" mb="sm" ref={verdictRef} tabIndex={-1} data-testid="verdict-heading">
          The coach’s verdict
        </Title>
        <Verdict
          vote={result.vote}
          score={result.score}
          caption={`${result.stats.words} words, about ${formatDuration(result.stats.spokenSeconds)} spoken, ${result.stats.numbers} number${result.stats.numbers === 1 ? "" : "s"}.`}
        />
        {result.voteReasons.length > 0 ? (
          <List size="sm" mt="sm" spacing={2}>
            {result.voteReasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        ) : null}
      </Paper>

      <section aria-labelledby="criteria-heading">
        <Group justify="space-between" align="baseline" mb={6} gap="xs">
          <Title order={sub} id="criteria-heading">
            Criteria
          </Title>
          <Text size="xs" c="dimmed">
            Choose one to mark its evidence in your answer.
          </Text>
        </Group>
        <Stack gap={2} data-testid="criteria">
          {criteria.map((criterion) => (
            <Toggle
              key={criterion.id}
              pressed={isOn("criterion", criterion.id)}
              onToggle={() => toggle("criterion", criterion.id)}
              status={criterion.status}
              title={`${CRITERION_LABELS[criterion.id]}: ${STATUS_LABELS[criterion.status]}`}
              detail={criterion.status === "met" ? undefined : criterion.advice}
              testId={`criterion-${criterion.id}`}
            />
          ))}
        </Stack>
        {selectedHasNoEvidence ? (
          <Text size="sm" c="dimmed" mt="xs" role="status">
            Nothing in your answer shows this yet.
          </Text>
        ) : null}
      </section>

      <section aria-labelledby="flags-heading">
        <Title order={sub} id="flags-heading" mb={6}>
          Red flags
        </Title>
        {result.redFlags.length === 0 ? (
          <Text size="sm" c="dimmed">
            None: nothing an interviewer would hold against this answer.
          </Text>
        ) : (
          <Stack gap={2} data-testid="red-flags">
            {result.redFlags.map((flag) => (
              <Toggle
                key={flag.id}
                pressed={isOn("flag", flag.id)}
                onToggle={() => toggle("flag", flag.id)}
                status="missing"
                title={RED_FLAG_LABELS[flag.id]}
                detail={flag.advice}
                testId={`red-flag-${flag.id}`}
              />
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="key-points-heading" data-testid="key-points">
        <Group justify="space-between" align="baseline" mb={6} gap="xs">
          <Title order={sub} id="key-points-heading">
            Key points from the rubric
          </Title>
          {result.keyPoints.length > 0 ? (
            <Badge variant="light" color="gray" tt="none">
              {covered.length} of {result.keyPoints.length} covered
            </Badge>
          ) : null}
        </Group>
        {result.keyPoints.length === 0 ? (
          <Text size="sm" c="dimmed">
            This question has no key points to check.
          </Text>
        ) : (
          <Stack gap={2}>
            {covered.map((point) => (
              <Toggle
                key={point.id}
                pressed={isOn("key-point", point.id)}
                onToggle={() => toggle("key-point", point.id)}
                status="met"
                title={keyPointText.get(point.id) ?? point.id}
                detail="Covered"
                testId={`key-point-${point.id}`}
              />
            ))}
            {missed.map((point) => (
              <div
                key={point.id}
                className={classes.checkRow}
                data-testid={`key-point-${point.id}`}
                data-status="missing"
              >
                <StatusIcon status="missing" />
                <span>
                  <Text span fw={600} size="sm" display="block">
                    {keyPointText.get(point.id) ?? point.id}
                  </Text>
                  <Text span size="sm" c="dimmed" display="block">
                    Missed
                  </Text>
                </span>
              </div>
            ))}
          </Stack>
        )}
      </section>

      {question.tips.length > 0 ? (
        <Alert
          variant="light"
          color="indigo"
          icon={<Icon name="info" />}
          title="Tips from the rubric"
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          <List size="sm" spacing={4}>
            {question.tips.map((tip) => (
              <List.Item key={tip}>{tip}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
