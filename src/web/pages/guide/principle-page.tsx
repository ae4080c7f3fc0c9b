/**
 * One Leadership Principle: what it means, what interviewers listen for, the red flags, the
 * follow-up probes from gentle to hardest, and what it looks like at L5, L6 and L7.
 */
import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { Link, useParams } from "react-router";
import type { Principle } from "../../../core/content/pack-schema.js";
import { usePrinciple, usePrinciples, useQuestions } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadingBlock, QueryState } from "../../components/query-state.js";
import { LEVELS, PROBE_DEPTH_LABELS } from "../../lib/labels.js";
import { usePageTitle } from "../../lib/use-page-title.js";

const DEPTHS = [1, 2, 3, 4] as const;

function Crumbs({ name }: { name: string }) {
  return (
    <Breadcrumbs separator="›" separatorMargin={6} aria-label="Breadcrumb">
      <Anchor component={Link} to="/guide" size="sm">
        Guide
      </Anchor>
      <Anchor component={Link} to="/guide/principles" size="sm">
        Principles
      </Anchor>
      <Text size="sm" c="dimmed" aria-current="page">
        {name}
      </Text>
    </Breadcrumbs>
  );
}

function Neighbours({ id }: { id: string }) {
  const all = usePrinciples().data;
  if (!all) return null;
  const index = all.findIndex((p) => p.id === id);
  const previous = index > 0 ? all[index - 1] : undefined;
  const next = index >= 0 && index < all.length - 1 ? all[index + 1] : undefined;
  return (
    <Group justify="space-between" mt="xl" gap="md" component="nav" aria-label="Other principles">
      {previous ? (
        <Anchor component={Link} to={`/guide/principles/${previous.id}`} size="sm">
          ← {previous.name}
        </Anchor>
      ) : (
        <span />
      )}
      {next ? (
        <Anchor component={Link} to={`/guide/principles/${next.id}`} size="sm">
          {next.name} →
        </Anchor>
      ) : null}
    </Group>
  );
}

function PrincipleView({ principle }: { principle: Principle }) {
  const count = useQuestions({ principle: principle.id, limit: 1 }).data?.total;
  const byDepth = DEPTHS.map((depth) => ({ depth, probes: principle.probes.filter((p) => p.depth === depth) }));
  return (
    <>
      <PageHeader
        title={principle.name}
        eyebrow={<Crumbs name={principle.name} />}
        description={
          <Text fz={{ base: "md", sm: "lg" }} maw="46rem" lh={1.55}>
            {principle.summary}
          </Text>
        }
        actions={
          <Button
            component={Link}
            to={`/questions?principle=${principle.id}`}
            rightSection={<Icon name="arrowRight" size={16} />}
          >
            {count === undefined ? "Questions for this principle" : `${count} questions for this principle`}
          </Button>
        }
      />
      <Stack gap={40}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h3" mb="md">
              What interviewers listen for
            </Title>
            <List
              spacing="sm"
              size="sm"
              icon={
                <ThemeIcon color="teal" variant="light" size={22} radius="xl">
                  <Icon name="check" size={14} strokeWidth={2.5} />
                </ThemeIcon>
              }
            >
              {principle.listenFor.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Card>
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h3" mb="md">
              Red flags
            </Title>
            <List
              spacing="sm"
              size="sm"
              icon={
                <ThemeIcon color="red" variant="light" size={22} radius="xl">
                  <Icon name="x" size={14} strokeWidth={2.5} />
                </ThemeIcon>
              }
            >
              {principle.redFlags.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Card>
        </SimpleGrid>

        <section aria-labelledby="probes">
          <Title order={2} id="probes" mb={4}>
            Follow-up probes, by depth
          </Title>
          <Text c="dimmed" mb="lg">
            A strong story survives all four levels. Practise answering the deepest ones aloud.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {byDepth
              .filter((group) => group.probes.length > 0)
              .map((group) => (
                <Paper key={group.depth} withBorder p="lg" radius="md">
                  <Title order={3}>{PROBE_DEPTH_LABELS[group.depth].title}</Title>
                  <Text size="sm" c="dimmed" mb="sm">
                    {PROBE_DEPTH_LABELS[group.depth].hint}
                  </Text>
                  <List spacing="xs" size="sm">
                    {group.probes.map((probe) => (
                      <List.Item key={probe.text}>“{probe.text}”</List.Item>
                    ))}
                  </List>
                </Paper>
              ))}
          </SimpleGrid>
        </section>

        <section aria-labelledby="levels">
          <Title order={2} id="levels" mb={4}>
            What it looks like at each level
          </Title>
          <Text c="dimmed" mb="lg">
            The same principle at a larger scope: pick stories that match the level you are interviewing for.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {LEVELS.map((level) => (
              <Paper key={level} withBorder p="lg" radius="md">
                <Title order={3} mb="xs">
                  {level}
                </Title>
                <Text size="sm">{principle.levels[level]}</Text>
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
      <Neighbours id={principle.id} />
    </>
  );
}

function PrincipleNotFound({ id }: { id: string }) {
  usePageTitle("Principle not found");
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>No principle called “{id}”</Title>
      <Text>The address may be mistyped. All sixteen principles are listed in the guide.</Text>
      <Button component={Link} to="/guide/principles" variant="default">
        See all principles
      </Button>
    </Stack>
  );
}

export function PrinciplePage() {
  const { id = "" } = useParams();
  const principle = usePrinciple(id);
  if (principle.isPending) return <LoadingBlock label="Loading the principle…" />;
  return (
    <QueryState query={principle} notFound={<PrincipleNotFound id={id} />}>
      {(data) => <PrincipleView principle={data} />}
    </QueryState>
  );
}
