/**
 * The live coach beside the answer box: vote, score and the criteria checklist as the answer
 * grows, read in a Web Worker after each pause in typing. The time each reading took is shown
 * discreetly and kept in `data-coach-ms` for tests and benchmarks.
 */
import { Alert, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { memo } from "react";
import { Icon } from "../../components/icons.js";
import { type CoachClient, useCoachSnapshot } from "./coach-client.js";
import classes from "./practice.module.css";
import { CRITERION_LABELS, formatDuration, RED_FLAG_LABELS } from "./practice-labels.js";
import { VoteBadge } from "./vote-badge.js";

export const LiveCoachPanel = memo(function LiveCoachPanel({ coach }: { coach: CoachClient | undefined }) {
  const snapshot = useCoachSnapshot(coach);
  const live = snapshot.live;
  const result = live?.result;
  const scored = result?.criteria.filter((c) => c.weight > 0) ?? [];

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="live-coach-heading"
      data-testid="live-coach"
      data-coach-status={snapshot.status}
      data-coach-ms={live ? live.ms.toFixed(2) : undefined}
      data-coach-roundtrip-ms={live ? live.roundTripMs.toFixed(2) : undefined}
      data-coach-words={result?.stats.words}
    >
      <Group justify="space-between" align="center" mb="xs">
        <Title order={2} size="h4" id="live-coach-heading">
          Live coach
        </Title>
        {snapshot.pending && snapshot.status === "ready" ? <Loader size="xs" aria-hidden="true" /> : null}
      </Group>
      {snapshot.status === "loading" ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            Loading the coach…
          </Text>
        </Group>
      ) : snapshot.status === "failed" ? (
        <Alert color="red" variant="light" icon={<Icon name="alert" />} title="The live coach stopped">
          <Text size="sm">
            {snapshot.error} Your answer is still saved and read by the server when you save the attempt.
          </Text>
        </Alert>
      ) : !result ? (
        <Text size="sm" c="dimmed">
          Start typing: the coach reads your answer as you write, here in your browser. Nothing leaves this machine.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm" align="center">
            <VoteBadge vote={result.vote} />
            <Text fw={700} className={classes.timing} data-testid="live-score">
              {result.score} / 100
            </Text>
          </Group>
          <Text size="sm" c="dimmed" className={classes.timing}>
            {result.stats.words} words · about {formatDuration(result.stats.spokenSeconds)} spoken
          </Text>
          <ul className={classes.liveList} aria-label="Criteria so far">
            {scored.map((criterion) => (
              <li key={criterion.id} data-status={criterion.status}>
                <span className={classes.status} data-status={criterion.status}>
                  <Icon
                    name={criterion.status === "met" ? "check" : criterion.status === "partial" ? "info" : "x"}
                    size={16}
                  />
                </span>
                <span>
                  {CRITERION_LABELS[criterion.id]}
                  <VisuallyHidden>
                    {criterion.status === "met"
                      ? ": met"
                      : criterion.status === "partial"
                        ? ": partly met"
                        : ": missing"}
                  </VisuallyHidden>
                </span>
              </li>
            ))}
          </ul>
          {result.redFlags.length > 0 ? (
            <Text size="sm" fw={600} className={classes.flagText}>
              Red flags: {result.redFlags.map((flag) => RED_FLAG_LABELS[flag.id]).join(", ")}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" className={classes.timing} data-testid="coach-timing">
            Updated in {live.ms < 10 ? live.ms.toFixed(1) : Math.round(live.ms)} ms
          </Text>
        </Stack>
      )}
    </Paper>
  );
});
