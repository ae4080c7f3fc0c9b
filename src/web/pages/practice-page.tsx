/**
 * Practice: not built yet. With ?question=ID it shows that question, so "Practise this"
 * leads somewhere useful today, and says plainly that timed practice is coming.
 */
import { Anchor, Badge, Button, Card, Group, Text, Title } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { useQuestion } from "../api/queries.js";
import { Icon } from "../components/icons.js";
import { NotBuiltYet } from "../components/not-built-yet.js";
import { ErrorBlock, isNotFound, LoadingBlock } from "../components/query-state.js";
import { QUESTION_TYPE_LABELS } from "../lib/labels.js";

function ChosenQuestion({ id }: { id: string }) {
  const question = useQuestion(id);
  if (question.isPending) return <LoadingBlock label="Loading the question…" />;
  if (question.isError) {
    if (isNotFound(question.error)) {
      return (
        <Text>
          There is no question with the id <code>{id}</code>.{" "}
          <Anchor component={Link} to="/questions">
            Pick one from the question bank
          </Anchor>
          .
        </Text>
      );
    }
    return <ErrorBlock error={question.error} onRetry={() => void question.refetch()} />;
  }
  const { data } = question;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="practice-question">
      <Group gap={6} mb="xs">
        <Badge variant="light" color="gray" tt="none">
          {QUESTION_TYPE_LABELS[data.type]}
        </Badge>
        {data.custom ? (
          <Badge color="grape" variant="filled">
            Yours
          </Badge>
        ) : null}
      </Group>
      <Title order={2} size="h3" id="practice-question" mb="sm" data-testid="practice-question">
        {data.text}
      </Title>
      <Group gap={6} mb="md" c="dimmed">
        <Icon name="clock" size={16} />
        <Text size="sm">Suggested time: {data.answerMinutes} minutes</Text>
      </Group>
      <Text size="sm" mb="md">
        Timed practice with live feedback is coming. For now: set a timer for {data.answerMinutes} minutes, answer out
        loud, then open the question and reveal its rubric to check what you covered.
      </Text>
      <Button component={Link} to={`/questions/${data.id}`} variant="default" w="fit-content">
        Open the question and its rubric
      </Button>
    </Card>
  );
}

export function PracticePage() {
  const [params] = useSearchParams();
  const questionId = params.get("question");
  return (
    <NotBuiltYet
      title="Practice"
      purpose="Answer questions against the clock and get feedback on each answer."
      plans={[
        "Answer a question by typing or speaking, with a timer set to the suggested time.",
        "See live feedback on STAR structure, first-person ownership, numbers in the result and length.",
        "Get the follow-ups an interviewer would ask next, and schedule the question for review.",
      ]}
      meanwhile={[
        { to: "/questions", label: "Pick a question from the bank" },
        { to: "/guide/mistakes", label: "Read the common mistakes" },
      ]}
    >
      {questionId ? <ChosenQuestion id={questionId} /> : null}
    </NotBuiltYet>
  );
}
