/**
 * The dashboard: only what is true today. The interview countdown, where practice stands (from
 * GET /api/progress: questions practised, story coverage, the next drill, the weakest principles,
 * votes per principle by week), and the other parts of the app.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useChecklist, useQuestions, useSettings } from "../api/queries.js";
import { Icon, type IconName } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { ErrorBlock } from "../components/query-state.js";
import { daysUntil, describeDaysLeft, formatCalendarDate } from "../lib/interview-date.js";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, ROLE_LABELS } from "../lib/labels.js";
import { PracticeOverview } from "./dashboard/practice-overview.js";

function InterviewCard() {
  const settings = useSettings();
  if (settings.isPending) return <Skeleton height={132} radius="md" />;
  if (settings.isError)
    return (
      <ErrorBlock error={settings.error} onRetry={() => void settings.refetch()} title="Could not load your settings" />
    );
  const { interviewDate, role, level, hoursPerWeek } = settings.data;
  const days = interviewDate ? daysUntil(interviewDate) : undefined;

  if (!interviewDate || days === undefined) {
    return (
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" align="center" gap="md">
          <Stack gap={4} style={{ flex: "1 1 18rem" }}>
            <Title order={2} size="h3">
              When is your interview?
            </Title>
            <Text c="dimmed" size="sm">
              Set the date, your role and your level in Settings, and the countdown appears here.
            </Text>
          </Stack>
          <Button component={Link} to="/settings" leftSection={<Icon name="plan" size={18} />}>
            Set your interview date
          </Button>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" data-testid="interview-countdown">
      <Group justify="space-between" align="center" gap="lg">
        <Stack gap={6} style={{ flex: "1 1 18rem" }}>
          <Text size="sm" c="dimmed" fw={600} tt="uppercase" lts="0.04em">
            Your interview
          </Text>
          <Title order={2} size="h2">
            {describeDaysLeft(days)}
          </Title>
          <Text>{formatCalendarDate(interviewDate)}</Text>
          <Group gap="xs">
            {role ? <Badge variant="light">{ROLE_LABELS[role]}</Badge> : null}
            {level ? <Badge variant="light">{level}</Badge> : null}
            {hoursPerWeek ? <Badge variant="light" color="gray">{`${hoursPerWeek} h per week`}</Badge> : null}
          </Group>
        </Stack>
        <Anchor component={Link} to="/settings" size="sm">
          Change in Settings
        </Anchor>
      </Group>
    </Paper>
  );
}

function FeatureCard({
  icon,
  title,
  children,
  links,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  links: { to: string; label: string }[];
}) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <Icon name={icon} size={22} color="var(--mantine-color-indigo-6)" />
        <Title order={3}>{title}</Title>
      </Group>
      <Stack gap="sm" style={{ flex: 1 }}>
        {children}
      </Stack>
      <Group gap="md" mt="md">
        {links.map((link) => (
          <Anchor key={link.to} component={Link} to={link.to} fw={600} size="sm">
            {link.label} →
          </Anchor>
        ))}
      </Group>
    </Card>
  );
}

function GuideCard() {
  const checklist = useChecklist();
  const items = checklist.data?.items ?? [];
  const done = items.filter((item) => item.done).length;
  return (
    <FeatureCard
      icon="guide"
      title="Interview guide"
      links={[
        { to: "/guide", label: "Read the guide" },
        { to: "/guide/checklist", label: "Checklist" },
      ]}
    >
      <Text size="sm">
        The loop stage by stage, who interviews you and how they probe, the 16 Leadership Principles, must-know topics
        and the mistakes that sink answers.
      </Text>
      {checklist.isError ? (
        <Text size="sm" c="red">
          Could not load your checklist: {checklist.error.message}
        </Text>
      ) : (
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={500}>
              Preparation checklist
            </Text>
            <Text size="sm" c="dimmed">
              {checklist.isPending ? "…" : `${done}/${items.length} done`}
            </Text>
          </Group>
          <Progress value={items.length ? (done / items.length) * 100 : 0} aria-label="Checklist progress" />
        </div>
      )}
    </FeatureCard>
  );
}

function QuestionBankCard() {
  const all = useQuestions({ limit: 1 });
  return (
    <FeatureCard icon="questions" title="Question bank" links={[{ to: "/questions", label: "Browse questions" }]}>
      {all.isError ? (
        <Text size="sm" c="red">
          Could not load the question bank: {all.error.message}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {all.data ? <strong>{all.data.total} questions</strong> : "Questions"} with rubrics you can reveal after
            answering, searchable and filtered by principle, role, level and type.
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xl" verticalSpacing={4}>
            {QUESTION_TYPES.map((type) => (
              <Group key={type} justify="space-between" gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`/questions?type=${type}`} size="sm" truncate>
                  {QUESTION_TYPE_LABELS[type]}
                </Anchor>
                <Text size="sm" c="dimmed" ff="monospace">
                  {all.data ? (all.data.counts.byType[type] ?? 0) : "…"}
                </Text>
              </Group>
            ))}
          </SimpleGrid>
        </>
      )}
    </FeatureCard>
  );
}

function OwnQuestionsCard() {
  const own = useQuestions({ custom: true, limit: 1 });
  const count = own.data?.total;
  return (
    <FeatureCard
      icon="plus"
      title="Your own questions"
      links={[{ to: "/questions?custom=true", label: "See your questions" }]}
    >
      <Text size="sm">
        Add questions you were asked or expect, tagged with principles, and they join the bank and its search.
      </Text>
      <Text size="sm" fw={500}>
        {own.isError
          ? `Could not count them: ${own.error.message}`
          : count === undefined
            ? "…"
            : count === 0
              ? "You have not added any yet."
              : `You have added ${count} question${count === 1 ? "" : "s"}.`}
      </Text>
    </FeatureCard>
  );
}

function BackupCard() {
  return (
    <FeatureCard icon="download" title="Backup and restore" links={[{ to: "/settings#backup", label: "Open backup" }]}>
      <Text size="sm">
        Everything you enter stays on this machine. Download it as one JSON file, or restore from one; a restore keeps a
        copy of what it replaced.
      </Text>
    </FeatureCard>
  );
}

/** The rest of the preparation, one line each: the dashboard links to it rather than repeat it. */
const MORE = [
  {
    icon: "stories" as const,
    title: "Story bank",
    to: "/stories",
    link: "Open your stories",
    text: "Your STAR stories mapped against the 16 principles, with the gaps still to fill and a plan for the loop.",
  },
  {
    icon: "loop" as const,
    title: "Mock loop",
    to: "/loop",
    link: "Run a mock loop",
    text: "A full loop of rounds with interviewer personas, each owning principles, then a debrief with the votes.",
  },
  {
    icon: "plan" as const,
    title: "Preparation plan",
    to: "/plan",
    link: "See your plan",
    text: "A week-by-week plan that ends on your interview date, with spaced review of what you answered weakly.",
  },
];

export function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Where your preparation stands, and what to practise next." />
      <Stack gap="xl">
        <InterviewCard />
        <PracticeOverview />
        <section aria-labelledby="works-today">
          <Title order={2} id="works-today" mb="md">
            Also in Bar Raiser
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <GuideCard />
            <QuestionBankCard />
            <OwnQuestionsCard />
            {MORE.map((item) => (
              <FeatureCard
                key={item.to}
                icon={item.icon}
                title={item.title}
                links={[{ to: item.to, label: item.link }]}
              >
                <Text size="sm">{item.text}</Text>
              </FeatureCard>
            ))}
            <BackupCard />
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
