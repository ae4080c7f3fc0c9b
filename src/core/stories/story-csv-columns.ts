/**
 * The columns of a story spreadsheet: what each column can be imported as, the mapping
 * suggested from header names ("S", "Situation", "LP", "Dive Deep"), and the columns the
 * exporter writes. Spreadsheets come in two layouts for principles: one column per principle
 * with a mark in each cell, or one cell listing them; both map to the same targets here.
 */
import { z } from "zod";
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import { principleFromName } from "./principle-names.js";

export const CSV_FIELD_TARGETS = [
  "title",
  "situation",
  "task",
  "action",
  "result",
  "metrics",
  /** A list of principles; the first unmarked one is primary, the rest secondary. */
  "principles",
  /** A list of principles that are all primary. */
  "primaryPrinciples",
  /** A list of principles that are all secondary. */
  "secondaryPrinciples",
  "tags",
  "role",
  "level",
  "judgementCalls",
  "dissent",
  "lessons",
  "deepDiveNotes",
  "spokenSeconds",
  /** Time to tell where a bare number means minutes ("2.5"). */
  "spokenMinutes",
] as const;
export type CsvFieldTarget = (typeof CSV_FIELD_TARGETS)[number];
/** One column per principle: `principle:dive-deep`, cells hold marks (x, P, S, 2, 1, blank). */
export type CsvPrincipleTarget = `principle:${PrincipleId}`;
export type CsvTarget = CsvFieldTarget | CsvPrincipleTarget;

export function isCsvTarget(value: string): value is CsvTarget {
  if ((CSV_FIELD_TARGETS as readonly string[]).includes(value)) return true;
  return value.startsWith("principle:") && (PRINCIPLE_IDS as readonly string[]).includes(value.slice(10));
}

export const csvTargetSchema = z.string().refine(isCsvTarget, "is not a story field or principle column");

/** What the user sends back from the preview: one target (or null: skip) per column, in order. */
export const csvMappingSchema = z.array(csvTargetSchema.nullable()).max(200);
export type CsvMapping = readonly (CsvTarget | null)[];

/** Fields that hold one value: two columns mapped to one of them is a mistake to report. */
export const SINGLE_VALUE_TARGETS: ReadonlySet<CsvTarget> = new Set<CsvTarget>([
  "title",
  "situation",
  "task",
  "action",
  "result",
  "role",
  "level",
  "dissent",
  "lessons",
  "deepDiveNotes",
  "spokenSeconds",
  "spokenMinutes",
]);

/** Header names people use, normalised (lowercase, letters and digits, single spaces). */
const HEADER_SYNONYMS: Record<CsvFieldTarget, readonly string[]> = {
  title: ["title", "story title", "story", "story name", "name", "headline", "short name"],
  situation: ["situation", "s", "context", "background", "setting"],
  task: ["task", "t", "goal", "objective", "challenge", "problem"],
  action: ["action", "actions", "a", "what i did", "my actions", "approach"],
  result: ["result", "results", "r", "outcome", "outcomes", "impact"],
  metrics: ["metrics", "metric", "numbers", "kpi", "kpis", "data", "key metrics", "quantified impact"],
  principles: [
    "principles",
    "principle",
    "lp",
    "lps",
    "leadership principles",
    "leadership principle",
    "amazon lps",
    "amazon lp",
    "lp s",
    "lps covered",
    "principles covered",
  ],
  primaryPrinciples: [
    "primary lp",
    "primary lps",
    "primary principle",
    "primary principles",
    "main lp",
    "main principle",
  ],
  secondaryPrinciples: [
    "secondary lp",
    "secondary lps",
    "secondary principle",
    "secondary principles",
    "other lps",
    "other principles",
    "also covers",
  ],
  tags: ["tags", "tag", "labels", "label", "keywords", "themes", "topics"],
  role: ["role", "target role"],
  level: ["level", "target level", "lvl"],
  judgementCalls: [
    "judgement calls",
    "judgment calls",
    "judgement",
    "judgment",
    "decisions",
    "trade offs",
    "tradeoffs",
    "decision",
  ],
  dissent: ["dissent", "disagreement", "conflict", "pushback", "push back"],
  lessons: [
    "lessons",
    "lesson",
    "learnings",
    "learning",
    "lessons learned",
    "lessons learnt",
    "what i learned",
    "reflection",
    "takeaways",
  ],
  deepDiveNotes: [
    "deep dive",
    "deep dive notes",
    "follow ups",
    "follow up",
    "followups",
    "notes",
    "details",
    "follow up notes",
  ],
  spokenSeconds: ["time to tell s", "time to tell", "seconds", "duration", "duration s", "time s", "spoken seconds"],
  spokenMinutes: ["minutes", "time to tell min", "time min", "duration min", "mins", "time minutes"],
};

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize("NFKC")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Normalised header → target and rank (position in its synonym list: lower is the more usual name). */
const SYNONYM_INDEX = new Map<string, { target: CsvFieldTarget; rank: number }>();
for (const target of CSV_FIELD_TARGETS)
  HEADER_SYNONYMS[target].forEach((name, rank) => {
    SYNONYM_INDEX.set(normaliseHeader(name), { target, rank });
  });

/** The target a header suggests on its own, or null. Field names win over principle names ("Results"). */
export function targetForHeader(header: string): CsvTarget | null {
  return rankedTarget(header)?.target ?? null;
}

function rankedTarget(header: string): { target: CsvTarget; rank: number } | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  const field = SYNONYM_INDEX.get(key);
  if (field) return field;
  const principle = principleFromName(header);
  return principle ? { target: `principle:${principle}`, rank: 0 } : undefined;
}

/**
 * The suggested mapping: each header's own target. A single-value field (or a principle column)
 * suggested by several headers goes to the most usual name ("Title" over "Name"), then to the
 * leftmost; the others are left unmapped for the user to choose.
 */
export function suggestCsvMapping(headers: readonly string[]): (CsvTarget | null)[] {
  const ranked = headers.map(rankedTarget);
  const best = new Map<CsvTarget, number>();
  ranked.forEach((r, column) => {
    if (!r) return;
    const current = best.get(r.target);
    if (current === undefined || r.rank < ranked[current]!.rank) best.set(r.target, column);
  });
  return ranked.map((r, column) => {
    if (!r) return null;
    const exclusive = SINGLE_VALUE_TARGETS.has(r.target) || r.target.startsWith("principle:");
    return !exclusive || best.get(r.target) === column ? r.target : null;
  });
}

/** The exporter's columns, in order. Importing an export maps every one of them by its header. */
export const STORY_CSV_COLUMNS = [
  { header: "Title", target: "title" },
  { header: "Situation", target: "situation" },
  { header: "Task", target: "task" },
  { header: "Action", target: "action" },
  { header: "Result", target: "result" },
  { header: "Metrics", target: "metrics" },
  { header: "Principles", target: "principles" },
  { header: "Tags", target: "tags" },
  { header: "Role", target: "role" },
  { header: "Level", target: "level" },
  { header: "Judgement calls", target: "judgementCalls" },
  { header: "Dissent", target: "dissent" },
  { header: "Lessons", target: "lessons" },
  { header: "Deep-dive notes", target: "deepDiveNotes" },
  { header: "Time to tell (s)", target: "spokenSeconds" },
] as const satisfies readonly { header: string; target: CsvFieldTarget }[];
export type StoryCsvHeader = (typeof STORY_CSV_COLUMNS)[number]["header"];

/**
 * One exported row: every cell a string, blank for an absent value. Lists are one item per line
 * (a single item holding ; or | ends with a line break so it is not split on re-import); metrics
 * are "label: value"; principles are "id (primary)"; the time is whole seconds.
 */
export const storyCsvRowSchema = z
  .object(
    Object.fromEntries(STORY_CSV_COLUMNS.map((c) => [c.header, z.string().max(20_000)])) as Record<
      StoryCsvHeader,
      z.ZodString
    >,
  )
  .strict();
export type StoryCsvRow = z.infer<typeof storyCsvRowSchema>;
