/**
 * Planned against done hours, per week and overall, for the plan page's progress bars.
 * A done task counts in the week it was done; hours done are what the user actually spent.
 */
import type { Plan } from "./plan-schema.js";

export interface WeekTotals {
  index: number;
  start: string;
  end: string;
  /** The user's hours per week: the plan never asks for more. */
  limitHours: number;
  plannedHours: number;
  doneHours: number;
  /** Planned hours of tasks not done yet. */
  remainingHours: number;
}

export interface PlanTotals {
  weeks: WeekTotals[];
  plannedHours: number;
  doneHours: number;
  remainingHours: number;
  /** Hours of work the plan had to drop. */
  droppedHours: number;
  tasks: number;
  tasksDone: number;
}

/** Rounds away float noise from adding practice minutes (0.1 + 0.2). */
const round = (hours: number) => Math.round(hours * 100) / 100;

export function planTotals(plan: Plan): PlanTotals {
  const weeks: WeekTotals[] = plan.weeks.map((week) => ({
    ...week,
    limitHours: plan.hoursPerWeek,
    plannedHours: 0,
    doneHours: 0,
    remainingHours: 0,
  }));
  for (const task of plan.tasks) {
    const week = weeks[task.week];
    if (!week) continue;
    week.plannedHours += task.plannedHours;
    if (task.done) week.doneHours += task.hoursDone ?? 0;
    else week.remainingHours += task.plannedHours;
  }
  const sum = (pick: (week: WeekTotals) => number) => round(weeks.reduce((total, week) => total + pick(week), 0));
  return {
    weeks: weeks.map((week) => ({
      ...week,
      plannedHours: round(week.plannedHours),
      doneHours: round(week.doneHours),
      remainingHours: round(week.remainingHours),
    })),
    plannedHours: sum((week) => week.plannedHours),
    doneHours: sum((week) => week.doneHours),
    remainingHours: sum((week) => week.remainingHours),
    droppedHours: round(plan.dropped.reduce((total, task) => total + task.plannedHours, 0)),
    tasks: plan.tasks.length,
    tasksDone: plan.tasks.filter((task) => task.done).length,
  };
}
