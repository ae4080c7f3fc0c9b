/** Every loop so far, newest first, with its status, its decision once finished, and a way back in. */
import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { type LoopSummary, useLoopDebrief, useLoops } from "../../api/loops.js";
import { QueryState } from "../../components/query-state.js";
import { describeLoop, formatDateTime, STATUS_COLORS, STATUS_LABELS } from "./loop-labels.js";

const OPEN_LABELS: Record<LoopSummary["status"], string> = {
  "not-started": "See the plan",
  "in-progress": "Continue",
  paused: "Resume",
  finished: "Read the debrief",
};

/** The list has no decision in it, so a finished loop's row reads it from its debrief. */
function Decision({ id }: { id: string }) {
  const debrief = useLoopDebrief(id);
  if (debrief.isPending) return <Skeleton height={22} width={90} aria-hidden="true" />;
  if (debrief.isError) return null;
  const { decision } = debrief.data.debrief;
  return (
    <Badge variant="light" color={decision.hire ? "indigo" : "red"} tt="none" size="lg">
      {decision.headline}
    </Badge>
  );
}

function HistoryRow({ loop }: { loop: LoopSummary }) {
  const to = loop.status === "finished" ? `/loop/${loop.id}/debrief` : `/loop/${loop.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="li" data-testid="loop-history-row">
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={2} style={{ flex: "1 1 16rem", minWidth: 0 }}>
          <Text fw={700}>{describeLoop(loop)}</Text>
          <Text size="sm" c="dimmed">
            Started {formatDateTime(loop.createdAt)}
            {loop.status === "finished" ? ` · finished ${formatDateTime(loop.updatedAt)}` : null}
          </Text>
        </Stack>
        <Group gap="sm" wrap="wrap">
          {loop.status === "finished" ? (
            <Decision id={loop.id} />
          ) : (
            <Badge variant="outline" color={STATUS_COLORS[loop.status]} tt="none" size="lg">
              {STATUS_LABELS[loop.status]}
            </Badge>
          )}
          <Anchor component={Link} to={to} fw={600} aria-label={`${OPEN_LABELS[loop.status]}: ${describeLoop(loop)}`}>
            {OPEN_LABELS[loop.status]} →
          </Anchor>
        </Group>
      </Group>
    </Paper>
  );
}

export function LoopHistory() {
  const loops = useLoops();
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} id="history-heading" mb="md">
        Your loops
      </Title>
      <QueryState query={loops} loadingLabel="Loading your loops…">
        {({ loops: list }) =>
          list.length === 0 ? (
            <Text c="dimmed">No loops yet. Your first one, and its debrief, will be listed here.</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label="Loop history">
              {list.map((loop) => (
                <HistoryRow key={loop.id} loop={loop} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}
