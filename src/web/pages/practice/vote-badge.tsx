/** The coach's vote on the four-step hiring scale, with its label and score. */
import { Group, Stack, Text } from "@mantine/core";
import classes from "./practice.module.css";
import { voteLabel } from "./practice-labels.js";

export function VoteBadge({ vote, size = "md" }: { vote: number; size?: "md" | "lg" }) {
  return (
    <span className={classes.vote} data-vote={vote} data-size={size} data-testid="vote">
      {voteLabel(vote)}
    </span>
  );
}

/** The headline of a reading: the vote with its label, and the score out of 100. */
export function Verdict({ vote, score, caption }: { vote: number; score: number; caption?: string }) {
  return (
    <Group gap="lg" align="center" wrap="wrap">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase" lts="0.04em">
          Vote
        </Text>
        <VoteBadge vote={vote} size="lg" />
      </Stack>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase" lts="0.04em">
          Score
        </Text>
        <Text className={classes.score} data-testid="score">
          {score}
          <Text span size="sm" c="dimmed" fw={500}>
            {" "}
            / 100
          </Text>
        </Text>
      </Stack>
      {caption ? (
        <Text size="sm" c="dimmed" style={{ flex: "1 1 12rem" }}>
          {caption}
        </Text>
      ) : null}
    </Group>
  );
}
