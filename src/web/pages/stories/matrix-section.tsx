/**
 * The principle matrix: the 16 principles against the bank's stories, with each mapping's
 * strength (P/S) and whether it counts as strong, the two targets (two strong stories per
 * principle, 15-20 distinct stories), the gaps with what to do about each, near-duplicate
 * stories to merge, and stories leaned on too much.
 */
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useId, useState } from "react";
import { Link } from "react-router";
import type { CoverageGap, MatrixRow, StoryMatrix } from "../../../core/stories/story-matrix.js";
import type { NearDuplicatePair } from "../../../core/stories/story-overlap.js";
import { type StoryMatrixResponse, useStories, useStoryMatrix } from "../../api/stories.js";
import { Icon } from "../../components/icons.js";
import { QueryState } from "../../components/query-state.js";
import classes from "./stories.module.css";
import { StoryLink, ToneBadge } from "./story-bits.js";
import {
  BADGE_LABELS,
  COVERAGE_COLORS,
  COVERAGE_LABELS,
  COVERAGE_SEVERITY,
  percent,
  plural,
  type QualityBadge,
  STRENGTH_LABELS,
  STRENGTH_LETTERS,
} from "./story-labels.js";

/** Each principle wants two strong stories (core's STRONG_STORIES_PER_PRINCIPLE). */
const STRONG_TARGET = 2;

function Targets({ matrix, gaps }: { matrix: StoryMatrix; gaps: CoverageGap[] }) {
  const { bankTarget, distinctStoryCount, storyCount, coveredPrinciples, rows } = matrix;
  const merged = storyCount - distinctStoryCount;
  const bankText =
    bankTarget.status === "below"
      ? `Write ${plural(bankTarget.min - distinctStoryCount, "more distinct story", "more distinct stories")} to reach ${bankTarget.min}.`
      : bankTarget.status === "within"
        ? `Within the ${bankTarget.min}-${bankTarget.max} a loop needs.`
        : `More than ${bankTarget.max}: you cannot keep them all fresh. Archive the weakest.`;
  const missing = gaps.filter((g) => g.status === "missing").length;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" data-testid="matrix-targets">
      <Paper withBorder p="md" radius="md">
        <Text size="sm" c="dimmed" fw={600}>
          Distinct stories
        </Text>
        <Text fz="1.75rem" fw={700} lh={1.2} data-testid="distinct-count">
          {distinctStoryCount}
          <Text span size="md" c="dimmed" fw={500}>
            {" "}
            / {bankTarget.min}-{bankTarget.max}
          </Text>
        </Text>
        <Progress
          value={Math.min(100, (distinctStoryCount / bankTarget.min) * 100)}
          color={bankTarget.status === "below" ? "yellow" : bankTarget.status === "within" ? "teal" : "orange"}
          size="sm"
          my="xs"
          aria-label={`${distinctStoryCount} of at least ${bankTarget.min} distinct stories`}
        />
        <Text size="sm">{bankText}</Text>
        {merged > 0 ? (
          <Text size="xs" c="dimmed" mt={4}>
            {plural(storyCount, "story", "stories")} in the bank; near-duplicates count once.
          </Text>
        ) : null}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Text size="sm" c="dimmed" fw={600}>
          Principles covered
        </Text>
        <Text fz="1.75rem" fw={700} lh={1.2} data-testid="covered-count">
          {coveredPrinciples}
          <Text span size="md" c="dimmed" fw={500}>
            {" "}
            / {rows.length}
          </Text>
        </Text>
        <Progress
          value={(coveredPrinciples / Math.max(1, rows.length)) * 100}
          color="teal"
          size="sm"
          my="xs"
          aria-label={`${coveredPrinciples} of ${rows.length} principles covered`}
        />
        <Text size="sm">Covered means at least {STRONG_TARGET} strong stories: one to tell, one in reserve.</Text>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Text size="sm" c="dimmed" fw={600}>
          Gaps
        </Text>
        <Text fz="1.75rem" fw={700} lh={1.2} data-testid="gap-count">
          {gaps.length}
        </Text>
        <Text size="sm" mt="xs">
          {gaps.length === 0
            ? "Every principle has two strong stories."
            : [
                missing > 0 ? `${plural(missing, "principle has", "principles have")} no story at all.` : "",
                gaps.length > missing
                  ? `${plural(gaps.length - missing, "principle is", "principles are")} short of ${STRONG_TARGET} strong stories.`
                  : "",
              ]
                .filter(Boolean)
                .join(" ")}
        </Text>
        {gaps.length > 0 ? (
          <Anchor href="#gaps-heading" size="sm">
            See what to do
          </Anchor>
        ) : null}
      </Paper>
    </SimpleGrid>
  );
}

function Cell({ row, storyId, title }: { row: MatrixRow; storyId: string; title: string }) {
  const cell = row.cells.find((c) => c.storyId === storyId);
  if (!cell) return <td className={classes.matrixCell} />;
  const strength = STRENGTH_LABELS[cell.strength].toLowerCase();
  const description = `${strength}, ${cell.strong ? "strong" : "not strong yet (rated below 70%)"}`;
  return (
    <td className={classes.matrixCell}>
      <span
        className={classes.mark}
        data-strength={cell.strength}
        data-strong={cell.strong}
        title={`${row.name} in “${title}”: ${description}`}
        aria-hidden="true"
      >
        {STRENGTH_LETTERS[cell.strength]}
      </span>
      <VisuallyHidden>{description}</VisuallyHidden>
    </td>
  );
}

function MatrixTable({ data, badges }: { data: StoryMatrixResponse; badges: Map<string, QualityBadge> }) {
  const { matrix } = data;
  const stories = matrix.stories;
  return (
    <section aria-labelledby="matrix-heading">
      <Group justify="space-between" align="flex-end" gap="sm" mb="xs">
        <Title order={2} id="matrix-heading">
          Principles × stories
        </Title>
        <Group gap="md" className={classes.legend} aria-label="Legend">
          <span>
            <span className={classes.mark} data-strength="primary" data-strong="true" aria-hidden="true">
              P
            </span>{" "}
            primary
          </span>
          <span>
            <span className={classes.mark} data-strength="secondary" data-strong="true" aria-hidden="true">
              S
            </span>{" "}
            secondary, strong
          </span>
          <span>
            <span className={classes.mark} data-strength="secondary" data-strong="false" aria-hidden="true">
              S
            </span>{" "}
            secondary, not strong yet
          </span>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        A primary mapping always counts as strong; a secondary one once the coach rates the story 70% or more. Scroll
        sideways to see every story.
      </Text>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className={classes.matrixScroll} aria-labelledby="matrix-heading" tabIndex={0}>
        <table className={classes.matrix} data-testid="story-matrix">
          <caption className={classes.srOnly}>
            Each row is a principle, each column a story: P marks a primary mapping, S a secondary one.
          </caption>
          <thead>
            <tr>
              <th scope="col" className={classes.stickyCol}>
                Principle
              </th>
              <th scope="col" className={classes.strongCol}>
                Strong
              </th>
              {stories.length === 0 ? (
                <th scope="col" className={classes.emptyCol}>
                  No stories yet
                </th>
              ) : (
                stories.map((story) => (
                  <th scope="col" key={story.id} className={classes.storyHead}>
                    <Link
                      to={`/stories/${encodeURIComponent(story.id)}`}
                      className={classes.storyHeadLink}
                      title={story.title}
                    >
                      <span className={classes.rotated}>{story.title}</span>
                    </Link>
                  </th>
                ))
              )}
            </tr>
          </thead>
          <tbody>
            <tr className={classes.qualityRow}>
              <th scope="row" className={classes.stickyCol}>
                Coach’s rating
              </th>
              <td className={classes.strongCol} />
              {stories.length === 0 ? <td /> : null}
              {stories.map((story) => {
                const badge = badges.get(story.id);
                return (
                  <td key={story.id} className={classes.matrixCell}>
                    {story.quality === undefined ? (
                      "–"
                    ) : (
                      <span
                        className={classes.qualityNumber}
                        data-badge={badge}
                        title={badge ? BADGE_LABELS[badge] : undefined}
                      >
                        {Math.round(story.quality * 100)}
                        <VisuallyHidden>%{badge ? `, ${BADGE_LABELS[badge]}` : ""}</VisuallyHidden>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
            {data.matrix.rows.map((row) => (
              <tr key={row.principle} data-status={row.status} data-testid="matrix-row">
                <th scope="row" className={classes.stickyCol}>
                  <Anchor component={Link} to={`/guide/principles/${row.principle}`} size="sm" c="inherit" fw={600}>
                    {row.name}
                  </Anchor>
                  <Text size="xs" fw={500} className={classes.rowStatus} data-status={row.status}>
                    {COVERAGE_LABELS[row.status]}
                  </Text>
                </th>
                <td className={classes.strongCol}>
                  <Text span size="sm" fw={600}>
                    {row.strongCount}
                  </Text>
                  <Text span size="xs" c="dimmed">
                    /{STRONG_TARGET}
                  </Text>
                </td>
                {stories.length === 0 ? <td /> : null}
                {stories.map((story) => (
                  <Cell key={story.id} row={row} storyId={story.id} title={story.title} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** Two suggestions are enough to act on; the rest wait behind a button to keep the page short. */
const SHOWN_SUGGESTIONS = 2;

function GapCard({ gap }: { gap: CoverageGap }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const suggestions = all ? gap.suggestions : gap.suggestions.slice(0, SHOWN_SUGGESTIONS);
  const hidden = gap.suggestions.length - suggestions.length;
  return (
    <Paper withBorder p="md" radius="md" className={classes.gapCard} data-status={gap.status} data-testid="gap">
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Title order={3} size="h4">
          {gap.name}
        </Title>
        <ToneBadge tone={COVERAGE_COLORS[gap.status]}>
          {COVERAGE_LABELS[gap.status]} · needs {gap.needed} more
        </ToneBadge>
      </Group>
      <Text size="sm">{gap.advice}</Text>
      {gap.suggestions.length > 0 ? (
        <List size="sm" spacing="xs" mt="sm" className={classes.suggestions} id={listId}>
          {suggestions.map((s) => (
            <List.Item key={s.storyId}>
              <Group gap={6} wrap="wrap">
                <StoryLink id={s.storyId} title={s.title} />
                <ToneBadge size="xs" variant="outline" tone={s.action === "strengthen" ? "indigo" : "grape"}>
                  {s.action === "strengthen" ? "Strengthen" : "Re-angle"}
                </ToneBadge>
                {s.overused ? (
                  <ToneBadge size="xs" tone="orange">
                    Already over-used
                  </ToneBadge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {s.advice}
              </Text>
              {s.parts[0] ? (
                <Text size="xs" className={classes.excerpt}>
                  “{s.parts[0].excerpt}”
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Group gap="md" mt="xs" align="center">
        {gap.suggestions.length > SHOWN_SUGGESTIONS ? (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setAll((v) => !v)}
            aria-expanded={all}
            aria-controls={listId}
          >
            {all ? "Show fewer" : `Show ${plural(hidden, "more story", "more stories")}`}
          </Button>
        ) : null}
        <Anchor
          component={Link}
          to={`/stories/new?principle=${gap.principle}`}
          size="sm"
          display="inline-flex"
          className={classes.iconLink}
        >
          <Icon name="plus" size={14} />
          Write a story for {gap.name}
        </Anchor>
      </Group>
    </Paper>
  );
}

function Gaps({ gaps }: { gaps: CoverageGap[] }) {
  const sorted = [...gaps].sort((a, b) => COVERAGE_SEVERITY[a.status] - COVERAGE_SEVERITY[b.status]);
  return (
    <section aria-labelledby="gaps-heading">
      <Title order={2} id="gaps-heading" mb={4}>
        Gaps and what to do
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Worst first. “Strengthen” means a story already mapped as secondary needs practice or a primary mapping;
        “re-angle” means a story’s text already shows the principle, so it can be re-told for it.
      </Text>
      {gaps.length === 0 ? (
        <Alert color="teal" variant="light" icon={<Icon name="check" />} title="No gaps">
          Every principle has at least two strong stories.
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="gaps">
          {sorted.map((gap) => (
            <GapCard key={gap.principle} gap={gap} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

/** Past this many, near-duplicate groups and over-use warnings wait behind "Show all". */
const MAX_LISTED = 6;

interface DuplicateGroup {
  ids: string[];
  similarity: number;
  shared: string[];
}

/**
 * Near-duplicate pairs joined into groups (A~B and B~C: one group A, B, C), so a story told
 * three times shows as one thing to merge instead of three pairs. Bank order within a group.
 */
function duplicateGroups(pairs: NearDuplicatePair[], order: string[]): DuplicateGroup[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, DuplicateGroup>();
  for (const pair of pairs) {
    const root = find(pair.a);
    const group = groups.get(root) ?? { ids: [], similarity: 0, shared: [] };
    if (pair.similarity > group.similarity) {
      group.similarity = pair.similarity;
      group.shared = pair.shared;
    }
    groups.set(root, group);
  }
  const position = new Map(order.map((id, index) => [id, index]));
  for (const id of parent.keys()) groups.get(find(id))?.ids.push(id);
  for (const group of groups.values()) group.ids.sort((x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0));
  return [...groups.values()].sort((x, y) => y.ids.length - x.ids.length || y.similarity - x.similarity);
}

function Overlap({ data }: { data: StoryMatrixResponse }) {
  const titles = new Map(data.matrix.stories.map((s) => [s.id, s.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const [allGroups, setAllGroups] = useState(false);
  const [allOverused, setAllOverused] = useState(false);
  const groups = duplicateGroups(
    data.nearDuplicates,
    data.matrix.stories.map((s) => s.id),
  );
  const shownGroups = allGroups ? groups : groups.slice(0, MAX_LISTED);
  const shownOverused = allOverused ? data.overused : data.overused.slice(0, MAX_LISTED);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <section aria-labelledby="duplicates-heading">
        <Title order={2} id="duplicates-heading" mb={4}>
          Near-duplicates
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Stories that read like the same story count once toward the target. Merge them, or re-tell one around a
          different decision.
        </Text>
        {groups.length === 0 ? (
          <Text size="sm">None: every story is its own.</Text>
        ) : (
          <Stack gap="sm" data-testid="near-duplicates">
            {shownGroups.map((group) => (
              <Paper key={group.ids.join("|")} withBorder p="sm" radius="md" data-testid="duplicate-group">
                <ToneBadge tone="orange">
                  {group.ids.length === 2
                    ? `Merge? ${percent(group.similarity)} alike`
                    : `${group.ids.length} stories read as one · up to ${percent(group.similarity)} alike`}
                </ToneBadge>
                <List size="sm" spacing={2} mt={6}>
                  {group.ids.map((id) => (
                    <List.Item key={id}>
                      <StoryLink id={id} title={titleOf(id)} />
                    </List.Item>
                  ))}
                </List>
                {group.shared.length > 0 ? (
                  <Text size="xs" c="dimmed" mt={4}>
                    They share: {group.shared.join(", ")}
                  </Text>
                ) : null}
              </Paper>
            ))}
            {groups.length > MAX_LISTED ? (
              <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setAllGroups((v) => !v)}>
                {allGroups ? "Show fewer" : `Show all ${groups.length} groups`}
              </Button>
            ) : null}
          </Stack>
        )}
      </section>
      <section aria-labelledby="overused-heading">
        <Title order={2} id="overused-heading" mb={4}>
          Over-used stories
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          A loop hears each story once. A story mapped to many principles covers fewer of them than the matrix suggests.
        </Text>
        {data.overused.length === 0 ? (
          <Text size="sm">None: no story is stretched too far.</Text>
        ) : (
          <Stack gap="sm" data-testid="overused">
            {shownOverused.map((warning) => (
              <Alert key={warning.storyId} color="orange" variant="light" icon={<Icon name="alert" />} p="sm">
                <Text size="sm">
                  <StoryLink id={warning.storyId} title={titleOf(warning.storyId)} onTint />: {warning.mapped}{" "}
                  principles, {warning.primary} primary.
                </Text>
                <Text size="sm" mt={4}>
                  {warning.message}
                </Text>
              </Alert>
            ))}
            {data.overused.length > MAX_LISTED ? (
              <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setAllOverused((v) => !v)}>
                {allOverused ? "Show fewer" : `Show all ${data.overused.length}`}
              </Button>
            ) : null}
          </Stack>
        )}
      </section>
    </SimpleGrid>
  );
}

export function MatrixSection() {
  const review = useStoryMatrix();
  const stories = useStories("exclude");
  const badges = new Map((stories.data?.stories ?? []).map((s) => [s.id, s.check.badge]));
  return (
    <QueryState query={review} loadingLabel="Building the matrix…">
      {(data) => (
        <Stack gap="xl">
          <Targets matrix={data.matrix} gaps={data.gaps} />
          <MatrixTable data={data} badges={badges} />
          <Gaps gaps={data.gaps} />
          <Overlap data={data} />
        </Stack>
      )}
    </QueryState>
  );
}
