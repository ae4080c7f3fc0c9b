/**
 * A story's history: every saved version, newest first, with what it changed. Long text shows
 * the words that moved (struck through and underlined, and named for screen readers); any
 * earlier version can be restored, which saves it as a new version so nothing is lost.
 */
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Collapse,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import type { FieldChange, WordDiff } from "../../../core/stories/story-diff.js";
import {
  type HistoryEntry,
  type StoryWithCheck,
  useRestoreStoryVersion,
  useStory,
  useStoryHistory,
} from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { ErrorBlock, LoadingBlock, QueryState } from "../../components/query-state.js";
import { usePrincipleNames } from "../../lib/use-principle-names.js";
import classes from "./stories.module.css";
import { formatDuration, formatSavedAt, STRENGTH_LABELS } from "./story-labels.js";

const FIELD_LABELS: Record<FieldChange["field"], string> = {
  title: "Title",
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
  metrics: "Metrics",
  principles: "Principles",
  tags: "Tags",
  role: "Role",
  level: "Level",
  judgementCalls: "Judgement calls",
  dissent: "Dissent",
  lessons: "Lessons",
  deepDiveNotes: "Deep-dive notes",
  spokenSeconds: "Time to tell",
  archived: "Archived",
};

function WordDiffText({ diff }: { diff: WordDiff }) {
  return (
    <Text size="sm" className={classes.diffText} data-testid="word-diff">
      {diff.parts.map((part, index) => {
        const spacer = index > 0 ? " " : "";
        if (part.op === "same")
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence for one diff
            <span key={index}>
              {spacer}
              {part.text}
            </span>
          );
        const Tag = part.op === "added" ? "ins" : "del";
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence for one diff
          <span key={index}>
            {spacer}
            <Tag className={part.op === "added" ? classes.added : classes.removed}>
              <VisuallyHidden>{part.op === "added" ? "added: " : "removed: "}</VisuallyHidden>
              {part.text}
            </Tag>
          </span>
        );
      })}
    </Text>
  );
}

function Value({ value }: { value: string | number | boolean | undefined }) {
  if (value === undefined)
    return (
      <Text span c="dimmed" fs="italic">
        none
      </Text>
    );
  return <>{String(value)}</>;
}

function ChangeBody({ change }: { change: FieldChange }) {
  const nameOf = usePrincipleNames();
  switch (change.kind) {
    case "text":
      if (change.words) return <WordDiffText diff={change.words} />;
      if (change.after !== undefined)
        return (
          <Text size="sm" className={classes.diffText}>
            <ins className={classes.added}>
              <VisuallyHidden>added: </VisuallyHidden>
              {change.after}
            </ins>
          </Text>
        );
      return (
        <Text size="sm" className={classes.diffText}>
          <del className={classes.removed}>
            <VisuallyHidden>removed: </VisuallyHidden>
            {change.before}
          </del>
        </Text>
      );
    case "value": {
      if (change.field === "archived")
        return <Text size="sm">{change.after ? "Archived" : "Taken out of the archive"}</Text>;
      const show = (v: string | number | boolean | undefined) =>
        change.field === "spokenSeconds" && typeof v === "number" ? formatDuration(v) : v;
      if (change.before === undefined || change.before === "")
        return (
          <Text size="sm">
            <Value value={show(change.after)} />
          </Text>
        );
      return (
        <Text size="sm">
          <del className={classes.removed}>
            <VisuallyHidden>was: </VisuallyHidden>
            <Value value={show(change.before)} />
          </del>{" "}
          →{" "}
          <ins className={classes.added}>
            <VisuallyHidden>now: </VisuallyHidden>
            <Value value={show(change.after)} />
          </ins>
        </Text>
      );
    }
    case "list":
      return (
        <List size="sm" spacing={2}>
          {change.added.map((item) => (
            <List.Item key={`+${item}`}>
              <ins className={classes.added}>
                <VisuallyHidden>added: </VisuallyHidden>
                {item}
              </ins>
            </List.Item>
          ))}
          {change.removed.map((item) => (
            <List.Item key={`-${item}`}>
              <del className={classes.removed}>
                <VisuallyHidden>removed: </VisuallyHidden>
                {item}
              </del>
            </List.Item>
          ))}
          {change.added.length === 0 && change.removed.length === 0 ? <List.Item>Reordered</List.Item> : null}
        </List>
      );
    case "metrics":
      return (
        <List size="sm" spacing={2}>
          {change.added.map((m) => (
            <List.Item key={`+${m.label}`}>
              <ins className={classes.added}>
                <VisuallyHidden>added: </VisuallyHidden>
                {m.label}: {m.value}
              </ins>
            </List.Item>
          ))}
          {change.removed.map((m) => (
            <List.Item key={`-${m.label}`}>
              <del className={classes.removed}>
                <VisuallyHidden>removed: </VisuallyHidden>
                {m.label}: {m.value}
              </del>
            </List.Item>
          ))}
          {change.changed.map((m) => (
            <List.Item key={`~${m.label}`}>
              {m.label}:{" "}
              <del className={classes.removed}>
                <VisuallyHidden>was: </VisuallyHidden>
                {m.before}
              </del>{" "}
              →{" "}
              <ins className={classes.added}>
                <VisuallyHidden>now: </VisuallyHidden>
                {m.after}
              </ins>
            </List.Item>
          ))}
          {change.added.length + change.removed.length + change.changed.length === 0 ? (
            <List.Item>Reordered</List.Item>
          ) : null}
        </List>
      );
    case "principles":
      return (
        <List size="sm" spacing={2}>
          {change.added.map((p) => (
            <List.Item key={`+${p.id}`}>
              <ins className={classes.added}>
                <VisuallyHidden>added: </VisuallyHidden>
                {nameOf(p.id)} ({STRENGTH_LABELS[p.strength].toLowerCase()})
              </ins>
            </List.Item>
          ))}
          {change.removed.map((p) => (
            <List.Item key={`-${p.id}`}>
              <del className={classes.removed}>
                <VisuallyHidden>removed: </VisuallyHidden>
                {nameOf(p.id)} ({STRENGTH_LABELS[p.strength].toLowerCase()})
              </del>
            </List.Item>
          ))}
          {change.changed.map((c) => (
            <List.Item key={`~${c.id}`}>
              {nameOf(c.id)}: {STRENGTH_LABELS[c.before].toLowerCase()} → {STRENGTH_LABELS[c.after].toLowerCase()}
            </List.Item>
          ))}
          {change.reordered ? <List.Item>Reordered (the first listed leads in exports)</List.Item> : null}
        </List>
      );
  }
}

function Changes({ entry }: { entry: HistoryEntry }) {
  return (
    <Stack gap="sm">
      {entry.diff.changes.map((change) => (
        <div key={change.field} data-testid="history-change">
          <Title order={4} size="h5" mb={2}>
            {FIELD_LABELS[change.field]}
            {change.kind === "text" && change.words ? (
              <Text span size="xs" c="dimmed" fw={400} ml={6}>
                {change.words.summary}
              </Text>
            ) : null}
          </Title>
          <ChangeBody change={change} />
        </div>
      ))}
    </Stack>
  );
}

function VersionCard({
  entry,
  current,
  onRestore,
}: {
  entry: HistoryEntry;
  current: boolean;
  onRestore: (version: number) => void;
}) {
  const first = entry.version === 1;
  const [open, { toggle }] = useDisclosure(!first);
  const bodyId = useId();
  const headingId = useId();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="history-entry"
      className={current ? classes.currentVersion : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Group gap="xs" align="center">
            <Title order={3} size="h4" id={headingId}>
              Version {entry.version}
            </Title>
            {current ? (
              <Badge color="indigo" variant="filled" size="sm">
                Current
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            Saved {formatSavedAt(entry.savedAt)}
          </Text>
        </div>
        {current ? null : (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onRestore(entry.version)}
            aria-describedby={headingId}
          >
            Restore this version
          </Button>
        )}
      </Group>
      <List size="sm" spacing={2} mt="xs" data-testid="history-summary">
        {entry.diff.summary.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Button variant="subtle" size="compact-sm" mt="xs" onClick={toggle} aria-expanded={open} aria-controls={bodyId}>
        {open ? "Hide the changes" : first ? "Show what it started with" : "Show the changes"}
      </Button>
      <Collapse expanded={open} id={bodyId}>
        {open ? (
          <div className={classes.changes}>
            <Changes entry={entry} />
          </div>
        ) : null}
      </Collapse>
    </Paper>
  );
}

function History({ story }: { story: StoryWithCheck }) {
  const history = useStoryHistory(story.id);
  const restore = useRestoreStoryVersion();
  const [restoring, setRestoring] = useState<number | null>(null);

  const confirmRestore = () => {
    if (restoring === null) return;
    restore.mutate(
      { id: story.id, version: restoring },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "teal",
            title: `Version ${restoring} restored`,
            message: `Saved as version ${saved.version}; the versions in between are kept.`,
          });
          setRestoring(null);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={`History of “${story.title}”`}
        documentTitle={`History: ${story.title}`}
        eyebrow={
          <Breadcrumbs separator="›" separatorMargin={6} aria-label="Breadcrumb" className={classes.crumbs}>
            <Anchor component={Link} to="/stories" size="sm">
              Stories
            </Anchor>
            <Anchor
              component={Link}
              to={`/stories/${encodeURIComponent(story.id)}`}
              size="sm"
              className={classes.crumbTitle}
              title={story.title}
            >
              {story.title}
            </Anchor>
            <Text size="sm" c="dimmed" aria-current="page">
              History
            </Text>
          </Breadcrumbs>
        }
        description="Every save, newest first, with what it changed. Restoring a version saves it as a new one, so nothing is lost."
        actions={
          <Button component={Link} to={`/stories/${encodeURIComponent(story.id)}`} variant="default">
            Edit the story
          </Button>
        }
      />
      {history.isPending ? (
        <LoadingBlock label="Loading the history…" />
      ) : history.isError ? (
        <ErrorBlock error={history.error} onRetry={() => void history.refetch()} title="Could not load the history" />
      ) : (
        <Stack gap="md" component="ol" className={classes.plainList} maw="60rem">
          {history.data.entries.map((entry) => (
            <li key={entry.version}>
              <VersionCard entry={entry} current={entry.version === story.version} onRestore={setRestoring} />
            </li>
          ))}
        </Stack>
      )}
      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={`Restore version ${restoring ?? ""}?`}
        centered
        closeButtonProps={{ "aria-label": "Cancel" }}
      >
        <Stack gap="md">
          <Text size="sm">
            The story goes back to what it was at version {restoring}. That is saved as version {story.version + 1}, and
            every version in between stays in the history.
          </Text>
          {restore.isError ? (
            <Text size="sm" c="red" role="alert">
              {restore.error.message}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRestoring(null)}>
              Cancel
            </Button>
            <Button loading={restore.isPending} onClick={confirmRestore} leftSection={<Icon name="clock" size={16} />}>
              Restore version {restoring}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function StoryHistoryPage() {
  const { id } = useParams();
  const story = useStory(id);
  return (
    <QueryState
      query={story}
      loadingLabel="Loading the story…"
      notFound={
        <Stack gap="md" align="flex-start">
          <Title order={1}>Story not found</Title>
          <Text>There is no story at this address, so there is no history to show.</Text>
          <Button component={Link} to="/stories" variant="default">
            Back to the story bank
          </Button>
        </Stack>
      }
    >
      {(data) => <History story={data} />}
    </QueryState>
  );
}
