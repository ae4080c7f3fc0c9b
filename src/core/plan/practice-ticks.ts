/**
 * Ticks plan tasks off as the user practises, so the plan never asks them to tick by hand.
 *
 * - A practice attempt adds its minutes to the matching drill (the principle for behavioural
 *   questions, the area for functional ones); the drill is done once the minutes reach its
 *   planned hours. A system-design or product-sense answer of 40 minutes or more completes a
 *   timed session instead.
 * - Saving a story completes the next story task of each principle it serves.
 * - Finishing a mock loop completes the next mock-loop task.
 *
 * Pass each event once: minutes add up, so replaying an event counts it twice.
 */
import type { QuestionType } from "../content/pack-schema.js";
import { markDone } from "./build-plan.js";
import { dateOf, type IsoDate } from "./calendar-days.js";
import type { DroppedTask, Plan, PlanTask, PracticeEvent, TaskCompletion, TaskKind } from "./plan-schema.js";

/** A timed session is 45 minutes on the clock; 40 or more means the user sat the whole exercise. */
export const SESSION_MINUTES = 40;

const SESSION_KINDS: Partial<Record<QuestionType, TaskKind>> = {
  "system-design": "system-design-session",
  "product-sense": "product-sense-session",
};

export interface PracticeResult {
  plan: Plan;
  /** Tasks these events completed, to store and pass back in the next plan input. */
  completed: TaskCompletion[];
}

interface Selector {
  kind: TaskKind;
  target: string | null;
}

/** `now` (an ISO timestamp or date) dates events that carry no time of their own. */
export function applyPracticeEvents(plan: Plan, events: readonly PracticeEvent[], now: string): PracticeResult {
  const tasks = plan.tasks.map((task) => ({ ...task }));
  let dropped: DroppedTask[] = [...plan.dropped];
  const completed: TaskCompletion[] = [];

  const findOpen = ({ kind, target }: Selector): PlanTask | DroppedTask | undefined => {
    const matches = (task: PlanTask | DroppedTask) => task.kind === kind && task.target === target;
    const byOrdinal = (a: { n: number }, b: { n: number }) => a.n - b.n;
    return (
      tasks.filter((task) => !task.done && matches(task)).sort(byOrdinal)[0] ??
      dropped.filter(matches).sort(byOrdinal)[0]
    );
  };

  const complete = (task: PlanTask | DroppedTask, hoursDone: number, doneOn: IsoDate) => {
    const plannedDate = "date" in task ? task.date : null;
    const doneTask = markDone(task, { hoursDone, doneOn }, plan.startDate, plannedDate);
    const index = tasks.findIndex((candidate) => candidate.id === task.id);
    if (index >= 0) tasks[index] = doneTask;
    else {
      // Work the plan had dropped but the user did anyway comes back, as done.
      dropped = dropped.filter((candidate) => candidate.id !== task.id);
      tasks.push(doneTask);
    }
    completed.push({ taskId: task.id, hoursDone, doneOn });
  };

  const timeOf = (event: PracticeEvent) => event.at ?? now;
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(timeOf(a.event)) - Date.parse(timeOf(b.event)) || a.index - b.index);

  for (const { event } of ordered) {
    const day = dateOf(timeOf(event));
    switch (event.kind) {
      case "story-saved":
        for (const principleId of new Set(event.principleIds)) {
          const task = findOpen({ kind: "story", target: principleId });
          if (task) complete(task, task.plannedHours, day);
        }
        break;
      case "mock-finished": {
        const task = findOpen({ kind: "mock-loop", target: null });
        if (task) complete(task, task.plannedHours, day);
        break;
      }
      case "practice": {
        const type = event.questionType ?? (event.principleId ? "behavioural" : undefined);
        const sessionKind = type ? SESSION_KINDS[type] : undefined;
        if (sessionKind && event.minutes >= SESSION_MINUTES) {
          const session = findOpen({ kind: sessionKind, target: null });
          if (session) {
            complete(session, event.minutes / 60, day);
            break;
          }
        }
        const selectors: Selector[] = [];
        if (type && type !== "behavioural") selectors.push({ kind: "area-drill", target: type });
        if (event.principleId) selectors.push({ kind: "principle-drill", target: event.principleId });
        const task = selectors.map(findOpen).find((candidate) => candidate !== undefined);
        if (!task) break;
        const minutes = ("progressMinutes" in task ? task.progressMinutes : 0) + event.minutes;
        if (minutes >= task.plannedHours * 60) complete(task, minutes / 60, day);
        else if ("progressMinutes" in task) task.progressMinutes = minutes;
        break;
      }
    }
  }

  // A stable sort keeps the planner's priority order within each day.
  tasks.sort((a, b) => a.date.localeCompare(b.date));
  return { plan: { ...plan, tasks, dropped }, completed };
}
