/**
 * The story bank: every story with its principles, tags, time to tell and the coach's check,
 * narrowed by a search, a principle and archived or not. Archive, restore and delete from here.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  List,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { usePrinciples } from "../../api/queries.js";
import {
  type ArchivedFilter,
  type StoryWithCheck,
  useArchiveStory,
  useDeleteStory,
  useStories,
} from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import classes from "./stories.module.css";
import { CoachCheck, QualityBadge, StoryPrinciples, StoryTags } from "./story-bits.js";
import { type BADGE_LABELS, formatSavedAt, plural } from "./story-labels.js";
import { describeTellingTime, tellingTime } from "./story-telling-time.js";

type SortKey = "created" | "edited" | "title" | "weakest";

const SORTS: { value: SortKey; label: string }[] = [
  { value: "created", label: "Oldest first" },
  { value: "edited", label: "Recently edited" },
  { value: "title", label: "Title A-Z" },
  { value: "weakest", label: "Weakest first" },
];

function sortStories(stories: StoryWithCheck[], sort: SortKey): StoryWithCheck[] {
  const out = [...stories];
  if (sort === "edited") out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  else if (sort === "title") out.sort((a, b) => a.title.localeCompare(b.title));
  else if (sort === "weakest") out.sort((a, b) => a.check.quality - b.check.quality);
  return out;
}

function matches(story: StoryWithCheck, search: string, principle: string | null): boolean {
  if (principle && !story.principles.some((p) => p.id === principle)) return false;
  if (!search) return true;
  const needle = search.toLowerCase();
  return [story.title, story.situation, story.task, story.action, story.result, ...story.tags]
    .filter(Boolean)
    .some((text) => text!.toLowerCase().includes(needle));
}

function StoryCard({
  story,
  onArchive,
  onDelete,
  archiving,
}: {
  story: StoryWithCheck;
  onArchive: (story: StoryWithCheck) => void;
  onDelete: (story: StoryWithCheck) => void;
  archiving: boolean;
}) {
  const titleId = useId();
  const checkId = useId();
  const [open, { toggle }] = useDisclosure(false);
  const time = tellingTime(story);
  const tipCount = story.check.tips.length;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={titleId} data-testid="story-card">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Title order={3} id={titleId} className={classes.cardTitle}>
          <Anchor component={Link} to={`/stories/${encodeURIComponent(story.id)}`} inherit>
            {story.title}
          </Anchor>
        </Title>
        <QualityBadge check={story.check} />
      </Group>
      <Stack gap="xs" mt="sm">
        {story.archived ? (
          <Badge color="gray" variant="filled" size="sm" w="fit-content">
            Archived
          </Badge>
        ) : null}
        <StoryPrinciples principles={story.principles} />
        <StoryTags tags={story.tags} />
        <Text size="xs" c="dimmed">
          {describeTellingTime(time)} · version {story.version} · edited {formatSavedAt(story.updatedAt)}
        </Text>
        {story.check.mappedNotEvidenced.length > 0 ? (
          <List
            spacing={2}
            size="sm"
            icon={<Icon name="alert" size={16} className={classes.warnIcon} />}
            data-testid="mapped-not-evidenced"
          >
            {story.check.mappedNotEvidenced.map((item) => (
              <List.Item key={item.id}>{item.message}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
      <Group justify="space-between" gap="xs" mt="sm" wrap="wrap">
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          aria-expanded={open}
          aria-controls={checkId}
          rightSection={<span aria-hidden="true">{open ? "▴" : "▾"}</span>}
        >
          Coach’s check {tipCount > 0 ? `(${plural(tipCount, "tip")})` : "(no tips)"}
        </Button>
        <Group gap={6} wrap="wrap">
          <Button
            component={Link}
            to={`/stories/${encodeURIComponent(story.id)}`}
            size="compact-sm"
            variant="light"
            aria-describedby={titleId}
          >
            Edit
          </Button>
          <Button
            component={Link}
            to={`/stories/${encodeURIComponent(story.id)}/history`}
            size="compact-sm"
            variant="default"
            aria-describedby={titleId}
          >
            History
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onArchive(story)}
            loading={archiving}
            aria-describedby={titleId}
          >
            {story.archived ? "Unarchive" : "Archive"}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            color="red"
            onClick={() => onDelete(story)}
            aria-describedby={titleId}
            leftSection={<Icon name="trash" size={14} />}
          >
            Delete
          </Button>
        </Group>
      </Group>
      <Collapse expanded={open} id={checkId}>
        {open ? (
          <Paper withBorder p="sm" radius="md" mt="sm" className={classes.checkPanel}>
            <CoachCheck check={story.check} showWarnings={false} headingOrder={4} />
          </Paper>
        ) : null}
      </Collapse>
    </Card>
  );
}

function DeleteStoryModal({ story, onClose }: { story: StoryWithCheck | null; onClose: () => void }) {
  const deleteStory = useDeleteStory();
  return (
    <Modal
      opened={story !== null}
      onClose={onClose}
      title="Delete this story?"
      centered
      closeButtonProps={{ "aria-label": "Cancel" }}
    >
      <Stack gap="md">
        <Text size="sm">
          “{story?.title}” and every saved version of it will be deleted. This cannot be undone. To keep it out of the
          matrix and the loop plan but keep its history, archive it instead.
        </Text>
        {deleteStory.isError ? (
          <Text size="sm" c="red" role="alert">
            {deleteStory.error.message}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={deleteStory.isPending}
            onClick={() => {
              if (!story) return;
              deleteStory.mutate(story.id, {
                onSuccess: () => {
                  notifications.show({ color: "teal", title: "Story deleted", message: `“${story.title}” is gone.` });
                  onClose();
                },
              });
            }}
          >
            Delete story
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EmptyBank() {
  return (
    <Paper withBorder p="xl" radius="md" ta="center">
      <Title order={2} size="h3" mb={6}>
        Your story bank is empty
      </Title>
      <Text c="dimmed" mb="md" maw="36rem" mx="auto">
        Aim for 15-20 distinct STAR stories, each primary for one or two principles. Write the first one, or bring your
        spreadsheet in as a CSV.
      </Text>
      <Group justify="center" gap="sm">
        <Button component={Link} to="/stories/new" leftSection={<Icon name="plus" size={18} />}>
          Write your first story
        </Button>
        <Button component={Link} to="/stories/import" variant="default" leftSection={<Icon name="upload" size={18} />}>
          Import a CSV
        </Button>
      </Group>
    </Paper>
  );
}

export function StoryBankSection() {
  const [archived, setArchived] = useState<ArchivedFilter>("exclude");
  const [search, setSearch] = useState("");
  const [principle, setPrinciple] = useState<string | null>(null);
  const [sort, setSort] = useState<SortKey>("created");
  const [deleting, setDeleting] = useState<StoryWithCheck | null>(null);
  const stories = useStories(archived);
  const principles = usePrinciples();
  const archive = useArchiveStory();

  const shown = useMemo(
    () =>
      sortStories(
        (stories.data?.stories ?? []).filter((s) => matches(s, search.trim(), principle)),
        sort,
      ),
    [stories.data, search, principle, sort],
  );
  const all = stories.data?.stories ?? [];
  const byBadge = (badge: keyof typeof BADGE_LABELS) => all.filter((s) => s.check.badge === badge).length;

  const onArchive = (story: StoryWithCheck) =>
    archive.mutate(
      { id: story.id, archived: !story.archived },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: "teal",
            title: saved.archived ? "Story archived" : "Story back in the bank",
            message: saved.archived
              ? `“${saved.title}” is out of the matrix and the loop plan; its history is kept.`
              : `“${saved.title}” counts in the matrix and the loop plan again.`,
          }),
        onError: (error) => notifications.show({ color: "red", title: "Not changed", message: error.message }),
      },
    );

  if (stories.isPending) return <LoadingBlock label="Loading your stories…" />;
  if (stories.isError)
    return <ErrorBlock error={stories.error} onRetry={() => void stories.refetch()} title="Could not load stories" />;
  if (archived === "exclude" && all.length === 0 && !stories.isPlaceholderData) return <EmptyBank />;

  return (
    <section aria-labelledby="bank-heading">
      <Title order={2} id="bank-heading" className={classes.srOnly}>
        Story bank
      </Title>
      <Paper withBorder p="md" radius="md" mb="lg" role="search" aria-label="Filter stories">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            type="search"
            label="Search"
            placeholder="Title, STAR or tag"
            leftSection={<Icon name="search" size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <Select
            label="Principle"
            placeholder="Any principle"
            data={(principles.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={principle}
            onChange={setPrinciple}
            clearable
            searchable
            comboboxProps={{ width: 320, position: "bottom-start" }}
          />
          <Select
            label="Sort"
            data={SORTS}
            value={sort}
            onChange={(value) => setSort((value as SortKey | null) ?? "created")}
            allowDeselect={false}
          />
          <div>
            <Text size="sm" fw="var(--mantine-font-weight-medium)" mb={4} id="archived-label">
              Show
            </Text>
            <SegmentedControl
              aria-labelledby="archived-label"
              fullWidth
              value={archived}
              onChange={(value) => setArchived(value as ArchivedFilter)}
              data={[
                { value: "exclude", label: "Active" },
                { value: "only", label: "Archived" },
                { value: "include", label: "All" },
              ]}
            />
          </div>
        </SimpleGrid>
      </Paper>

      <Group justify="space-between" mb="sm" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="bank-summary">
          {shown.length === all.length
            ? plural(
                all.length,
                archived === "only" ? "archived story" : "story",
                archived === "only" ? "archived stories" : "stories",
              )
            : `${shown.length} of ${plural(all.length, "story", "stories")}`}
          {archived !== "only" && all.length > 0
            ? ` · ${byBadge("strong")} strong, ${byBadge("solid")} solid, ${byBadge("needs-work")} need work`
            : ""}
        </Text>
      </Group>

      {shown.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text fw={600}>{all.length === 0 ? "No archived stories." : "No story matches these filters."}</Text>
        </Paper>
      ) : (
        <Stack gap="sm" component="ol" className={classes.plainList} data-stale={stories.isPlaceholderData}>
          {shown.map((story) => (
            <li key={story.id}>
              <StoryCard
                story={story}
                onArchive={onArchive}
                onDelete={setDeleting}
                archiving={archive.isPending && archive.variables?.id === story.id}
              />
            </li>
          ))}
        </Stack>
      )}
      <DeleteStoryModal story={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
