/** The 16 Leadership Principles as a grid; each card opens the principle's own page. */
import { Anchor, Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { usePrinciples, useQuestions } from "../../api/queries.js";
import { QueryState } from "../../components/query-state.js";
import classes from "./guide.module.css";

export function PrinciplesSection() {
  const principles = usePrinciples();
  const counts = useQuestions({ limit: 1 }).data?.counts.byPrinciple;
  return (
    <section aria-labelledby="principles-heading">
      <Title order={2} id="principles-heading" mb={4}>
        The 16 Leadership Principles
      </Title>
      <Text c="dimmed" mb="lg">
        Every answer in the loop, functional ones included, is judged against these. Open one to see what interviewers
        listen for, the red flags and the follow-ups to expect.
      </Text>
      <QueryState query={principles} loadingLabel="Loading the principles…">
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {list.map((principle, index) => (
              <Card key={principle.id} withBorder padding="lg" radius="md" className={classes.principleCard}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="xs">
                  <Title order={3}>
                    <Anchor component={Link} to={`/guide/principles/${principle.id}`} className={classes.cardLink}>
                      {principle.name}
                    </Anchor>
                  </Title>
                  <Text size="xs" c="dimmed" ff="monospace" aria-hidden="true">
                    {String(index + 1).padStart(2, "0")}
                  </Text>
                </Group>
                <Text size="sm" lineClamp={4} mb="sm">
                  {principle.summary}
                </Text>
                <Text size="xs" c="dimmed" mt="auto">
                  {counts ? `${counts[principle.id] ?? 0} questions` : "\u00a0"}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </section>
  );
}
