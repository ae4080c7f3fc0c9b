/** The preparation checklist, grouped; each tick is saved on the server at once. */
import { Card, Checkbox, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ChecklistResponse } from "../../../server/routes/checklist/schema.js";
import { useChecklist, useSetChecklistItem } from "../../api/queries.js";
import { QueryState } from "../../components/query-state.js";
import classes from "./guide.module.css";

type ChecklistItem = ChecklistResponse["items"][number];

/** Groups in the order the pack lists them. */
function groupItems(items: ChecklistItem[]): [string, ChecklistItem[]][] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups.entries()];
}

export function ChecklistSection() {
  const checklist = useChecklist();
  const setItem = useSetChecklistItem();

  const onToggle = (itemId: string, done: boolean) =>
    setItem.mutate(
      { itemId, done },
      { onError: (error) => notifications.show({ color: "red", title: "Tick not saved", message: error.message }) },
    );

  return (
    <QueryState query={checklist} loadingLabel="Loading your checklist…">
      {({ items }) => {
        const done = items.filter((item) => item.done).length;
        return (
          <section aria-labelledby="checklist-heading">
            <Title order={2} id="checklist-heading" mb={4}>
              Preparation checklist
            </Title>
            <Text c="dimmed" mb="lg">
              Tick things off as you go; your ticks are saved on this machine.
            </Text>
            <Card withBorder padding="lg" radius="md" mb="lg">
              <Group justify="space-between" mb="xs">
                <Text fw={600} id="checklist-progress-label">
                  Progress
                </Text>
                <Text fw={600} data-testid="checklist-progress" aria-live="polite">
                  {done}/{items.length} done
                </Text>
              </Group>
              <Progress
                value={items.length ? (done / items.length) * 100 : 0}
                size="lg"
                color={done === items.length ? "teal" : "indigo"}
                aria-label={`Checklist progress: ${done} of ${items.length} done`}
              />
            </Card>
            <div className={classes.checklistColumns}>
              {groupItems(items).map(([group, groupItemsList]) => {
                const groupDone = groupItemsList.filter((item) => item.done).length;
                return (
                  <Card key={group} withBorder padding="lg" radius="md">
                    <Group justify="space-between" mb="md">
                      <Title order={3}>{group}</Title>
                      <Text size="sm" c="dimmed">
                        {groupDone}/{groupItemsList.length}
                      </Text>
                    </Group>
                    <Stack gap="md">
                      {groupItemsList.map((item) => (
                        <Checkbox
                          key={item.id}
                          checked={item.done}
                          onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
                          label={item.text}
                          data-testid={`checklist-item-${item.id}`}
                          styles={{ label: { lineHeight: 1.5 } }}
                        />
                      ))}
                    </Stack>
                  </Card>
                );
              })}
            </div>
          </section>
        );
      }}
    </QueryState>
  );
}
