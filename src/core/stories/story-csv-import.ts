/**
 * Import of a story spreadsheet (CSV), for people moving their bank from Excel or Sheets. Pure
 * and side-effect free: it returns the stories it could read, every problem by line and column,
 * and the column mapping used, and writes nothing. The caller shows that as a preview, lets the
 * user change the mapping, runs it again, and saves only when the user confirms.
 *
 * A row with an error is left out of `stories` and reported; a row with a warning is imported as
 * described in the warning. No row, column or cell is dropped without a problem saying so.
 */
import Papa from "papaparse";
import type { z } from "zod";
import { LEVELS, type Level, type PrincipleId, type Role } from "../content/pack-schema.js";
import { PRINCIPLE_NAMES, readPrincipleList, readPrincipleMark } from "./principle-names.js";
import {
  type CsvMapping,
  type CsvTarget,
  isCsvTarget,
  SINGLE_VALUE_TARGETS,
  suggestCsvMapping,
} from "./story-csv-columns.js";
import { type StoryContent, type StoryStrength, storyInputSchema } from "./story-schema.js";

/** A story bank is a few dozen rows; 2 MB and 2,000 rows leave room for notes-heavy sheets. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 2_000;
/** A preview lists at most this many problems; `totalProblems` says how many there were. */
export const MAX_REPORTED_CSV_PROBLEMS = 200;

export interface CsvProblem {
  /** Physical line where the record starts, 1-based, header = 1; 0 for the file as a whole. */
  line: number;
  /** Spreadsheet row number (header = 1); differs from `line` after cells holding line breaks. */
  row: number;
  /** Header of the column at fault, and its 1-based position. */
  column?: string;
  columnNumber?: number;
  severity: "error" | "warning";
  message: string;
}

export interface ImportedStory {
  line: number;
  row: number;
  story: StoryContent;
}

export interface StoryCsvImport {
  headers: string[];
  /** The mapping applied: the caller's, or the one suggested from the headers. */
  mapping: (CsvTarget | null)[];
  delimiter: string;
  /** Non-blank data rows read. */
  rowCount: number;
  stories: ImportedStory[];
  problems: CsvProblem[];
  totalProblems: number;
}

export interface StoryCsvImportOptions {
  /** One target (or null: skip) per column, from the preview. Defaults to `suggestCsvMapping`. */
  mapping?: CsvMapping;
}

function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Delimiter and line break from the header row: the most frequent of , ; tab outside quotes
 * (European spreadsheets save with ;). Headers are short names, so this is reliable where
 * papaparse's guess, made over data cells full of ; and |, is not.
 */
function sniff(text: string): { delimiter: string; newline: string } {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let newline = "\n";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      newline = c === "\r" ? (text[i + 1] === "\n" ? "\r\n" : "\r") : "\n";
      break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let delimiter = ",";
  for (const [candidate, count] of counts) if (count > counts.get(delimiter)!) delimiter = candidate;
  return { delimiter, newline };
}

interface RawRecord {
  cells: string[];
  line: number;
  row: number;
  quoteError?: string;
}

function readRecords(
  text: string,
  delimiter: string,
  newline: string,
  problems: CsvProblem[],
): RawRecord[] | undefined {
  const records: RawRecord[] = [];
  let row = 0;
  let previousCursor = 0;
  let countedTo = 0;
  let line = 1;
  let dataRows = 0;
  let overflow = false;
  Papa.parse(text, {
    delimiter,
    newline,
    step: (result, parser) => {
      row++;
      const start = previousCursor;
      previousCursor = result.meta.cursor;
      for (; countedTo < start; countedTo++) {
        const c = text.charCodeAt(countedTo);
        if (c === 10 || (c === 13 && text.charCodeAt(countedTo + 1) !== 10)) line++;
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === "")) return;
      if (records.length > 0 && ++dataRows > MAX_CSV_ROWS) {
        overflow = true;
        parser.abort();
        return;
      }
      const quote = result.errors.find((e) => e.type === "Quotes");
      records.push({ cells, line, row, ...(quote ? { quoteError: quote.message } : {}) });
    },
  });
  if (overflow) {
    problems.push({
      line: 0,
      row: 0,
      severity: "error",
      message: `The file has more than ${MAX_CSV_ROWS} stories. Split it into smaller files and import them one by one.`,
    });
    return undefined;
  }
  return records;
}

/** Items of a list cell: one per line when it has line breaks, else split on the separators. */
function splitList(cell: string, separators: RegExp): string[] {
  const pieces = /[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(separators);
  return pieces.map((p) => p.trim()).filter((p) => p !== "");
}

const ROLE_NAMES: Record<string, Role> = {
  pm: "pm",
  productmanager: "pm",
  pmt: "pmt",
  pmtechnical: "pmt",
  productmanagertechnical: "pmt",
  technicalproductmanager: "pmt",
  tpm: "tpm",
  technicalprogrammanager: "tpm",
};

function readRole(cell: string): Role | undefined {
  return ROLE_NAMES[cell.toLowerCase().replace(/[^a-z]/g, "")];
}

function readLevel(cell: string): Level | undefined {
  const m = /^(?:l|level)?\s*([0-9]+)$/.exec(cell.trim().toLowerCase());
  const level = m ? `L${m[1]}` : "";
  return (LEVELS as readonly string[]).includes(level) ? (level as Level) : undefined;
}

/** "150", "2:30", "2.5 min", "2 min 30 s", "90s" → seconds; a bare number in minutes when asked. */
export function readDuration(cell: string, bareUnit: "seconds" | "minutes"): number | undefined {
  const v = cell.trim().toLowerCase().replace(",", ".");
  let m = /^(\d+):([0-5]\d)$/.exec(v);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d+)\s*m(?:in(?:ute)?s?)?\.?\s*(\d+)\s*s(?:ec(?:ond)?s?)?\.?$/.exec(v);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?)?\.?$/.exec(v);
  if (!m) return undefined;
  const minutes = m[2] ? m[2].startsWith("m") : bareUnit === "minutes";
  return Math.round(Number(m[1]) * (minutes ? 60 : 1));
}

const LIST_SEPARATORS = /[;|]/;
const TAG_SEPARATORS = /[;,|]/;
/** Metrics with no "label:" get this label, and a warning saying so. */
export const DEFAULT_METRIC_LABEL = "Metric";

const ROLE_HINT = "use PM, PMT or TPM";
const LEVEL_HINT = "use L5, L6 or L7";

interface RowBuild {
  input: Record<string, unknown>;
  /** For each field, the column each value (or list item) came from. */
  origin: Map<string, number[]>;
  principles: { id: PrincipleId; strength: StoryStrength | undefined; column: number }[];
  errors: number;
}

function headerOf(headers: readonly string[], column: number): string {
  return headers[column]?.trim() || `column ${column + 1}`;
}

/** Reads one CSV file into stories and problems, without writing anything. */
export function importStoriesCsv(text: string, options: StoryCsvImportOptions = {}): StoryCsvImport {
  const problems: CsvProblem[] = [];
  const empty = (delimiter = ","): StoryCsvImport => ({
    headers: [],
    mapping: [],
    delimiter,
    rowCount: 0,
    stories: [],
    problems: problems.slice(0, MAX_REPORTED_CSV_PROBLEMS),
    totalProblems: problems.length,
  });
  const bytes = utf8Length(text);
  if (bytes > MAX_CSV_BYTES) {
    problems.push({
      line: 0,
      row: 0,
      severity: "error",
      message: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_CSV_BYTES / 1024 / 1024} MB can be imported.`,
    });
    return empty();
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const { delimiter, newline } = sniff(body);
  const records = readRecords(body, delimiter, newline, problems);
  if (!records) return empty(delimiter);
  const header = records[0];
  if (!header) {
    problems.push({
      line: 0,
      row: 0,
      severity: "error",
      message: "The file is empty: expected a header row and one row per story.",
    });
    return empty(delimiter);
  }
  const headers = header.cells.map((h) => h.trim());
  const mapping = resolveMapping(headers, options.mapping, problems);
  const rows = records.slice(1);
  const result: StoryCsvImport = {
    headers,
    mapping: mapping.targets,
    delimiter,
    rowCount: rows.length,
    stories: [],
    problems: [],
    totalProblems: 0,
  };
  if (mapping.fatal) {
    result.problems = problems.slice(0, MAX_REPORTED_CSV_PROBLEMS);
    result.totalProblems = problems.length;
    return result;
  }

  const unmappedWithData = new Set<number>();
  for (const record of rows) {
    const rowProblems: CsvProblem[] = [];
    const at = (column: number | undefined, severity: CsvProblem["severity"], message: string): void => {
      rowProblems.push({
        line: record.line,
        row: record.row,
        ...(column !== undefined ? { column: headerOf(headers, column), columnNumber: column + 1 } : {}),
        severity,
        message,
      });
    };
    if (record.quoteError)
      at(undefined, "error", `Broken quoting (${record.quoteError}): check for a stray or unclosed double quote.`);
    record.cells.forEach((cell, column) => {
      if (cell.trim() === "") return;
      if (column >= headers.length) at(column, "warning", "This cell is past the last header and is not imported.");
      else if (mapping.targets[column] === null) unmappedWithData.add(column);
    });
    const build = readRow(record.cells, mapping.targets, at);
    if (build.errors === 0) {
      const parsed = storyInputSchema.safeParse(build.input);
      if (parsed.success) {
        if (!rowProblems.some((p) => p.severity === "error"))
          result.stories.push({ line: record.line, row: record.row, story: parsed.data });
      } else {
        for (const issue of parsed.error.issues) reportIssue(issue, build, mapping.targets, at);
      }
    }
    problems.push(...rowProblems);
  }
  for (const column of [...unmappedWithData].sort((a, b) => a - b)) {
    problems.push({
      line: 1,
      row: 1,
      column: headerOf(headers, column),
      columnNumber: column + 1,
      severity: "warning",
      message: "This column is not mapped to a story field, so it is not imported.",
    });
  }
  problems.sort((a, b) => a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0));
  result.problems = problems.slice(0, MAX_REPORTED_CSV_PROBLEMS);
  result.totalProblems = problems.length;
  return result;
}

function resolveMapping(
  headers: readonly string[],
  requested: CsvMapping | undefined,
  problems: CsvProblem[],
): { targets: (CsvTarget | null)[]; fatal: boolean } {
  const targets: (CsvTarget | null)[] = [];
  let fatal = false;
  const headerProblem = (column: number, message: string) => {
    problems.push({
      line: 1,
      row: 1,
      column: headerOf(headers, column),
      columnNumber: column + 1,
      severity: "error",
      message,
    });
    fatal = true;
  };
  const source = requested ?? suggestCsvMapping(headers);
  const seen = new Map<CsvTarget, number>();
  for (let column = 0; column < headers.length; column++) {
    const target = source[column] ?? null;
    if (target !== null && !isCsvTarget(target)) {
      headerProblem(column, `"${String(target)}" is not a story field or principle column.`);
      targets.push(null);
      continue;
    }
    if (target !== null && (SINGLE_VALUE_TARGETS.has(target) || target.startsWith("principle:"))) {
      const earlier = seen.get(target);
      if (earlier !== undefined)
        headerProblem(
          column,
          `Both "${headerOf(headers, earlier)}" and this column are mapped to ${target}: map only one.`,
        );
      seen.set(target, column);
    }
    targets.push(target);
  }
  if (requested && requested.length > headers.length && requested.slice(headers.length).some((t) => t !== null)) {
    problems.push({
      line: 1,
      row: 1,
      severity: "error",
      message: `The mapping has ${requested.length} columns but the file has ${headers.length}.`,
    });
    fatal = true;
  }
  if (!targets.includes("title")) {
    problems.push({
      line: 1,
      row: 1,
      severity: "error",
      message: "No column is mapped to the story title: choose the column that names each story.",
    });
    fatal = true;
  }
  if (targets.includes("spokenSeconds") && targets.includes("spokenMinutes")) {
    headerProblem(
      targets.indexOf("spokenMinutes"),
      "Time to tell is mapped twice (seconds and minutes): map only one.",
    );
  }
  return { targets, fatal };
}

type At = (column: number | undefined, severity: CsvProblem["severity"], message: string) => void;

function readRow(cells: readonly string[], targets: readonly (CsvTarget | null)[], at: At): RowBuild {
  const build: RowBuild = { input: {}, origin: new Map(), principles: [], errors: 0 };
  const error = (column: number, message: string) => {
    at(column, "error", message);
    build.errors++;
  };
  const pushItems = (field: string, column: number, items: unknown[]) => {
    const list = (build.input[field] as unknown[] | undefined) ?? [];
    list.push(...items);
    build.input[field] = list;
    const origin = build.origin.get(field) ?? [];
    for (let i = 0; i < items.length; i++) origin.push(column);
    build.origin.set(field, origin);
  };
  const setValue = (field: string, column: number, value: unknown) => {
    build.input[field] = value;
    build.origin.set(field, [column]);
  };

  targets.forEach((target, column) => {
    if (target === null) return;
    const cell = cells[column] ?? "";
    if (target.startsWith("principle:")) {
      const reading = readPrincipleMark(cell);
      if (!reading.ok) error(column, reading.message);
      else if (reading.strength)
        build.principles.push({ id: target.slice(10) as PrincipleId, strength: reading.strength, column });
      return;
    }
    if (cell.trim() === "") return;
    switch (target) {
      case "title":
      case "situation":
      case "task":
      case "action":
      case "result":
      case "dissent":
      case "lessons":
      case "deepDiveNotes":
        setValue(target, column, cell);
        return;
      case "role": {
        const role = readRole(cell);
        if (role) setValue("role", column, role);
        else error(column, `"${cell.trim().slice(0, 40)}" is not a role: ${ROLE_HINT}.`);
        return;
      }
      case "level": {
        const level = readLevel(cell);
        if (level) setValue("level", column, level);
        else error(column, `"${cell.trim().slice(0, 40)}" is not a level: ${LEVEL_HINT}.`);
        return;
      }
      case "spokenSeconds":
      case "spokenMinutes": {
        const seconds = readDuration(cell, target === "spokenMinutes" ? "minutes" : "seconds");
        if (seconds === undefined)
          error(column, `"${cell.trim().slice(0, 40)}" is not a duration: write 150, 2:30 or 2.5 min.`);
        else setValue("spokenSeconds", column, seconds);
        return;
      }
      case "metrics": {
        const items = splitList(cell, LIST_SEPARATORS).map((item) => {
          const colon = item.indexOf(":");
          const label = colon < 0 ? "" : item.slice(0, colon).trim();
          const value = colon < 0 ? item : item.slice(colon + 1).trim();
          if (label === "") {
            at(
              column,
              "warning",
              `"${item.slice(0, 40)}" has no "label: value" form; imported with the label "${DEFAULT_METRIC_LABEL}".`,
            );
            return { label: DEFAULT_METRIC_LABEL, value };
          }
          return { label, value };
        });
        pushItems("metrics", column, items);
        return;
      }
      case "judgementCalls":
        pushItems("judgementCalls", column, splitList(cell, LIST_SEPARATORS));
        return;
      case "tags": {
        const existing = new Set(((build.input.tags as string[] | undefined) ?? []).map((t) => t.toLowerCase()));
        const tags: string[] = [];
        for (const tag of splitList(cell, TAG_SEPARATORS)) {
          if (existing.has(tag.toLowerCase())) {
            at(column, "warning", `The tag "${tag}" is listed twice; kept once.`);
            continue;
          }
          existing.add(tag.toLowerCase());
          tags.push(tag);
        }
        pushItems("tags", column, tags);
        return;
      }
      case "principles":
      case "primaryPrinciples":
      case "secondaryPrinciples": {
        const reading = readPrincipleList(cell);
        for (const piece of reading.unknown)
          error(
            column,
            `"${piece.slice(0, 40)}" is not a Leadership Principle: use its name, its id or a common abbreviation (CO, DD).`,
          );
        const forced: StoryStrength | undefined =
          target === "primaryPrinciples" ? "primary" : target === "secondaryPrinciples" ? "secondary" : undefined;
        for (const p of reading.principles) build.principles.push({ id: p.id, strength: forced ?? p.strength, column });
        return;
      }
    }
  });

  // Unmarked principles: the first is primary unless the row already names one; the rest are secondary.
  let hasPrimary = build.principles.some((p) => p.strength === "primary");
  const merged = new Map<PrincipleId, { strength: StoryStrength; column: number }>();
  for (const p of build.principles) {
    let strength = p.strength;
    if (!strength) {
      strength = hasPrimary ? "secondary" : "primary";
      hasPrimary = true;
    }
    const earlier = merged.get(p.id);
    if (earlier) {
      const kept: StoryStrength = earlier.strength === "primary" || strength === "primary" ? "primary" : "secondary";
      at(p.column, "warning", `${PRINCIPLE_NAMES[p.id]} is listed twice; kept once, as ${kept}.`);
      earlier.strength = kept;
      continue;
    }
    merged.set(p.id, { strength, column: p.column });
  }
  if (merged.size > 0) {
    build.input.principles = [...merged].map(([id, p]) => ({ id, strength: p.strength }));
    build.origin.set(
      "principles",
      [...merged.values()].map((p) => p.column),
    );
  }
  return build;
}

const FIELD_NAMES: Record<string, string> = {
  title: "The title",
  situation: "The situation",
  task: "The task",
  action: "The action",
  result: "The result",
  metrics: "Metric",
  principles: "Principle",
  tags: "Tag",
  judgementCalls: "Judgement call",
  dissent: "The dissent",
  lessons: "The lessons",
  deepDiveNotes: "The deep-dive notes",
  spokenSeconds: "The time to tell",
  role: "The role",
  level: "The level",
};

const LIST_NAMES: Record<string, string> = {
  metrics: "Metrics",
  principles: "Principles",
  tags: "Tags",
  judgementCalls: "Judgement calls",
};

function reportIssue(issue: z.core.$ZodIssue, build: RowBuild, targets: readonly (CsvTarget | null)[], at: At): void {
  const [field, index, part] = issue.path as (string | number)[];
  const key = String(field);
  const origin = build.origin.get(key);
  const mapped = targets.indexOf(key as CsvTarget);
  const column = origin?.[typeof index === "number" ? index : 0] ?? (mapped >= 0 ? mapped : undefined);
  const name = FIELD_NAMES[key] ?? key;
  let message: string;
  if (issue.code === "invalid_type" && build.input[key] === undefined)
    message = key === "title" ? "The title is empty: every story needs one." : `${name} is missing.`;
  else if (typeof index === "number")
    message = `${name} ${index + 1}${typeof part === "string" ? ` ${part}` : ""} ${issue.message}.`;
  else message = `${LIST_NAMES[key] ?? name} ${issue.message}.`;
  at(column, "error", message);
}
