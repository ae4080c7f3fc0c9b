/**
 * Words and addresses for the plan page: what each kind of task is called and where it is done,
 * why a plan was re-made, why work was dropped, and calendar-day arithmetic for the week view.
 * Records are complete over the core enums, so a new task kind fails the type check here.
 */
import type { ReplanReason } from "../../../core/plan/build-plan.js";
import type { DropReason, TaskKind } from "../../../core/plan/plan-schema.js";
import type { ReviewCardKind } from "../../../core/plan/review-cards.js";

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  story: "Story",
  "mock-loop": "Mock loop",
  "principle-drill": "Principle drill",
  "area-drill": "Area drill",
  "system-design-session": "System design",
  "product-sense-session": "Product sense",
  "pr-faq": "PR/FAQ",
  "six-pager": "Six-pager",
  "questions-to-ask": "Questions to ask",
  reading: "Reading",
};

/** Badge colours by kind, so a week reads at a glance: stories, mocks, drills, writing, reading. */
export const TASK_KIND_COLORS: Record<TaskKind, string> = {
  story: "grape",
  "mock-loop": "red",
  "principle-drill": "indigo",
  "area-drill": "cyan",
  "system-design-session": "cyan",
  "product-sense-session": "cyan",
  "pr-faq": "orange",
  "six-pager": "orange",
  "questions-to-ask": "teal",
  reading: "teal",
};

export interface TaskLink {
  to: string;
  /** Where the link goes, for the screen-reader name and the hint under the title. */
  where: string;
}

/** Where each task is done: practice for drills, the story bank, the mock loop, the guide. */
export function taskLink(task: { kind: TaskKind; target: string | null }): TaskLink {
  const practice = (param: string, value: string | null) =>
    value ? `/practice?${new URLSearchParams({ [param]: value }).toString()}` : "/practice";
  switch (task.kind) {
    case "story":
      return { to: "/stories", where: "Stories" };
    case "mock-loop":
      return { to: "/loop", where: "Mock loop" };
    case "principle-drill":
      return { to: practice("principle", task.target), where: "Practice" };
    case "area-drill":
      return { to: practice("type", task.target), where: "Practice" };
    case "system-design-session":
      return { to: practice("type", "system-design"), where: "Practice" };
    case "product-sense-session":
      return { to: practice("type", "product-sense"), where: "Practice" };
    case "questions-to-ask":
      return { to: "/guide/topics#ask-heading", where: "Guide" };
    case "pr-faq":
    case "six-pager":
    case "reading":
      return { to: "/guide/topics", where: "Guide" };
  }
}

export const REVIEW_KIND_LABELS: Record<ReviewCardKind, string> = {
  principle: "Principle",
  story: "Story",
  question: "Question",
};

export const REVIEW_KIND_COLORS: Record<ReviewCardKind, string> = {
  principle: "indigo",
  story: "grape",
  question: "orange",
};

/** Where to review a card: a weak question is answered again in Practice. */
export function reviewLink(card: { kind: ReviewCardKind; targetId: string }): TaskLink {
  switch (card.kind) {
    case "principle":
      return { to: `/guide/principles/${encodeURIComponent(card.targetId)}`, where: "Check yourself in the guide" };
    case "story":
      return { to: "/stories", where: "Open your stories" };
    case "question":
      return {
        to: `/practice?${new URLSearchParams({ question: card.targetId }).toString()}`,
        where: "Answer it again",
      };
  }
}

/** Finishes "Re-planned because …". */
const REPLAN_PHRASES: Record<ReplanReason, string> = {
  "interview-date-changed": "your interview date changed",
  "hours-changed": "your hours per week changed",
  "role-changed": "your role changed",
  "level-changed": "your level changed",
  behind: "some tasks passed their day undone, so they moved to the days ahead",
  ahead: "you finished work before its week, so later work moved up",
  "progress-recorded": "you recorded progress",
};

/**
 * The reasons worth an alert, in words. Progress alone is not: a tick by hand is its own
 * feedback, and ticks from practice get their own notice.
 */
export function describeReplan(reasons: readonly ReplanReason[]): string | undefined {
  if (reasons.every((reason) => reason === "progress-recorded")) return undefined;
  return `Re-planned because ${joinWords(reasons.map((reason) => REPLAN_PHRASES[reason]))}.`;
}

export const DROP_REASON_LABELS: Record<DropReason, string> = {
  "not-enough-hours": "Not enough hours",
  "no-days-left": "No days left",
  "longer-than-a-week": "Longer than your week",
  "no-spaced-slot": "No room between mock loops",
};

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Hours as people say them: 1 h, 1.5 h, 0.5 h; float noise rounded away. */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

// Calendar days: plan dates are YYYY-MM-DD with no time zone, so they are handled as UTC days.

const DAY_MS = 86_400_000;

function dayValue(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayValue(to) - dayValue(from)) / DAY_MS);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(dayValue(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `start` to `end`, both included. */
export function daysFrom(start: string, end: string): string[] {
  const count = daysBetween(start, end);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => addDays(start, index));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(isoDate: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...options, timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(dayValue(isoDate));
}

/** "Sun 22 Nov" (in the reader's locale). */
export function formatShortDay(isoDate: string): string {
  return format(isoDate, { weekday: "short", day: "numeric", month: "short" });
}

/** "22 Nov". */
export function formatDayMonth(isoDate: string): string {
  return format(isoDate, { day: "numeric", month: "short" });
}

/** "Sunday 27 December". */
export function formatLongDay(isoDate: string): string {
  return format(isoDate, { weekday: "long", day: "numeric", month: "long" });
}

/** "22 – 28 Nov" style ranges, written as two short dates so every locale reads them. */
export function formatRange(start: string, end: string): string {
  return start === end ? formatDayMonth(start) : `${formatDayMonth(start)} – ${formatDayMonth(end)}`;
}

/** "36 days to your interview", "Your interview is tomorrow", … */
export function describeCountdown(days: number): string {
  if (days > 1) return `${days} days to your interview`;
  if (days === 1) return "Your interview is tomorrow";
  if (days === 0) return "Your interview is today";
  return `Your interview was ${plural(-days, "day")} ago`;
}
