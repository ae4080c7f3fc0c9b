/**
 * Export of stories as CSV, in the columns of STORY_CSV_COLUMNS. Built so that importing the
 * file with story-csv-import.ts gives back exactly the same content (a property test holds it
 * to that), and so a spreadsheet shows each list item on its own line.
 *
 * Cells are not "formula-escaped" (a leading ' before = + - @): that would change the user's
 * own text on the way back in, and a metric like "-30% latency" would show the quote in Excel.
 * The file holds only what the user wrote.
 */
import Papa from "papaparse";
import { STORY_CSV_COLUMNS, type StoryCsvRow } from "./story-csv-columns.js";
import type { StoryContent } from "./story-schema.js";

/**
 * One item per line. A lone item holding ; or | gets a trailing line break: on import a cell
 * without line breaks is split on ; and |, so this keeps it one item.
 */
function listCell(items: readonly string[]): string {
  if (items.length === 1 && /[;|]/.test(items[0]!)) return `${items[0]}\n`;
  return items.join("\n");
}

export function storyToCsvRow(story: StoryContent): StoryCsvRow {
  return {
    Title: story.title,
    Situation: story.situation ?? "",
    Task: story.task ?? "",
    Action: story.action ?? "",
    Result: story.result ?? "",
    Metrics: listCell(story.metrics.map((m) => `${m.label}: ${m.value}`)),
    Principles: story.principles.map((p) => `${p.id} (${p.strength})`).join("; "),
    Tags: story.tags.join("; "),
    Role: story.role?.toUpperCase() ?? "",
    Level: story.level ?? "",
    "Judgement calls": listCell(story.judgementCalls),
    Dissent: story.dissent ?? "",
    Lessons: story.lessons ?? "",
    "Deep-dive notes": story.deepDiveNotes ?? "",
    "Time to tell (s)": story.spokenSeconds === undefined ? "" : String(story.spokenSeconds),
  };
}

export interface StoryCsvExportOptions {
  /**
   * Start with a UTF-8 byte-order mark (default true): without it Excel reads the file as the
   * local code page and mangles every accent and curly quote. The importer skips it.
   */
  bom?: boolean;
}

/** RFC 4180 CSV: comma-separated, CRLF line ends, quotes only where a cell needs them. */
export function storiesToCsv(stories: readonly StoryContent[], options: StoryCsvExportOptions = {}): string {
  const headers = STORY_CSV_COLUMNS.map((c) => c.header);
  const rows = stories.map((story) => {
    const row = storyToCsvRow(story);
    return headers.map((h) => row[h]);
  });
  const csv = Papa.unparse([headers, ...rows], { newline: "\r\n", delimiter: "," });
  return `${options.bom === false ? "" : "\uFEFF"}${csv}\r\n`;
}
