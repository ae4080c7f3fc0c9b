/**
 * Stories as Markdown "story cards": one card per story, to print, to keep next to the laptop
 * during a video interview, or to paste into notes. The STAR parts, notes and lessons are the
 * user's own prose and are kept verbatim (their bullets and emphasis survive); one-line values
 * (title, tags, metrics, judgement calls) are escaped so they cannot break the card's layout.
 */
import { PRINCIPLE_NAMES } from "./principle-names.js";
import { storyQuality } from "./story-matrix.js";
import type { StoryRef } from "./story-overlap.js";
import { storyTellingTime } from "./story-record.js";
import type { StoryContent, StoryQualities } from "./story-schema.js";

/** Backslash-escapes the characters that start Markdown syntax inside a line. */
export function escapeInline(value: string): string {
  return value
    .replace(/[\\`*_[\]{}<>#|!~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])(\s)/, "$1\\$2$3")
    .replace(/^(\s*\d+)([.)])(\s)/, "$1\\$2$3");
}

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

export interface StoryCardOptions {
  /** Heading level of the card title (default 2, so a file of cards can have a # title). */
  headingLevel?: 1 | 2 | 3;
  /** The coach's quality rating, shown when given. */
  quality?: number;
}

function block(label: string, value: string | undefined): string[] {
  return value ? [`**${label}.** ${value}`, ""] : [];
}

/** One story card. Ends with a newline. */
export function storyCard(story: StoryContent, options: StoryCardOptions = {}): string {
  const lines: string[] = [`${"#".repeat(options.headingLevel ?? 2)} ${escapeInline(story.title)}`, ""];
  const facts: string[] = [];
  if (story.principles.length > 0) {
    const primary = story.principles.filter((p) => p.strength === "primary").map((p) => PRINCIPLE_NAMES[p.id]);
    const secondary = story.principles.filter((p) => p.strength === "secondary").map((p) => PRINCIPLE_NAMES[p.id]);
    if (primary.length) facts.push(`- **Primary:** ${primary.join(" · ")}`);
    if (secondary.length) facts.push(`- **Secondary:** ${secondary.join(" · ")}`);
  }
  const time = storyTellingTime(story);
  const who = [story.role?.toUpperCase(), story.level].filter(Boolean).join(" ");
  const timing = `${time.estimated ? "~" : ""}${formatDuration(time.seconds)}${time.estimated ? ` (estimated from ${time.words} words)` : ""}`;
  facts.push(`- **Time to tell:** ${timing}`);
  if (who) facts.push(`- **Role and level:** ${who}`);
  if (options.quality !== undefined) facts.push(`- **Coach rating:** ${Math.round(options.quality * 100)}%`);
  if (story.tags.length) facts.push(`- **Tags:** ${story.tags.map(escapeInline).join(", ")}`);
  lines.push(...facts, "");
  lines.push(...block("Situation", story.situation));
  lines.push(...block("Task", story.task));
  lines.push(...block("Action", story.action));
  lines.push(...block("Result", story.result));
  if (story.metrics.length) {
    lines.push("**Metrics**", "", "| Metric | Value |", "| --- | --- |");
    for (const m of story.metrics) lines.push(`| ${escapeInline(m.label)} | ${escapeInline(m.value)} |`);
    lines.push("");
  }
  if (story.judgementCalls.length) {
    lines.push("**Judgement calls**", "");
    for (const call of story.judgementCalls) lines.push(`- ${escapeInline(call)}`);
    lines.push("");
  }
  lines.push(...block("Dissent", story.dissent));
  lines.push(...block("Lessons", story.lessons));
  lines.push(...block("Deep-dive notes", story.deepDiveNotes));
  while (lines.at(-1) === "") lines.pop();
  return `${lines.join("\n")}\n`;
}

/** A file of cards, separated by rules, under one title. Archived stories are the caller's choice. */
export function storiesToMarkdown(
  stories: readonly StoryRef[],
  options: { title?: string; qualities?: StoryQualities } = {},
): string {
  const cards = stories.map((story) => {
    const quality = storyQuality(options.qualities, story.id);
    return storyCard(story.content, quality === undefined ? {} : { quality });
  });
  const title = `# ${escapeInline(options.title ?? "Story bank")}\n\n`;
  return title + (cards.length > 0 ? cards.join("\n---\n\n") : "_No stories yet._\n");
}
