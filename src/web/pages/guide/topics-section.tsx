/** Must-know topics about Amazon, and good questions to ask the interviewers. */
import { Card, List, SimpleGrid, Text, Title } from "@mantine/core";
import { usePreparation } from "../../api/queries.js";
import { QueryState } from "../../components/query-state.js";
import classes from "./guide.module.css";

export function TopicsSection() {
  const preparation = usePreparation();
  return (
    <QueryState query={preparation} loadingLabel="Loading topics…">
      {({ topics, questionsToAsk }) => (
        <>
          <section className={classes.section} aria-labelledby="topics-heading">
            <Title order={2} id="topics-heading" mb={4}>
              Must-know topics
            </Title>
            <Text c="dimmed" mb="lg">
              What interviewers assume you know about how Amazon works.
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {topics.map((topic) => (
                <Card key={topic.id} withBorder padding="lg" radius="md">
                  <Title order={3} mb="xs">
                    {topic.name}
                  </Title>
                  <Text size="sm" mb="md">
                    {topic.explanation}
                  </Text>
                  <Text size="sm" c="dimmed" mt="auto">
                    <Text span fw={700} c="var(--mantine-color-text)">
                      Why it matters:{" "}
                    </Text>
                    {topic.whyItMatters}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
          <section className={classes.section} aria-labelledby="ask-heading">
            <Title order={2} id="ask-heading" mb={4}>
              Questions to ask your interviewers
            </Title>
            <Text c="dimmed" mb="lg">
              The last minutes of each round are yours. A good question shows what you care about.
            </Text>
            <Card withBorder padding="lg" radius="md">
              <List spacing="md" type="ordered">
                {questionsToAsk.map((question) => (
                  <List.Item key={question.text}>
                    <Text fw={600}>{question.text}</Text>
                    <Text size="sm" c="dimmed">
                      {question.why}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Card>
          </section>
        </>
      )}
    </QueryState>
  );
}
