/** The question being drilled, with its rubric kept hidden, and the story the user may tell. */
import { Anchor, Badge, Group, Paper, Select, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { QuestionDetail } from "../../../server/routes/questions/schema.js";
import { useBankStories } from "../../api/practice.js";
import { Icon } from "../../components/icons.js";
import { PrincipleBadges } from "../../components/principle-badges.js";
import { DIFFICULTY_COLORS, DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from "../../lib/labels.js";
import classes from "./practice.module.css";

export function QuestionPanel({
  question,
  reason,
  rubricHidden,
}: {
  question: QuestionDetail;
  reason?: string;
  rubricHidden: boolean;
}) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="drill-question">
      <Group gap={6} mb="xs">
        <Badge variant="light" color="gray" tt="none">
          {QUESTION_TYPE_LABELS[question.type]}
        </Badge>
        <Badge variant="dot" color={DIFFICULTY_COLORS[question.difficulty]} tt="none">
          {DIFFICULTY_LABELS[question.difficulty]}
        </Badge>
        {question.custom ? (
          <Badge color="grape" variant="filled">
            Yours
          </Badge>
        ) : null}
      </Group>
      <Title order={2} id="drill-question" className={classes.questionText} data-testid="practice-question" mb="sm">
        {question.text}
      </Title>
      <PrincipleBadges ids={question.principles} size="sm" />
      {reason ? (
        <Text size="sm" c="dimmed" mt="sm" data-testid="drill-reason">
          {reason}
        </Text>
      ) : null}
      {rubricHidden ? (
        <Group gap={6} mt="sm" c="dimmed" wrap="nowrap">
          <Icon name="eye" size={16} />
          <Text size="sm">The rubric stays hidden until you submit your answer.</Text>
        </Group>
      ) : null}
    </Paper>
  );
}

export function StoryPicker({
  value,
  onChange,
  disabled,
}: {
  value: string | undefined;
  onChange: (storyId: string | undefined) => void;
  disabled?: boolean;
}) {
  const stories = useBankStories();
  if (stories.isError) {
    return (
      <Text size="sm" c="red">
        Could not load your stories: {stories.error.message}
      </Text>
    );
  }
  const list = stories.data?.stories ?? [];
  if (stories.data && list.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        To practise telling one of your stories, add it to your{" "}
        <Anchor component={Link} to="/stories" underline="always">
          story bank
        </Anchor>{" "}
        first.
      </Text>
    );
  }
  return (
    <Select
      label="Tell a story from your bank (optional)"
      description="Links this attempt to the story and checks its numbers and names against the story and your earlier tellings."
      placeholder={stories.isPending ? "Loading your stories…" : "No story chosen"}
      data={list.map((story) => ({ value: story.id, label: story.title }))}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchable
      clearable
      disabled={disabled || stories.isPending}
      nothingFoundMessage="No story with that title"
      data-testid="story-picker"
    />
  );
}
