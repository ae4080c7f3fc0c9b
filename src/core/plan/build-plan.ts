/**
 * Builds the preparation plan from the user's state today, and re-plans it when the date, the
 * hours or the pace change. Re-planning keeps every done task as done (ids are stable), then
 * fits the remaining work into the days left, dropping the least important first.
 */
import { addDays, dateFromDayNumber, dayNumber, daysBetween, type IsoDate, minDate } from "./calendar-days.js";
import {
  type DroppedTask,
  type DropReason,
  PLAN_VERSION,
  type Plan,
  type PlanContent,
  type PlanInput,
  type PlanTask,
  type PlanWeek,
} from "./plan-schema.js";
import { type ScheduleFrame, schedule, scheduleWeeks, weekOf } from "./schedule.js";
import { planDemand, type WantedTask } from "./task-demand.js";

export function buildPlan(input: PlanInput, content: PlanContent): Plan {
  return makePlan(input, content, undefined);
}

/**
 * Re-plans from `previous` for the new input: done tasks stay done (from the previous plan and
 * from `input.completions`), overdue and future work is placed again from `input.today`, and
 * whatever no longer fits is listed in `dropped` with the reason.
 */
export function replan(previous: Plan, input: PlanInput, content: PlanContent): Plan {
  return makePlan(input, content, previous);
}

export const REPLAN_REASONS = [
  "interview-date-changed",
  "hours-changed",
  "role-changed",
  "level-changed",
  "behind",
  "ahead",
  "progress-recorded",
] as const;
export type ReplanReason = (typeof REPLAN_REASONS)[number];

/**
 * Why the plan no longer fits the input; empty when it still does. "ahead" and
 * "progress-recorded" look only at work done since the plan was made: ticks applied to the
 * plan since (not in `doneWhenPlanned`) and completions for tasks the plan still shows open.
 */
export function replanReasons(plan: Plan, input: PlanInput): ReplanReason[] {
  const reasons: ReplanReason[] = [];
  if (plan.interviewDate !== input.interviewDate) reasons.push("interview-date-changed");
  if (plan.hoursPerWeek !== input.hoursPerWeek) reasons.push("hours-changed");
  if (plan.role !== input.role) reasons.push("role-changed");
  if (plan.level !== input.level) reasons.push("level-changed");
  if (plan.tasks.some((task) => !task.done && task.date < input.today)) reasons.push("behind");

  const accounted = new Set(plan.doneWhenPlanned);
  const open = new Map(plan.tasks.filter((task) => !task.done).map((task) => [task.id, task]));
  const fresh: { planned: IsoDate | null; doneOn: IsoDate }[] = [
    ...plan.tasks
      .filter((task) => task.done && task.doneOn !== null && !accounted.has(task.id))
      .map((task) => ({ planned: task.plannedDate, doneOn: task.doneOn! })),
    ...(input.completions ?? [])
      .filter((completion) => open.has(completion.taskId))
      .map((completion) => ({ planned: open.get(completion.taskId)!.date, doneOn: completion.doneOn })),
  ];
  const frame = { startDay: dayNumber(plan.startDate) };
  const week = (date: IsoDate) => weekOf(frame, dayNumber(date));
  // Done in an earlier week than planned: that later week now has room to pull work into.
  if (fresh.some(({ planned, doneOn }) => planned !== null && week(doneOn) < week(planned))) reasons.push("ahead");
  if (fresh.length > 0) reasons.push("progress-recorded");
  return reasons;
}

type TaskShape = Pick<PlanTask, "id" | "kind" | "title" | "target" | "n" | "plannedHours">;

/** A done task as the plan shows it: on the day it was done, in that day's week. */
export function markDone(
  task: TaskShape,
  completion: { hoursDone: number; doneOn: IsoDate },
  startDate: IsoDate,
  plannedDate: IsoDate | null,
): PlanTask {
  return {
    ...shape(task),
    week: Math.max(0, Math.floor(daysBetween(startDate, completion.doneOn) / 7)),
    date: completion.doneOn,
    done: true,
    doneOn: completion.doneOn,
    hoursDone: completion.hoursDone,
    progressMinutes: 0,
    plannedDate,
  };
}

function shape(task: TaskShape): TaskShape {
  return {
    id: task.id,
    kind: task.kind,
    title: task.title,
    target: task.target,
    n: task.n,
    plannedHours: task.plannedHours,
  };
}

function dropMessage(task: TaskShape, reason: DropReason, input: PlanInput): string {
  const hours = `${input.hoursPerWeek} h a week`;
  switch (reason) {
    case "no-days-left":
      return `Dropped "${task.title}": no working days are left before the interview (the day before it is kept for rest).`;
    case "longer-than-a-week":
      return `Dropped "${task.title}": it takes ${task.plannedHours} h, more than the ${hours} you have.`;
    case "no-spaced-slot":
      return `Dropped "${task.title}": no day is left that keeps mock loops apart and the last one 2-5 days before the interview.`;
    case "not-enough-hours":
      return `Dropped "${task.title}": the ${hours} you have until ${input.interviewDate} go to more important work.`;
  }
}

function makePlan(input: PlanInput, content: PlanContent, previous: Plan | undefined): Plan {
  const startDate = previous ? minDate(previous.startDate, input.today) : input.today;
  const restDate = addDays(input.interviewDate, -1);

  // Done work: the previous plan's ticks, then the input's completions (which win on hours).
  const known = new Map<string, TaskShape & { date?: IsoDate; progressMinutes?: number }>();
  const done = new Map<string, PlanTask>();
  for (const task of previous?.dropped ?? []) known.set(task.id, shape(task));
  for (const task of previous?.tasks ?? []) {
    if (task.done && task.doneOn !== null) {
      const completion = { hoursDone: task.hoursDone ?? task.plannedHours, doneOn: task.doneOn };
      done.set(task.id, markDone(task, completion, startDate, task.plannedDate));
    } else known.set(task.id, { ...shape(task), date: task.date, progressMinutes: task.progressMinutes });
  }

  const mocksDoneOutsideTasks = input.mockLoopsDone ?? [];
  const frameFor = (doneTasks: Iterable<PlanTask>): ScheduleFrame => {
    const doneHoursByDay = new Map<number, number>();
    const doneMockDays = new Set(mocksDoneOutsideTasks.map(dayNumber));
    for (const task of doneTasks) {
      const day = dayNumber(task.date);
      doneHoursByDay.set(day, (doneHoursByDay.get(day) ?? 0) + (task.hoursDone ?? 0));
      if (task.kind === "mock-loop") doneMockDays.add(day);
    }
    return {
      startDay: dayNumber(startDate),
      firstDay: dayNumber(input.today),
      lastDay: dayNumber(input.interviewDate) - 2,
      interviewDay: dayNumber(input.interviewDate),
      hoursPerWeek: input.hoursPerWeek,
      doneHoursByDay,
      doneMockDays: [...doneMockDays],
    };
  };

  // Completions may name any task the demand can hold (every mock included), so they are
  // matched against the full demand before the done mocks trim it.
  const weeksLeft = scheduleWeeks(frameFor([])).length;
  for (const task of planDemand(input, content, { scheduleWeeks: weeksLeft, mocksDone: 0 }))
    if (!known.has(task.id)) known.set(task.id, shape(task));
  for (const completion of input.completions ?? []) {
    const task = done.get(completion.taskId) ?? known.get(completion.taskId);
    // A completion for work the plan does not know (an old pack's topic) has nothing to tick.
    if (!task) continue;
    const plannedDate = done.get(completion.taskId)?.plannedDate ?? known.get(completion.taskId)?.date ?? null;
    done.set(completion.taskId, markDone(task, completion, startDate, plannedDate));
  }

  const frame = frameFor(done.values());
  const doneMocks = [...done.values()].filter((task) => task.kind === "mock-loop").length;
  const wanted = planDemand(input, content, {
    scheduleWeeks: weeksLeft,
    mocksDone: Math.max(doneMocks, mocksDoneOutsideTasks.length),
  }).filter((task) => !done.has(task.id));

  const { placed, dropped } = schedule(frame, wanted);
  const byId = new Map<string, WantedTask>(wanted.map((task) => [task.id, task]));
  const scheduled: (PlanTask & { priority: number })[] = [];
  for (const [id, day] of placed) {
    const task = byId.get(id)!;
    scheduled.push({
      ...shape(task),
      week: weekOf(frame, day),
      date: dateFromDayNumber(day),
      done: false,
      doneOn: null,
      hoursDone: null,
      progressMinutes: known.get(id)?.progressMinutes ?? 0,
      plannedDate: null,
      priority: task.priority,
    });
  }

  const tasks = [...[...done.values()].map((task) => ({ ...task, priority: -1 })), ...scheduled]
    .sort((a, b) => a.date.localeCompare(b.date) || a.priority - b.priority || a.id.localeCompare(b.id))
    .map(({ priority: _priority, ...task }) => task);

  const lastWeek = Math.max(
    weekOf(frame, frame.interviewDay),
    weekOf(frame, frame.firstDay),
    ...tasks.map((task) => task.week),
  );
  const weeks: PlanWeek[] = [];
  for (let index = 0; index <= lastWeek; index++) {
    const start = addDays(startDate, index * 7);
    const end = addDays(start, 6);
    weeks.push({ index, start, end: index === weekOf(frame, frame.interviewDay) ? input.interviewDate : end });
  }

  return {
    version: PLAN_VERSION,
    startDate,
    today: input.today,
    interviewDate: input.interviewDate,
    restDate,
    hoursPerWeek: input.hoursPerWeek,
    role: input.role,
    level: input.level,
    weeks,
    tasks,
    doneWhenPlanned: tasks.filter((task) => task.done).map((task) => task.id),
    dropped: dropped
      .sort((a, b) => a.task.priority - b.task.priority)
      .map(({ task, reason }): DroppedTask => ({ ...shape(task), reason, message: dropMessage(task, reason, input) })),
  };
}
