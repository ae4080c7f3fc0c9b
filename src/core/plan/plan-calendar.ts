/**
 * The plan as calendar events: one practice session per day with work planned, the rest day,
 * and the interview with reminders 30, 7 and 1 days before.
 *
 * The `ics` package is not used here: it reaches Node's `crypto` (through nanoid) and stamps
 * each event with the current time, and src/core stays pure. This module describes the
 * events; `toIcsEventAttributes` shapes one for `ics.createEvents`, which the server calls.
 */
import type { Level, Role } from "../content/pack-schema.js";
import { addDays, daysBetween, type IsoDate } from "./calendar-days.js";
import type { Plan, PlanTask } from "./plan-schema.js";

export const INTERVIEW_REMINDER_DAYS = [30, 7, 1] as const;

/** A session reminder far enough ahead to finish what you are doing and sit down. */
export const SESSION_REMINDER_MINUTES = 30;

const ROLE_NAMES: Record<Role, string> = {
  pm: "Product Manager",
  pmt: "Product Manager - Technical",
  tpm: "Technical Program Manager",
};

export interface CalendarAlarm {
  minutesBefore: number;
  description: string;
}

export interface CalendarEvent {
  /** Stable, so re-exporting a re-planned calendar updates events instead of duplicating them. */
  uid: string;
  title: string;
  date: IsoDate;
  /** Local start time `HH:MM`, or null for an all-day event. */
  startTime: string | null;
  /** For all-day events, whole days times 1440. */
  durationMinutes: number;
  description: string;
  categories: string[];
  alarms: CalendarAlarm[];
}

export interface CalendarOptions {
  /** Local time practice sessions start, `HH:MM`; defaults to 18:30, after a working day. */
  sessionStart?: string;
  /** Reminders before this day are left out; defaults to the plan's `today`. */
  today?: IsoDate;
  /** The domain part of event uids. */
  uidDomain?: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function formatHours(hours: number): string {
  return `${Math.round(hours * 100) / 100} h`;
}

function sessionTitle(tasks: readonly PlanTask[], hours: number): string {
  const mock = tasks.find((task) => task.kind === "mock-loop");
  const others = tasks.length - 1;
  const more = others > 0 ? ` + ${others} more` : "";
  if (mock) return `Interview prep: full mock loop ${mock.n}${more}`;
  return `Interview prep: ${tasks.length} task${tasks.length === 1 ? "" : "s"}, ${formatHours(hours)}`;
}

export function planCalendarEvents(plan: Plan, options: CalendarOptions = {}): CalendarEvent[] {
  const sessionStart = options.sessionStart ?? "18:30";
  if (!HH_MM.test(sessionStart)) throw new RangeError(`sessionStart must be HH:MM, got ${sessionStart}`);
  const today = options.today ?? plan.today;
  const domain = options.uidDomain ?? "barraiser.local";
  const events: CalendarEvent[] = [];

  const byDay = new Map<IsoDate, PlanTask[]>();
  for (const task of plan.tasks) {
    if (task.done || task.date < today) continue;
    byDay.set(task.date, [...(byDay.get(task.date) ?? []), task]);
  }
  for (const [date, tasks] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const hours = tasks.reduce((sum, task) => sum + task.plannedHours, 0);
    events.push({
      uid: `session-${date}@${domain}`,
      title: sessionTitle(tasks, hours),
      date,
      startTime: sessionStart,
      durationMinutes: Math.round(hours * 60),
      description: tasks.map((task) => `- ${task.title} (${formatHours(task.plannedHours)})`).join("\n"),
      categories: ["interview-prep"],
      alarms: [{ minutesBefore: SESSION_REMINDER_MINUTES, description: "Interview practice starts in 30 minutes" }],
    });
  }

  if (plan.restDate >= today && plan.restDate >= plan.startDate) {
    events.push({
      uid: `rest-${plan.restDate}@${domain}`,
      title: "Rest day: no practice before the interview",
      date: plan.restDate,
      startTime: null,
      durationMinutes: 1440,
      description: "Sleep, skim your story list once, and prepare the logistics for tomorrow. No new practice.",
      categories: ["interview-prep"],
      alarms: [],
    });
  }

  events.push({
    uid: `interview-${plan.interviewDate}@${domain}`,
    title: `Amazon ${ROLE_NAMES[plan.role]} interview (${plan.level satisfies Level})`,
    date: plan.interviewDate,
    startTime: null,
    durationMinutes: 1440,
    description: "Bring your questions for each interviewer. Answer with your own actions, and numbers.",
    categories: ["interview"],
    alarms: INTERVIEW_REMINDER_DAYS.filter((days) => daysBetween(today, addDays(plan.interviewDate, -days)) >= 0).map(
      (days) => ({
        minutesBefore: days * 1440,
        description: days === 1 ? "Your interview is tomorrow" : `Your interview is in ${days} days`,
      }),
    ),
  });
  return events;
}

type IcsDate = [number, number, number] | [number, number, number, number, number];

interface IcsEventBase {
  uid: string;
  title: string;
  description: string;
  categories: string[];
  start: IcsDate;
  startInputType: "local";
  startOutputType: "local";
  alarms: { action: "display"; description: string; trigger: { hours: number; minutes: number; before: true } }[];
}

/** Structurally the `EventAttributes` that `ics.createEvents` takes: an end date or a duration. */
export type IcsEventAttributes =
  | (IcsEventBase & { end: IcsDate })
  | (IcsEventBase & { duration: { hours: number; minutes: number } });

function dateParts(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

/**
 * Shapes an event for the `ics` package. Durations are given in hours and minutes, and all-day
 * events an end date, because `ics` writes a days-only duration as `P1DT`, which RFC 5545 forbids.
 */
export function toIcsEventAttributes(event: CalendarEvent): IcsEventAttributes {
  const base: IcsEventBase = {
    start: dateParts(event.date),
    uid: event.uid,
    title: event.title,
    description: event.description,
    categories: event.categories,
    startInputType: "local" as const,
    startOutputType: "local" as const,
    alarms: event.alarms.map((alarm) => ({
      action: "display" as const,
      description: alarm.description,
      trigger: {
        hours: Math.floor(alarm.minutesBefore / 60),
        minutes: alarm.minutesBefore % 60,
        before: true as const,
      },
    })),
  };
  if (event.startTime === null) {
    const days = Math.max(1, Math.round(event.durationMinutes / 1440));
    return { ...base, end: dateParts(addDays(event.date, days)) };
  }
  const [hour, minute] = event.startTime.split(":").map(Number) as [number, number];
  return {
    ...base,
    start: [...dateParts(event.date), hour, minute],
    duration: { hours: Math.floor(event.durationMinutes / 60), minutes: event.durationMinutes % 60 },
  };
}
