/** Common mistakes, each with a weak and a strong version of the same answer side by side. */
import { Card, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { usePreparation } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { QueryState } from "../../components/query-state.js";
import classes from "./guide.module.css";

export function MistakesSection() {
  const preparation = usePreparation();
  return (
    <section aria-labelledby="mistakes-heading">
      <Title order={2} id="mistakes-heading" mb={4}>
        Common mistakes
      </Title>
      <Text c="dimmed" mb="lg">
        The same moment answered twice: the version that loses the interviewer, and the one that gives them evidence.
      </Text>
      <QueryState query={preparation} loadingLabel="Loading mistakes…">
        {({ mistakes }) => (
          <SimpleGrid cols={1} spacing="lg">
            {mistakes.map((mistake, index) => (
              <Card
                key={mistake.id}
                withBorder
                padding="lg"
                radius="md"
                component="article"
                aria-labelledby={`mistake-${mistake.id}`}
              >
                <Title order={3} id={`mistake-${mistake.id}`} mb="md">
                  {index + 1}. {mistake.title}
                </Title>
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <Paper p="md" radius="md" className={classes.answerBad}>
                    <Group gap={6} mb={6} className={classes.answerBadLabel}>
                      <Icon name="x" size={18} strokeWidth={2.4} />
                      <Text fw={700} size="sm" c="inherit" tt="uppercase" lts="0.04em">
                        Weak answer
                      </Text>
                    </Group>
                    <Text className={classes.quote}>{mistake.bad}</Text>
                  </Paper>
                  <Paper p="md" radius="md" className={classes.answerGood}>
                    <Group gap={6} mb={6} className={classes.answerGoodLabel}>
                      <Icon name="check" size={18} strokeWidth={2.4} />
                      <Text fw={700} size="sm" c="inherit" tt="uppercase" lts="0.04em">
                        Strong answer
                      </Text>
                    </Group>
                    <Text className={classes.quote}>{mistake.good}</Text>
                  </Paper>
                </SimpleGrid>
                <Text size="sm" mt="md">
                  <Text span fw={700}>
                    Why it matters:{" "}
                  </Text>
                  {mistake.why}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </section>
  );
}
