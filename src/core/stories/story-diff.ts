/**
 * What changed between two saves of a story, for the history view: field by field, with the
 * before and after values, and for the long STAR and note fields a word-level diff so a
 * reworded sentence shows as the words that moved, not as two walls of text.
 */
import { PRINCIPLE_NAMES } from "./principle-names.js";
import { storyContent } from "./story-record.js";
import {
  STORY_TEXT_FIELDS,
  type StoryContent,
  type StoryMetric,
  type StoryPrinciple,
  type StoryTextField,
  type StoryVersion,
} from "./story-schema.js";

export type WordDiffOp = "same" | "added" | "removed";

export interface WordDiff {
  added: number;
  removed: number;
  /** Runs of words, in reading order; adjacent words with the same op are joined by a space. */
  parts: { op: WordDiffOp; text: string }[];
  /** "+12 words, −5 words" */
  summary: string;
}

export type FieldChange =
  | { field: StoryTextField; kind: "text"; before?: string; after?: string; words?: WordDiff }
  | {
      field: "title" | "role" | "level" | "spokenSeconds" | "archived";
      kind: "value";
      before?: string | number | boolean;
      after?: string | number | boolean;
    }
  | {
      field: "tags" | "judgementCalls";
      kind: "list";
      before: string[];
      after: string[];
      added: string[];
      removed: string[];
    }
  | {
      field: "metrics";
      kind: "metrics";
      added: StoryMetric[];
      removed: StoryMetric[];
      changed: { label: string; before: string; after: string }[];
    }
  | {
      field: "principles";
      kind: "principles";
      added: StoryPrinciple[];
      removed: StoryPrinciple[];
      changed: { id: StoryPrinciple["id"]; before: StoryPrinciple["strength"]; after: StoryPrinciple["strength"] }[];
      /** True when only the order changed (the first listed principle leads in exports). */
      reordered: boolean;
    };

export interface StoryDiff {
  changed: boolean;
  changes: FieldChange[];
  /** One line per change, for a compact history list. */
  summary: string[];
}

/**
 * Word diff by longest common subsequence, after trimming the common start and end (edits are
 * usually local). Past this many cells in the table the middle is shown as removed-then-added:
 * 4 million cells is about 2,000 × 2,000 words, far past any one story field.
 */
const MAX_LCS_CELLS = 4_000_000;

function words(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

export function diffWords(before: string, after: string): WordDiff {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: { op: WordDiffOp; word: string }[] = a.slice(0, start).map((word) => ({ op: "same", word }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_LCS_CELLS) {
    for (const word of midA) ops.push({ op: "removed", word });
    for (const word of midB) ops.push({ op: "added", word });
  } else {
    const n = midA.length;
    const m = midB.length;
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], in one flat array.
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ op: "same", word: midA[i]! });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
        // Removed before added, as diffs are usually read.
        ops.push({ op: "removed", word: midA[i]! });
        i++;
      } else {
        ops.push({ op: "added", word: midB[j]! });
        j++;
      }
    }
  }
  for (const word of a.slice(endA)) ops.push({ op: "same", word });

  const parts: WordDiff["parts"] = [];
  for (const { op, word } of ops) {
    const last = parts.at(-1);
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  }
  const added = ops.filter((o) => o.op === "added").length;
  const removed = ops.filter((o) => o.op === "removed").length;
  const plural = (n: number) => `${n} word${n === 1 ? "" : "s"}`;
  const summary =
    [added > 0 ? `+${plural(added)}` : "", removed > 0 ? `−${plural(removed)}` : ""].filter(Boolean).join(", ") ||
    "whitespace only";
  return { added, removed, parts, summary };
}

function listDiff(before: readonly string[], after: readonly string[]) {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

type Comparable = StoryContent & { archived?: boolean };

const FIELD_LABEL: Record<FieldChange["field"], string> = {
  title: "Title",
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
  metrics: "Metrics",
  principles: "Principles",
  tags: "Tags",
  role: "Role",
  level: "Level",
  judgementCalls: "Judgement calls",
  dissent: "Dissent",
  lessons: "Lessons",
  deepDiveNotes: "Deep-dive notes",
  spokenSeconds: "Time to tell",
  archived: "Archived",
};

function describe(change: FieldChange): string {
  const label = FIELD_LABEL[change.field];
  switch (change.kind) {
    case "text":
      if (change.before === undefined) return `${label} added`;
      if (change.after === undefined) return `${label} cleared`;
      return `${label}: ${change.words?.summary ?? "edited"}`;
    case "value":
      if (change.field === "archived") return change.after ? "Archived" : "Restored from the archive";
      return `${label}: ${change.before ?? "(none)"} → ${change.after ?? "(none)"}`;
    case "list":
    case "metrics": {
      const bits: string[] = [];
      if (change.added.length) bits.push(`${change.added.length} added`);
      if (change.removed.length) bits.push(`${change.removed.length} removed`);
      if (change.kind === "metrics" && change.changed.length) bits.push(`${change.changed.length} changed`);
      return `${label}: ${bits.join(", ") || "reordered"}`;
    }
    case "principles": {
      const bits = [
        ...change.added.map((p) => `+${PRINCIPLE_NAMES[p.id]} (${p.strength})`),
        ...change.removed.map((p) => `−${PRINCIPLE_NAMES[p.id]}`),
        ...change.changed.map((c) => `${PRINCIPLE_NAMES[c.id]} ${c.before} → ${c.after}`),
      ];
      return `${label}: ${bits.join(", ") || "reordered"}`;
    }
  }
}

/** Field-level changes from `before` to `after`, in the story's field order. */
export function diffStories(before: Comparable, after: Comparable): StoryDiff {
  const x = storyContent(before);
  const y = storyContent(after);
  const changes: FieldChange[] = [];
  if (x.title !== y.title) changes.push({ field: "title", kind: "value", before: x.title, after: y.title });
  for (const field of STORY_TEXT_FIELDS.slice(0, 4)) pushText(changes, field, x[field], y[field]);

  const metricKey = (m: StoryMetric) => m.label;
  if (JSON.stringify(x.metrics) !== JSON.stringify(y.metrics)) {
    const beforeByLabel = new Map(x.metrics.map((m) => [metricKey(m), m]));
    const afterByLabel = new Map(y.metrics.map((m) => [metricKey(m), m]));
    changes.push({
      field: "metrics",
      kind: "metrics",
      added: y.metrics.filter((m) => !beforeByLabel.has(m.label)),
      removed: x.metrics.filter((m) => !afterByLabel.has(m.label)),
      changed: y.metrics
        .filter((m) => beforeByLabel.has(m.label) && beforeByLabel.get(m.label)!.value !== m.value)
        .map((m) => ({ label: m.label, before: beforeByLabel.get(m.label)!.value, after: m.value })),
    });
  }
  if (JSON.stringify(x.principles) !== JSON.stringify(y.principles)) {
    const beforeById = new Map(x.principles.map((p) => [p.id, p]));
    const afterById = new Map(y.principles.map((p) => [p.id, p]));
    const added = y.principles.filter((p) => !beforeById.has(p.id));
    const removed = x.principles.filter((p) => !afterById.has(p.id));
    const changed = y.principles
      .filter((p) => beforeById.has(p.id) && beforeById.get(p.id)!.strength !== p.strength)
      .map((p) => ({ id: p.id, before: beforeById.get(p.id)!.strength, after: p.strength }));
    changes.push({
      field: "principles",
      kind: "principles",
      added,
      removed,
      changed,
      reordered: added.length === 0 && removed.length === 0 && changed.length === 0,
    });
  }
  for (const field of ["tags", "judgementCalls"] as const) {
    if (JSON.stringify(x[field]) === JSON.stringify(y[field])) continue;
    changes.push({ field, kind: "list", before: x[field], after: y[field], ...listDiff(x[field], y[field]) });
  }
  for (const field of ["role", "level", "spokenSeconds"] as const) {
    if (x[field] === y[field]) continue;
    changes.push({
      field,
      kind: "value",
      ...(x[field] !== undefined ? { before: x[field] } : {}),
      ...(y[field] !== undefined ? { after: y[field] } : {}),
    });
  }
  for (const field of STORY_TEXT_FIELDS.slice(4)) pushText(changes, field, x[field], y[field]);
  const wasArchived = before.archived ?? false;
  const isArchived = after.archived ?? false;
  if (wasArchived !== isArchived)
    changes.push({ field: "archived", kind: "value", before: wasArchived, after: isArchived });
  return { changed: changes.length > 0, changes, summary: changes.map(describe) };
}

function pushText(
  changes: FieldChange[],
  field: StoryTextField,
  before: string | undefined,
  after: string | undefined,
) {
  if (before === after) return;
  changes.push({
    field,
    kind: "text",
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(before !== undefined && after !== undefined ? { words: diffWords(before, after) } : {}),
  });
}

export interface HistoryEntry {
  version: number;
  savedAt: string;
  /** Against the previous version; version 1 lists every field it set. */
  diff: StoryDiff;
}

const EMPTY: StoryContent = { title: "", metrics: [], principles: [], tags: [], judgementCalls: [] };

/** The history view: each version, newest first, with what it changed. */
export function storyHistory(versions: readonly StoryVersion[]): HistoryEntry[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const out: HistoryEntry[] = sorted.map((v, i) => {
    const previous = sorted[i - 1];
    const before = previous ? { ...previous.content, archived: previous.archived } : { ...EMPTY, archived: false };
    const diff = diffStories(before, { ...v.content, archived: v.archived });
    if (!previous) diff.summary = ["Created"];
    return { version: v.version, savedAt: v.savedAt, diff };
  });
  return out.reverse();
}
