/**
 * The week view: one card per plan week (they stack at phone width), each with its hours bar
 * and its tasks by day. A task's checkbox ticks it by hand; its title links to where the work
 * is done. The rest day and the interview day are marked in their week.
 */
import { Anchor, Badge, Button, Card, Checkbox, Group, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { Link } from "react-router";
import type { Plan, PlanTask, WeekTotals } from "../../api/plan.js";
import { Icon } from "../../components/icons.js";
import { KindBadge } from "./kind-badge.js";
import classes from "./plan.module.css";
import {
  daysFrom,
  formatHours,
  formatRange,
  formatShortDay,
  plural,
  TASK_KIND_COLORS,
  TASK_KIND_LABELS,
  taskLink,
} from "./plan-labels.js";

export interface TaskToggle {
  onToggle: (task: PlanTask, done: boolean) => void;
  /** The task whose tick is on its way to the server. */
  pendingId: string | undefined;
}

/** Done hours first, then what is still planned, both out of the hours the user gave. */
export function HoursBar({
  planned,
  done,
  limit,
  label,
  size = "lg",
}: {
  planned: number;
  done: number;
  limit: number;
  label: string;
  size?: "md" | "lg" | "xl";
}) {
  const scale = Math.max(limit, 0.01);
  const donePct = (Math.min(done, scale) / scale) * 100;
  const remaining = Math.max(0, planned - done);
  const remainingPct = Math.min(100 - donePct, (remaining / scale) * 100);
  return (
    <Progress.Root size={size} radius="xl" className={classes.hoursBar}>
      <Progress.Section value={donePct} color="teal" aria-label={`${label}: ${formatHours(done)} done`} />
      <Progress.Section
        value={remainingPct}
        color="indigo"
        className={classes.plannedSection}
        aria-label={`${label}: ${formatHours(remaining)} still to do`}
      />
    </Progress.Root>
  );
}

function TaskRow({ task, today, toggle }: { task: PlanTask; today: string; toggle: TaskToggle }) {
  const link = taskLink(task);
  const overdue = !task.done && task.date < today;
  const plannedMinutes = Math.round(task.plannedHours * 60);
  return (
    <li className={classes.task} data-testid="plan-task" data-task-id={task.id} data-done={task.done}>
      <Checkbox
        checked={task.done}
        onChange={(event) => toggle.onToggle(task, event.currentTarget.checked)}
        disabled={toggle.pendingId === task.id}
        aria-label={`Done: ${task.title}`}
        color="teal"
        size="md"
        className={classes.taskCheck}
        classNames={{ input: classes.checkInput }}
      />
      <div className={classes.taskBody}>
        <Anchor component={Link} to={link.to} className={classes.taskTitle} data-done={task.done}>
          {task.title}
        </Anchor>
        <Group gap={6} mt={4} className={classes.taskMeta}>
          <KindBadge color={TASK_KIND_COLORS[task.kind]}>{TASK_KIND_LABELS[task.kind]}</KindBadge>
          <Text span size="xs" c="dimmed">
            {task.done && task.hoursDone !== null
              ? `${formatHours(task.hoursDone)} done`
              : `${formatHours(task.plannedHours)} · in ${link.where}`}
          </Text>
          {!task.done && task.progressMinutes > 0 ? (
            <Text span size="xs" fw={600}>
              {`${Math.round(task.progressMinutes)} of ${plannedMinutes} min practised`}
            </Text>
          ) : null}
          {overdue ? <KindBadge color="red">Overdue</KindBadge> : null}
        </Group>
      </div>
    </li>
  );
}

function DayBlock({
  date,
  tasks,
  plan,
  today,
  toggle,
}: {
  date: string;
  tasks: PlanTask[];
  plan: Plan;
  today: string;
  toggle: TaskToggle;
}) {
  const isToday = date === today;
  const isRest = date === plan.restDate;
  const isInterview = date === plan.interviewDate;
  return (
    <div className={classes.day} data-today={isToday} data-testid={isRest ? "rest-day" : undefined}>
      <Group gap={8} mb={tasks.length > 0 ? 6 : 0} wrap="nowrap">
        <Title order={4} className={classes.dayName}>
          {formatShortDay(date)}
        </Title>
        {isToday ? (
          <Badge size="sm" variant="filled" color="indigo" tt="none">
            Today
          </Badge>
        ) : null}
      </Group>
      {isRest ? (
        <Group gap={8} wrap="nowrap" className={classes.special}>
          <Icon name="moon" size={18} />
          <Text size="sm">
            <strong>Rest day.</strong> No practice: sleep, walk, read your story titles once.
          </Text>
        </Group>
      ) : null}
      {isInterview ? (
        <Group gap={8} wrap="nowrap" className={classes.special} data-testid="interview-day">
          <Icon name="plan" size={18} />
          <Text size="sm">
            <strong>Interview day.</strong> Good luck.
          </Text>
        </Group>
      ) : null}
      {tasks.length > 0 ? (
        <ul className={classes.taskList}>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} today={today} toggle={toggle} />
          ))}
        </ul>
      ) : isToday && !isRest && !isInterview ? (
        <Text size="sm" c="dimmed">
          Nothing planned today.
        </Text>
      ) : null}
    </div>
  );
}

/** "Story 6 · Mock loop 1 · Principle drill 2": what a closed week holds. */
function summarize(tasks: PlanTask[]): string {
  if (tasks.length === 0) return "No tasks.";
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(TASK_KIND_LABELS[task.kind], (counts.get(TASK_KIND_LABELS[task.kind]) ?? 0) + 1);
  return [...counts].map(([label, count]) => `${label} ${count}`).join(" · ");
}

function WeekCard({
  week,
  plan,
  today,
  toggle,
  compact,
}: {
  week: WeekTotals;
  plan: Plan;
  today: string;
  toggle: TaskToggle;
  /** Phone width: only the current week starts open, so the page is not one long scroll. */
  compact: boolean;
}) {
  const tasks = plan.tasks.filter((task) => task.week === week.index);
  const byDay = new Map<string, PlanTask[]>();
  for (const task of tasks) byDay.set(task.date, [...(byDay.get(task.date) ?? []), task]);
  const marked = new Set([today, plan.restDate, plan.interviewDate]);
  const days = daysFrom(week.start, week.end).filter((day) => byDay.has(day) || marked.has(day));
  const current = week.start <= today && today <= week.end;
  const past = week.end < today;
  const done = tasks.filter((task) => task.done).length;
  const headingId = `plan-week-${week.index}`;
  const daysId = `plan-week-${week.index}-days`;
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  // Past weeks are history; on a phone, later weeks wait behind a button too.
  const collapsible = compact || past;
  const special = days.some((day) => day === plan.restDate || day === plan.interviewDate);
  const shown = open ?? (current || !collapsible || (special && !past));
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby={headingId}
      className={classes.week}
      data-current={current}
      data-testid="plan-week"
    >
      <Group justify="space-between" align="baseline" gap="xs" mb={6}>
        <Title order={3} id={headingId}>
          {`Week ${week.index + 1}`}
          <Text span c="dimmed" fw={500} fz="sm" ml={8}>
            {formatRange(week.start, week.end)}
          </Text>
        </Title>
        {current ? (
          <Badge variant="light" color="indigo" tt="none">
            This week
          </Badge>
        ) : past ? (
          <Badge variant="light" color="gray" tt="none">
            Past
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mb={6} data-testid="week-hours">
        {`${formatHours(week.plannedHours)} planned of your ${formatHours(week.limitHours)} · ${formatHours(week.doneHours)} done · ${done}/${plural(tasks.length, "task")}`}
      </Text>
      <HoursBar
        planned={week.plannedHours}
        done={week.doneHours}
        limit={week.limitHours}
        label={`Week ${week.index + 1}`}
        size="md"
      />
      {shown ? null : (
        <Text size="xs" c="dimmed" mt={8}>
          {summarize(tasks)}
        </Text>
      )}
      {collapsible && days.length > 0 ? (
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          mt={8}
          ml={-8}
          onClick={() => setOpen(!shown)}
          aria-expanded={shown}
          aria-controls={daysId}
        >
          {shown ? "Hide the days" : `Show the days (${plural(tasks.length, "task")})`}
        </Button>
      ) : null}
      {shown ? (
        <Stack gap="sm" mt="md" id={daysId}>
          {days.length > 0 ? (
            days.map((day) => (
              <DayBlock key={day} date={day} tasks={byDay.get(day) ?? []} plan={plan} today={today} toggle={toggle} />
            ))
          ) : (
            <Text size="sm" c="dimmed">
              Nothing was planned this week.
            </Text>
          )}
        </Stack>
      ) : null}
    </Card>
  );
}

export function PlanWeeks({
  plan,
  weeks,
  today,
  toggle,
}: {
  plan: Plan;
  weeks: WeekTotals[];
  today: string;
  toggle: TaskToggle;
}) {
  const compact = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false }) ?? false;
  return (
    <section aria-labelledby="plan-weeks-heading">
      <Title order={2} id="plan-weeks-heading" mb={4}>
        Week by week
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Tick a task when it is done; practice, saved stories and finished mock loops tick their tasks for you. Each
        title opens the page where the work is done.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md" className={classes.weeks}>
        {weeks.map((week) => (
          <WeekCard key={week.index} week={week} plan={plan} today={today} toggle={toggle} compact={compact} />
        ))}
      </SimpleGrid>
    </section>
  );
}
