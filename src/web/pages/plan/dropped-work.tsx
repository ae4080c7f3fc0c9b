/**
 * What the plan wanted but could not fit, and why, most important first. The server writes a
 * sentence per task; this groups them by reason so a long list still reads plainly.
 */
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { DroppedTask } from "../../api/plan.js";
import { Icon } from "../../components/icons.js";
import classes from "./plan.module.css";
import { DROP_REASON_LABELS, formatHours, plural, TASK_KIND_LABELS } from "./plan-labels.js";

const SHOWN_AT_FIRST = 8;

/** One line per reason: what to change to get the work back. */
const REMEDIES: Record<DroppedTask["reason"], string> = {
  "not-enough-hours": "More hours a week, or a later interview date, brings these back.",
  "no-days-left": "There are no working days left before the interview.",
  "longer-than-a-week": "Each of these takes longer than the hours you have in a week.",
  "no-spaced-slot": "Mock loops need two days between them and the last one 2-5 days before the interview.",
};

export function DroppedWork({ dropped, droppedHours }: { dropped: DroppedTask[]; droppedHours: number }) {
  const [showAll, setShowAll] = useState(false);
  const reasons = [...new Set(dropped.map((task) => task.reason))];
  const shown = showAll ? dropped : dropped.slice(0, SHOWN_AT_FIRST);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="dropped-heading">
      <Title order={2} id="dropped-heading" mb={4}>
        Left out of the plan
      </Title>
      {dropped.length === 0 ? (
        <Group gap={8} wrap="nowrap" data-testid="dropped-none">
          <Icon name="check" size={18} color="var(--mantine-color-teal-7)" />
          <Text size="sm">Everything fits: nothing had to be left out.</Text>
        </Group>
      ) : (
        <Stack gap="sm" data-testid="dropped-work">
          <Text size="sm">
            {`${plural(dropped.length, "task")} (${formatHours(droppedHours)}) did not fit in your hours, so the plan keeps the most important work: stories first, then mock loops, drills, writing and reading.`}
          </Text>
          {reasons.map((reason) => (
            <Text key={reason} size="sm" c="dimmed">
              <Text span fw={600} c="var(--mantine-color-text)">
                {DROP_REASON_LABELS[reason]}:
              </Text>{" "}
              {REMEDIES[reason]}
            </Text>
          ))}
          <ul className={classes.droppedList}>
            {shown.map((task) => (
              <li key={task.id} data-testid="dropped-task">
                <Text size="sm" fw={500}>
                  {task.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {`${TASK_KIND_LABELS[task.kind]} · ${formatHours(task.plannedHours)} · ${DROP_REASON_LABELS[task.reason]}`}
                </Text>
              </li>
            ))}
          </ul>
          {dropped.length > SHOWN_AT_FIRST ? (
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              ml={-8}
              onClick={() => setShowAll((value) => !value)}
              aria-expanded={showAll}
            >
              {showAll ? "Show fewer" : `Show all ${dropped.length}`}
            </Button>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
