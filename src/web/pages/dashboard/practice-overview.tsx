/**
 * The dashboard's practice parts, all from GET /api/progress: how much has been practised, story
 * coverage of the principles, the next suggested drill, the three weakest principles with a
 * "Drill this" button each, and the votes per principle by week.
 */
import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Progress } from "../../../core/practice/progress.js";
import { useProgress } from "../../api/practice.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock } from "../../components/query-state.js";
import { QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { voteLabel } from "../practice/practice-labels.js";
import classes from "./dashboard.module.css";
import { VoteHeatmap } from "./vote-heatmap.js";

/** "25 min", "3 h 10 min": a stat tile has room for a round figure, not seconds. */
function formatMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function drillLink(questionId: string) {
  return `/practice?question=${encodeURIComponent(questionId)}`;
}

function Stat({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase" lts="0.04em">
        {label}
      </Text>
      <Text className={classes.statValue} mt={4}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

function Stats({ progress }: { progress: Progress }) {
  const { coverage } = progress;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      <Stat
        label="Questions practised"
        value={String(progress.questionsPractised)}
        detail={`in ${progress.attemptsCount} attempt${progress.attemptsCount === 1 ? "" : "s"}`}
        testId="stat-questions"
      />
      <Stat
        label="Time answering"
        value={formatMinutes(progress.practisedSeconds)}
        detail="on the clock, first answers"
        testId="stat-time"
      />
      <Stat
        label="Stories"
        value={String(coverage.storyCount)}
        detail={coverage.storyCount === 0 ? "in your bank: aim for 15-20" : "in your bank (aim for 15-20)"}
        testId="stat-stories"
      />
      <Stat
        label="Principles covered"
        value={`${coverage.coveredPrinciples}/16`}
        detail="with two strong stories each"
        testId="stat-coverage"
      />
    </SimpleGrid>
  );
}

function NextDrill({ progress }: { progress: Progress }) {
  const next = progress.nextDrill;
  return (
    <Card withBorder padding="lg" radius="md" data-testid="next-drill">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <Icon name="practice" size={22} color="var(--mantine-color-indigo-6)" />
        <Title order={3}>Next suggested drill</Title>
      </Group>
      {next ? (
        <Stack gap="sm" style={{ flex: 1 }}>
          <Badge variant="light" color="gray" tt="none" w="fit-content">
            {QUESTION_TYPE_LABELS[next.question.type]}
          </Badge>
          <Text fw={600}>{next.question.text}</Text>
          <Text size="sm" c="dimmed">
            {next.reason}
          </Text>
          <Button
            component={Link}
            to={drillLink(next.question.id)}
            state={{ reason: next.reason }}
            w="fit-content"
            mt="auto"
            leftSection={<Icon name="practice" size={18} />}
          >
            Start this drill
          </Button>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No question fits your role and level yet.{" "}
          <Anchor component={Link} to="/practice" underline="always">
            Choose a drill
          </Anchor>{" "}
          yourself.
        </Text>
      )}
    </Card>
  );
}

function Weakest({ progress }: { progress: Progress }) {
  return (
    <Card withBorder padding="lg" radius="md" data-testid="weakest-principles">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <Icon name="alert" size={22} color="var(--mantine-color-indigo-6)" />
        <Title order={3}>Your three weakest principles</Title>
      </Group>
      <Stack gap="md" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {progress.weakest.map((weak) => (
          <li key={weak.principle} data-principle={weak.principle}>
            <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/guide/principles/${weak.principle}`} fw={600}>
                  {weak.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {weak.averageVote !== null
                    ? `Mean vote ${weak.averageVote.toFixed(1)} (${voteLabel(weak.averageVote)}). `
                    : ""}
                  {weak.reason}
                </Text>
              </div>
              {weak.drill ? (
                <Button
                  component={Link}
                  to={drillLink(weak.drill.questionId)}
                  state={{ reason: `Drilling ${weak.name}, one of your three weakest principles.` }}
                  variant="light"
                  size="sm"
                  style={{ flexShrink: 0 }}
                  aria-label={`Drill ${weak.name}`}
                >
                  Drill this
                </Button>
              ) : null}
            </Group>
          </li>
        ))}
      </Stack>
    </Card>
  );
}

export function PracticeOverview() {
  const progress = useProgress();
  if (progress.isPending) {
    return (
      <Stack gap="md">
        <Skeleton height={96} radius="md" />
        <Skeleton height={220} radius="md" />
      </Stack>
    );
  }
  if (progress.isError) {
    return (
      <ErrorBlock
        error={progress.error}
        onRetry={() => void progress.refetch()}
        title="Could not load your practice progress"
      />
    );
  }
  const data = progress.data;
  return (
    <Stack gap="xl">
      <section aria-labelledby="practice-heading">
        <Group justify="space-between" align="baseline" mb="md" gap="sm">
          <Title order={2} id="practice-heading">
            Your practice
          </Title>
          <Group gap="md">
            <Anchor component={Link} to="/practice" size="sm" fw={600}>
              Practise →
            </Anchor>
            <Anchor component={Link} to="/practice/history" size="sm" fw={600}>
              History →
            </Anchor>
          </Group>
        </Group>
        <Stack gap="lg">
          <Stats progress={data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <NextDrill progress={data} />
            <Weakest progress={data} />
          </SimpleGrid>
        </Stack>
      </section>
      <section aria-labelledby="heatmap-heading">
        <Title order={2} id="heatmap-heading" mb={4}>
          Votes per principle
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {data.attemptsCount === 0
            ? "Empty until your first attempt: each drill adds its vote to the principles the question tests."
            : "The last eight weeks of attempts. Aim for every row to turn green before the interview."}
        </Text>
        <Paper withBorder p="md" radius="md">
          <VoteHeatmap progress={data} />
        </Paper>
      </section>
    </Stack>
  );
}
