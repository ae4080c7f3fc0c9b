/**
 * Display names and colours for the story bank's enums, typed as complete records so a new
 * badge, coverage status or CSV column target in src/core fails the type check here until it
 * has a label.
 */
import type { CsvFieldTarget } from "../../../core/stories/story-csv-columns.js";
import type { CoverageStatus } from "../../../core/stories/story-matrix.js";
import type { StoryStrength } from "../../../core/stories/story-schema.js";
import type { StoryCheck } from "../../api/stories.js";
import { keysOf } from "../../lib/labels.js";

export type QualityBadge = StoryCheck["badge"];

export const BADGE_LABELS: Record<QualityBadge, string> = {
  strong: "Strong",
  solid: "Solid",
  "needs-work": "Needs work",
};

export const BADGE_COLORS: Record<QualityBadge, "teal" | "blue" | "orange"> = {
  strong: "teal",
  solid: "blue",
  "needs-work": "orange",
};

export const STRENGTH_LABELS: Record<StoryStrength, string> = { primary: "Primary", secondary: "Secondary" };
export const STRENGTH_LETTERS: Record<StoryStrength, string> = { primary: "P", secondary: "S" };
export const STRENGTHS = keysOf(STRENGTH_LABELS);

export const COVERAGE_LABELS: Record<CoverageStatus, string> = {
  covered: "Covered",
  thin: "Thin",
  "no-strong": "No strong story",
  missing: "Missing",
};

export const COVERAGE_COLORS: Record<CoverageStatus, "teal" | "yellow" | "orange" | "red"> = {
  covered: "teal",
  thin: "yellow",
  "no-strong": "orange",
  missing: "red",
};

/** Worst first: the order gaps are listed in. */
export const COVERAGE_SEVERITY: Record<CoverageStatus, number> = { missing: 0, "no-strong": 1, thin: 2, covered: 3 };

/** What each CSV column can be imported as, in the order the preview offers them. */
export const CSV_FIELD_LABELS: Record<CsvFieldTarget, string> = {
  title: "Title",
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
  metrics: "Metrics (label: value)",
  principles: "Principles (first is primary)",
  primaryPrinciples: "Primary principles",
  secondaryPrinciples: "Secondary principles",
  tags: "Tags",
  role: "Role",
  level: "Level",
  judgementCalls: "Judgement calls",
  dissent: "Dissent",
  lessons: "Lessons",
  deepDiveNotes: "Deep-dive notes",
  spokenSeconds: "Time to tell (seconds)",
  spokenMinutes: "Time to tell (minutes)",
};
export const CSV_FIELD_TARGETS = keysOf(CSV_FIELD_LABELS);

/** "2 min 5 s", "45 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
