/**
 * One question: what it is, who gets asked it, and its rubric behind a button, so practice
 * stays honest. Your own questions are marked and can be deleted.
 */
import { Anchor, Badge, Button, Card, Collapse, Group, List, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { QuestionDetail } from "../../../server/routes/questions/schema.js";
import { useDeleteQuestion, useQuestion } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PrincipleBadges } from "../../components/principle-badges.js";
import { LoadingBlock, QueryState } from "../../components/query-state.js";
import { DIFFICULTY_COLORS, DIFFICULTY_LABELS, QUESTION_TYPE_LABELS, ROLE_LABELS } from "../../lib/labels.js";
import { usePageTitle } from "../../lib/use-page-title.js";
import classes from "./questions.module.css";

function BackLink() {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const to = typeof from === "string" && from ? `/questions?${from}` : "/questions";
  return (
    <Anchor component={Link} to={to} size="sm" w="fit-content">
      ← Question bank
    </Anchor>
  );
}

function RubricList({
  title,
  items,
  empty,
  ordered = false,
}: {
  title: string;
  items: string[];
  empty: string;
  ordered?: boolean;
}) {
  return (
    <div>
      <Title order={3} mb="xs">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List type={ordered ? "ordered" : "unordered"} spacing="xs" size="sm">
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

function Rubric({ question }: { question: QuestionDetail }) {
  const [revealed, { toggle }] = useDisclosure(false);
  const emptyForYours = question.custom ? "You did not add any for this question." : "None for this question.";
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="rubric-heading">
      <Group justify="space-between" align="center" gap="md">
        <div style={{ flex: "1 1 20rem" }}>
          <Title order={2} id="rubric-heading" mb={4}>
            Rubric
          </Title>
          <Text size="sm" c="dimmed">
            Answer first, out loud and against the clock. Then reveal what a strong answer covers and the follow-ups to
            expect.
          </Text>
        </div>
        <Button
          variant={revealed ? "default" : "filled"}
          leftSection={<Icon name="eye" size={18} />}
          onClick={toggle}
          aria-expanded={revealed}
          aria-controls="rubric-content"
        >
          {revealed ? "Hide rubric" : "Reveal rubric"}
        </Button>
      </Group>
      <Collapse expanded={revealed} id="rubric-content">
        {revealed ? (
          <Stack gap="lg" mt="lg" data-testid="rubric">
            <RubricList
              title="Key points to cover"
              items={question.keyPoints.map((point) => point.text)}
              empty={emptyForYours}
              ordered
            />
            <RubricList title="Tips" items={question.tips} empty={emptyForYours} />
            <RubricList title="Follow-ups to expect" items={question.followUps} empty={emptyForYours} />
            {question.redFlags && question.redFlags.length > 0 ? (
              <RubricList title="Red flags" items={question.redFlags} empty="" />
            ) : null}
          </Stack>
        ) : null}
      </Collapse>
    </Card>
  );
}

function DeleteQuestion({ question }: { question: QuestionDetail }) {
  const [confirming, confirm] = useDisclosure(false);
  const deleteQuestion = useDeleteQuestion();
  const navigate = useNavigate();
  return (
    <>
      <Button variant="default" color="red" leftSection={<Icon name="trash" size={18} />} onClick={confirm.open}>
        Delete
      </Button>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title="Delete this question?"
        centered
        closeButtonProps={{ "aria-label": "Cancel" }}
      >
        <Stack gap="md">
          <Text size="sm">
            “{question.text}” will be removed from your questions. This cannot be undone, except by restoring a backup.
          </Text>
          {deleteQuestion.isError ? (
            <Text size="sm" c="red" role="alert">
              {deleteQuestion.error.message}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={deleteQuestion.isPending}
              onClick={() =>
                deleteQuestion.mutate(question.id, {
                  onSuccess: () => {
                    notifications.show({
                      color: "teal",
                      title: "Question deleted",
                      message: "It is no longer in your questions.",
                    });
                    navigate("/questions?custom=true");
                  },
                })
              }
            >
              Delete question
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function QuestionView({ question }: { question: QuestionDetail }) {
  usePageTitle(`Question: ${question.text.slice(0, 60)}${question.text.length > 60 ? "…" : ""}`);
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <BackLink />
        <Group gap={6}>
          {question.custom ? (
            <Badge color="grape" variant="filled">
              Yours
            </Badge>
          ) : null}
          <Badge variant="light" color="gray" tt="none">
            {QUESTION_TYPE_LABELS[question.type]}
          </Badge>
        </Group>
        <Title order={1} className={classes.questionText}>
          {question.text}
        </Title>
        <Group gap="sm" mt="xs">
          <Button
            component={Link}
            to={`/practice?question=${encodeURIComponent(question.id)}`}
            leftSection={<Icon name="practice" size={18} />}
          >
            Practise this
          </Button>
          {question.custom ? <DeleteQuestion question={question} /> : null}
        </Group>
      </Stack>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="details-heading">
        <Title order={2} size="h3" id="details-heading" mb="md">
          About this question
        </Title>
        <dl className={classes.meta}>
          <dt>Principles</dt>
          <dd>
            <PrincipleBadges ids={question.principles} size="sm" />
          </dd>
          <dt>Type</dt>
          <dd>{QUESTION_TYPE_LABELS[question.type]}</dd>
          <dt>Roles</dt>
          <dd>{question.roles.map((role) => ROLE_LABELS[role]).join(", ")}</dd>
          <dt>Levels</dt>
          <dd>{question.levels.join(", ")}</dd>
          <dt>Difficulty</dt>
          <dd>
            <Badge variant="dot" color={DIFFICULTY_COLORS[question.difficulty]} tt="none">
              {DIFFICULTY_LABELS[question.difficulty]}
            </Badge>
          </dd>
          <dt>Suggested time</dt>
          <dd>
            {question.answerMinutes} minute{question.answerMinutes === 1 ? "" : "s"}
          </dd>
          {question.source ? (
            <>
              <dt>Where you met it</dt>
              <dd>{question.source}</dd>
            </>
          ) : null}
        </dl>
      </Paper>

      <Rubric key={question.id} question={question} />
    </Stack>
  );
}

function QuestionNotFound({ id }: { id: string }) {
  usePageTitle("Question not found");
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>Question not found</Title>
      <Text>
        There is no question with the id <code>{id}</code>. It may have been one of your own questions that was deleted.
      </Text>
      <Button component={Link} to="/questions" variant="default">
        Back to the question bank
      </Button>
    </Stack>
  );
}

export function QuestionDetailPage() {
  const { id = "" } = useParams();
  const question = useQuestion(id);
  if (question.isPending) return <LoadingBlock label="Loading the question…" />;
  return (
    <QueryState query={question} notFound={<QuestionNotFound id={id} />}>
      {(data) => <QuestionView question={data} />}
    </QueryState>
  );
}
