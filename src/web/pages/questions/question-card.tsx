/** One question in the bank's list. */
import { Anchor, Badge, Card, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import type { QuestionSummary } from "../../../server/routes/questions/schema.js";
import { DIFFICULTY_COLORS, DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./questions.module.css";

export function QuestionCard({ question, from }: { question: QuestionSummary; from: string }) {
  const nameOf = usePrincipleNames();
  return (
    <Card withBorder padding="md" radius="md" component="article" className={classes.card} data-testid="question-card">
      <Anchor component={Link} to={`/questions/${question.id}`} state={{ from }} className={classes.cardLink} fw={600}>
        {question.text}
      </Anchor>
      <Group gap={6} mt="sm">
        {question.custom ? (
          <Badge color="grape" variant="filled" size="sm">
            Yours
          </Badge>
        ) : null}
        <Badge variant="light" color="gray" size="sm" tt="none">
          {QUESTION_TYPE_LABELS[question.type]}
        </Badge>
        <Badge variant="dot" color={DIFFICULTY_COLORS[question.difficulty]} size="sm" tt="none">
          {DIFFICULTY_LABELS[question.difficulty]}
        </Badge>
        <Text size="xs" c="dimmed">
          {question.answerMinutes} min
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={6} data-testid="question-card-principles">
        {question.principles.map(nameOf).join(" · ")}
      </Text>
    </Card>
  );
}
