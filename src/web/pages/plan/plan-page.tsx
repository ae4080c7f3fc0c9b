/**
 * The Plan page: the preparation plan to the interview date, made from four settings the user
 * can set right here. Shows the countdown and the rest day, hours planned against done (never
 * more than the hours given), the week view with ticks, a chart of hours and votes, the work
 * that had to be left out, why the plan was re-made, today's spaced review, and a calendar file.
 */
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, useMemo, useState } from "react";
import type { Settings } from "../../../core/settings/settings-schema.js";
import {
  localDay,
  type Plan,
  type PlanTask,
  type PlanTotals,
  type PlanView,
  planCalendarUrl,
  type ReplanReason,
  usePlan,
  useSetTaskDone,
} from "../../api/plan.js";
import { useAttempts } from "../../api/practice.js";
import { useSettings } from "../../api/queries.js";
import { Icon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { ErrorBlock, LoadingBlock } from "../../components/query-state.js";
import { ROLE_SHORT_LABELS } from "../../lib/labels.js";
import { DroppedWork } from "./dropped-work.js";
import classes from "./plan.module.css";
import { PlanChart } from "./plan-chart.js";
import { weekPoints } from "./plan-chart-data.js";
import { PlanInputsForm } from "./plan-inputs-form.js";
import {
  daysBetween,
  describeCountdown,
  describeReplan,
  formatHours,
  formatLongDay,
  joinWords,
  plural,
} from "./plan-labels.js";
import { HoursBar, PlanWeeks } from "./plan-weeks.js";
import { ReviewQueue } from "./review-queue.js";

/** The calendar's practice sessions start after a working day unless the user says otherwise. */
const DEFAULT_SESSION_START = "18:30";

/**
 * Why the plan was re-made and what practice ticked off arrive once, in the answer that did it;
 * they stay on screen until dismissed, through refetches that no longer carry them.
 */
function usePlanNotices(view: PlanView | undefined) {
  const [replanned, setReplanned] = useState<ReplanReason[]>([]);
  const [ticked, setTicked] = useState<string[]>([]);
  useEffect(() => {
    if (!view) return;
    if (describeReplan(view.replanned)) setReplanned(view.replanned);
    if (view.ticked.length > 0) setTicked((before) => [...new Set([...before, ...view.ticked])]);
  }, [view]);
  return {
    replanned,
    ticked,
    dismissReplanned: () => setReplanned([]),
    dismissTicked: () => setTicked([]),
  };
}

function SetupCard({
  saved,
  today,
  missing,
}: {
  saved: Settings;
  today: string;
  missing: PlanView["missingSettings"];
}) {
  const names: Record<PlanView["missingSettings"][number], string> = {
    interviewDate: "interview date",
    hoursPerWeek: "hours per week",
    role: "role",
    level: "level",
  };
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="plan-setup-heading">
      <Title order={2} id="plan-setup-heading" mb={4}>
        Make your plan
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        {`Tell the plan your ${joinWords(missing.map((key) => names[key]))}. It fits stories, drills, mock loops, writing and reading into the weeks you have, never more than your hours, and keeps the day before the interview for rest. These are the same settings as on the Settings page.`}
      </Text>
      <PlanInputsForm saved={saved} today={today} submitLabel="Make my plan" />
    </Card>
  );
}

function CountdownCard({ plan, totals, today }: { plan: Plan; totals: PlanTotals; today: string }) {
  const [sessionStart, setSessionStart] = useState(DEFAULT_SESSION_START);
  const days = daysBetween(today, plan.interviewDate);
  const workingWeeks = totals.weeks.filter((week) => week.plannedHours > 0).length;
  const validTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(sessionStart);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="countdown-heading">
      <Text size="sm" c="dimmed" fw={600} tt="uppercase" lts="0.04em">
        Your interview
      </Text>
      <Title order={2} id="countdown-heading" size="h2" mt={4} data-testid="plan-countdown">
        {describeCountdown(days)}
      </Title>
      <Text mt={2}>
        {`${formatLongDay(plan.interviewDate)} · ${ROLE_SHORT_LABELS[plan.role]} ${plan.level} · ${formatHours(plan.hoursPerWeek)} a week`}
      </Text>
      <Group gap={8} mt="xs" wrap="nowrap" className={classes.special} data-testid="plan-rest-day">
        <Icon name="moon" size={18} />
        <Text size="sm">
          <strong>{`Rest on ${formatLongDay(plan.restDate)}.`}</strong> The day before the interview has no tasks.
        </Text>
      </Group>

      <div className={classes.overall}>
        <Group justify="space-between" gap="xs" mb={6}>
          <Text fw={600}>Overall</Text>
          <Text size="sm" data-testid="plan-totals">
            {`${formatHours(totals.doneHours)} of ${formatHours(totals.plannedHours)} done · ${totals.tasksDone}/${plural(totals.tasks, "task")}`}
          </Text>
        </Group>
        <HoursBar planned={totals.plannedHours} done={totals.doneHours} limit={totals.plannedHours} label="Overall" />
        <Text size="xs" c="dimmed" mt={6}>
          {`${formatHours(totals.plannedHours)} planned over ${plural(workingWeeks, "week")}, never more than your ${formatHours(plan.hoursPerWeek)} a week. ${formatHours(totals.remainingHours)} still to do.`}
        </Text>
      </div>

      <Group gap="sm" align="flex-end" mt="lg" className={classes.calendar}>
        <TextInput
          type="time"
          label="Sessions start at"
          value={sessionStart}
          onChange={(event) => setSessionStart(event.currentTarget.value)}
          error={validTime ? undefined : "Use a time like 18:30."}
          w="9rem"
        />
        <Button
          component="a"
          href={planCalendarUrl(today, validTime ? sessionStart : undefined)}
          download
          variant="default"
          leftSection={<Icon name="download" size={18} />}
        >
          Add to calendar
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        An .ics file with a session on each day that has work, the rest day and the interview, with reminders. Import it
        again after a re-plan: the events update instead of doubling.
      </Text>
    </Card>
  );
}

function Notices({ plan, notices }: { plan: Plan; notices: ReturnType<typeof usePlanNotices> }) {
  const replan = describeReplan(notices.replanned);
  const titles = notices.ticked
    .map((id) => plan.tasks.find((task) => task.id === id)?.title)
    .filter((title): title is string => Boolean(title));
  if (!replan && titles.length === 0) return null;
  return (
    <Stack gap="sm">
      {replan ? (
        <Alert
          color="indigo"
          variant="light"
          icon={<Icon name="info" />}
          title="Your plan changed"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={notices.dismissReplanned}
          role="status"
          data-testid="replan-notice"
        >
          <Text size="sm">
            {replan}{" "}
            {plan.dropped.length > 0 ? (
              <Anchor href="#dropped-heading" size="sm" underline="always" c="inherit" fw={600}>
                {`${plural(plan.dropped.length, "task")} left out`}
              </Anchor>
            ) : (
              "Everything still fits."
            )}
          </Text>
        </Alert>
      ) : null}
      {titles.length > 0 ? (
        <Alert
          color="teal"
          variant="light"
          icon={<Icon name="check" />}
          title="Ticked off from your practice"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={notices.dismissTicked}
          role="status"
          data-testid="ticked-notice"
        >
          <Text size="sm">{`${joinWords(titles)}.`}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

function PlanBody({ view, today, saved }: { view: PlanView; today: string; saved: Settings }) {
  const [editing, edit] = useDisclosure(false);
  const notices = usePlanNotices(view);
  const setDone = useSetTaskDone(today);
  const attempts = useAttempts({ limit: 500 });
  const { plan, totals } = view;
  const points = useMemo(
    () => (totals ? weekPoints(totals.weeks, attempts.data?.attempts ?? []) : []),
    [totals, attempts.data],
  );
  if (!plan || !totals) return null;
  const passed = plan.interviewDate < today;
  const currentWeek = totals.weeks.findIndex((week) => week.start <= today && today <= week.end);
  const toggle = {
    onToggle: (task: PlanTask, done: boolean) => setDone.mutate({ taskId: task.id, done }),
    pendingId: setDone.isPending ? setDone.variables?.taskId : undefined,
  };

  return (
    <>
      <PageHeader
        title="Plan"
        description="Your preparation to the interview, week by week, within the hours you have."
        actions={
          passed ? undefined : (
            <Button
              variant={editing ? "light" : "default"}
              leftSection={<Icon name="settings" size={18} />}
              onClick={edit.toggle}
              aria-expanded={editing}
            >
              Change date or hours
            </Button>
          )
        }
      />
      <Stack gap="xl">
        {editing || passed ? (
          <Card
            withBorder
            padding="lg"
            radius="md"
            component="section"
            aria-labelledby="plan-inputs-heading"
            id="plan-inputs"
          >
            <Title order={2} id="plan-inputs-heading" mb={4}>
              {passed ? "Your interview date has passed" : "Change what the plan is made from"}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {passed
                ? "Set the date of your next interview and the plan starts again from today, keeping what you have done."
                : "The plan re-plans from today and keeps everything you have done."}
            </Text>
            <PlanInputsForm
              saved={saved}
              today={today}
              submitLabel="Re-plan"
              onSaved={edit.close}
              onCancel={passed ? undefined : edit.close}
            />
          </Card>
        ) : null}
        <Notices plan={plan} notices={notices} />
        {setDone.isError ? <ErrorBlock error={setDone.error} title="The tick was not saved" /> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" className={classes.top}>
          <Stack gap="lg">
            <CountdownCard plan={plan} totals={totals} today={today} />
            <PlanChart points={points} currentWeek={currentWeek >= 0 ? currentWeek : null} />
          </Stack>
          <ReviewQueue />
        </SimpleGrid>
        <PlanWeeks plan={plan} weeks={totals.weeks} today={today} toggle={toggle} />
        <DroppedWork dropped={plan.dropped} droppedHours={totals.droppedHours} />
      </Stack>
    </>
  );
}

export function PlanPage() {
  const today = localDay();
  const view = usePlan(today);
  const settings = useSettings();
  if (view.isPending || settings.isPending)
    return (
      <>
        <PageHeader title="Plan" />
        <LoadingBlock label="Loading your plan…" />
      </>
    );
  if (view.isError || settings.isError)
    return (
      <>
        <PageHeader title="Plan" />
        <ErrorBlock
          error={view.error ?? settings.error}
          title="Could not load your plan"
          onRetry={() => {
            void view.refetch();
            void settings.refetch();
          }}
        />
      </>
    );
  if (!view.data.plan)
    return (
      <>
        <PageHeader title="Plan" description="A week-by-week plan to your interview date, within the hours you have." />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <SetupCard saved={settings.data} today={today} missing={view.data.missingSettings} />
          <ReviewQueue />
        </SimpleGrid>
      </>
    );
  return <PlanBody view={view.data} today={today} saved={settings.data} />;
}
