/**
 * Practice history: attempts by question, principle and story (filters in the address), a score
 * trend per principle, and two attempts of one question picked for a side-by-side comparison.
 */
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { PrincipleId } from "../../../core/content/pack-schema.js";
import { type AttemptListItem, useAttempts, useBankStories, useProgress } from "../../api/practice.js";
import { usePrinciples } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import { isPrincipleId } from "../../lib/labels.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import { AttemptCard, useQuestionTexts } from "./attempt-list.js";
import { ScoreTrendChart } from "./score-trend-chart.js";

function TrendCharts({ principle, onPick }: { principle?: PrincipleId; onPick: (id: PrincipleId) => void }) {
  const progress = useProgress();
  if (progress.isPending) return <LoadingBlock label="Loading your score trends…" />;
  if (progress.isError) return <ErrorBlock error={progress.error} onRetry={() => void progress.refetch()} />;
  const trends = progress.data.trends.filter((t) => !principle || t.principle === principle);
  if (trends.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {principle ? "No attempts on this principle yet." : "Trends appear once you have saved attempts."}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: principle ? 1 : 3 }} spacing="md">
      {trends.map((trend) => (
        <Paper key={trend.principle} withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
            {principle ? (
              <Text fw={600} size="sm">
                {trend.name}
              </Text>
            ) : (
              <UnstyledButton onClick={() => onPick(trend.principle)} aria-label={`Show only ${trend.name}`}>
                <Text fw={600} size="sm" td="underline">
                  {trend.name}
                </Text>
              </UnstyledButton>
            )}
            <Text size="xs" c="dimmed">
              {trend.points.length} attempt{trend.points.length === 1 ? "" : "s"}
            </Text>
          </Group>
          <ScoreTrendChart name={trend.name} points={trend.points} />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function HistoryPage() {
  usePageTitle("Practice history");
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const questionId = params.get("question") ?? undefined;
  const principleParam = params.get("principle");
  const principle = isPrincipleId(principleParam) ? principleParam : undefined;
  const storyId = params.get("story") ?? undefined;
  const attempts = useAttempts({ questionId, principle, storyId, limit: 500 });
  const everything = useAttempts({ limit: 500 });
  const principles = usePrinciples();
  const stories = useBankStories();
  const textOf = useQuestionTexts();
  const [selected, setSelected] = useState<string[]>([]);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setSelected([]);
  };

  const practisedQuestions = useMemo(() => {
    const ids = [...new Set((everything.data?.attempts ?? []).map((a) => a.questionId))];
    return ids.map((id) => ({ value: id, label: textOf(id) }));
  }, [everything.data, textOf]);

  const list = attempts.data?.attempts ?? [];
  const chosen = selected
    .map((id) => list.find((a) => a.id === id))
    .filter((a): a is AttemptListItem => a !== undefined)
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  const sameQuestion = chosen.length === 2 && chosen[0]!.questionId === chosen[1]!.questionId;
  const active = [questionId, principle, storyId].filter(Boolean).length;

  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="md" component="section" aria-label="Filter attempts">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Question"
            placeholder="Any question you practised"
            data={practisedQuestions}
            value={questionId ?? null}
            onChange={(value) => setFilter("question", value)}
            searchable
            clearable
            comboboxProps={{ width: "target" }}
          />
          <Select
            label="Principle"
            placeholder="Any principle"
            data={(principles.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={principle ?? null}
            onChange={(value) => setFilter("principle", value)}
            searchable
            clearable
          />
          <Select
            label="Story"
            placeholder={stories.data?.stories.length === 0 ? "No stories in your bank" : "Any story"}
            data={(stories.data?.stories ?? []).map((s) => ({ value: s.id, label: s.title }))}
            value={storyId ?? null}
            onChange={(value) => setFilter("story", value)}
            searchable
            clearable
          />
        </SimpleGrid>
        {active > 0 ? (
          <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => setParams(new URLSearchParams())}>
            Clear {active === 1 ? "filter" : `all ${active} filters`}
          </Button>
        ) : null}
      </Paper>

      <section aria-labelledby="attempts-heading">
        <Group justify="space-between" align="baseline" mb="sm" gap="sm">
          <Title order={2} id="attempts-heading">
            Attempts
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {attempts.data ? `${attempts.data.total} attempt${attempts.data.total === 1 ? "" : "s"}` : ""}
          </Text>
        </Group>
        <Paper withBorder p="sm" radius="md" mb="md">
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {chosen.length === 2
                ? sameQuestion
                  ? "Two attempts chosen."
                  : "Those two answer different questions: pick two attempts of the same question."
                : "Tick two attempts of the same question to compare them side by side."}
            </Text>
            <Button
              onClick={() => {
                if (sameQuestion) navigate(`/practice/compare?before=${chosen[0]!.id}&after=${chosen[1]!.id}`);
              }}
              disabled={!sameQuestion}
              size="sm"
              leftSection={<Icon name="eye" size={16} />}
              data-testid="compare-selected"
            >
              Compare
            </Button>
          </Group>
        </Paper>
        {attempts.isPending ? (
          <LoadingBlock label="Loading your attempts…" />
        ) : attempts.isError ? (
          <ErrorBlock error={attempts.error} onRetry={() => void attempts.refetch()} />
        ) : list.length === 0 ? (
          <Alert variant="light" color="gray" icon={<Icon name="info" />}>
            {active > 0 ? "No attempts match these filters." : "No attempts yet: finish a drill and it shows here."}
          </Alert>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {list.map((attempt) => (
              <li key={attempt.id}>
                <AttemptCard
                  attempt={attempt}
                  questionText={textOf(attempt.questionId)}
                  selectable
                  selected={selected.includes(attempt.id)}
                  onSelect={(on) =>
                    setSelected((current) =>
                      on
                        ? [...current.filter((id) => id !== attempt.id), attempt.id].slice(-2)
                        : current.filter((id) => id !== attempt.id),
                    )
                  }
                />
              </li>
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="trends-heading">
        <Title order={2} id="trends-heading" mb="sm">
          Score trend by principle
        </Title>
        <TrendCharts principle={principle} onPick={(id) => setFilter("principle", id)} />
      </section>
    </Stack>
  );
}
