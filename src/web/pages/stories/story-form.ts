/**
 * The story form's values and how they become the API's create and edit bodies. Lists edited as
 * rows carry a client key so React keeps focus on the right row when one is removed; empty rows
 * are left out when saving. The server's schema is the only judge of what is valid: its
 * problems are placed back on the rows and fields they are about.
 */
import { randomId } from "@mantine/hooks";
import type { PrincipleId } from "../../../core/content/pack-schema.js";
import type { StoryStrength } from "../../../core/stories/story-schema.js";
import type { ApiProblem } from "../../api/client.js";
import type { Story, StoryInput, StoryUpdate } from "../../api/stories.js";
import type { Level, Role } from "../../lib/labels.js";

export interface MetricRow {
  key: string;
  label: string;
  value: string;
}

export interface PrincipleRow {
  key: string;
  id: PrincipleId | null;
  strength: StoryStrength;
}

export interface StoryFormValues {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  metrics: MetricRow[];
  principles: PrincipleRow[];
  tags: string[];
  role: Role | null;
  level: Level | null;
  /** One judgement call per line. */
  judgementCalls: string;
  dissent: string;
  lessons: string;
  deepDiveNotes: string;
  /** Measured time to tell, in seconds; "" to use the estimate. */
  spokenSeconds: number | string;
}

export const metricRow = (label = "", value = ""): MetricRow => ({ key: randomId(), label, value });
export const principleRow = (id: PrincipleId | null = null, strength: StoryStrength = "primary"): PrincipleRow => ({
  key: randomId(),
  id,
  strength,
});

export function emptyStoryForm(principle?: PrincipleId): StoryFormValues {
  return {
    title: "",
    situation: "",
    task: "",
    action: "",
    result: "",
    metrics: [metricRow()],
    principles: [principleRow(principle ?? null, "primary")],
    tags: [],
    role: null,
    level: null,
    judgementCalls: "",
    dissent: "",
    lessons: "",
    deepDiveNotes: "",
    spokenSeconds: "",
  };
}

export function storyToForm(story: Story): StoryFormValues {
  return {
    title: story.title,
    situation: story.situation ?? "",
    task: story.task ?? "",
    action: story.action ?? "",
    result: story.result ?? "",
    metrics: story.metrics.length > 0 ? story.metrics.map((m) => metricRow(m.label, m.value)) : [metricRow()],
    principles: story.principles.map((p) => principleRow(p.id, p.strength)),
    tags: [...story.tags],
    role: story.role ?? null,
    level: story.level ?? null,
    judgementCalls: story.judgementCalls.join("\n"),
    dissent: story.dissent ?? "",
    lessons: story.lessons ?? "",
    deepDiveNotes: story.deepDiveNotes ?? "",
    spokenSeconds: story.spokenSeconds ?? "",
  };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Which form row each item sent came from, to put the server's problems back on the right row. */
export interface RowOrigins {
  metrics: number[];
  principles: number[];
}

interface Content {
  title: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  metrics: { label: string; value: string }[];
  principles: { id: PrincipleId; strength: StoryStrength }[];
  tags: string[];
  role?: Role;
  level?: Level;
  judgementCalls: string[];
  dissent?: string;
  lessons?: string;
  deepDiveNotes?: string;
  spokenSeconds?: number;
}

const OPTIONAL_TEXT = ["situation", "task", "action", "result", "dissent", "lessons", "deepDiveNotes"] as const;

/** The form as story content; blank text and blank rows are absent, as the server stores them. */
export function formToContent(values: StoryFormValues): { content: Content; origins: RowOrigins } {
  const metrics = values.metrics
    .map((m, index) => ({ index, label: m.label.trim(), value: m.value.trim() }))
    .filter((m) => m.label !== "" || m.value !== "");
  const principles = values.principles
    .map((p, index) => ({ index, id: p.id, strength: p.strength }))
    .filter((p): p is { index: number; id: PrincipleId; strength: StoryStrength } => p.id !== null);
  const content: Content = {
    title: values.title.trim(),
    metrics: metrics.map(({ label, value }) => ({ label, value })),
    principles: principles.map(({ id, strength }) => ({ id, strength })),
    tags: values.tags.map((t) => t.trim()).filter(Boolean),
    judgementCalls: lines(values.judgementCalls),
  };
  for (const field of OPTIONAL_TEXT) {
    const text = values[field].trim();
    if (text) content[field] = text;
  }
  if (values.role) content.role = values.role;
  if (values.level) content.level = values.level;
  if (values.spokenSeconds !== "" && values.spokenSeconds !== undefined)
    content.spokenSeconds = Number(values.spokenSeconds);
  return { content, origins: { metrics: metrics.map((m) => m.index), principles: principles.map((p) => p.index) } };
}

export function toCreateInput(values: StoryFormValues): { input: StoryInput; origins: RowOrigins } {
  const { content, origins } = formToContent(values);
  return { input: content, origins };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, with cleared optional fields sent as null, on top of the version edited. */
export function toUpdate(values: StoryFormValues, story: Story): { update: StoryUpdate; origins: RowOrigins } {
  const { content, origins } = formToContent(values);
  const update: Record<string, unknown> = {};
  for (const key of ["title", "metrics", "principles", "tags", "judgementCalls"] as const) {
    if (!same(content[key], story[key])) update[key] = content[key];
  }
  for (const key of [...OPTIONAL_TEXT, "role", "level", "spokenSeconds"] as const) {
    if (content[key] === story[key]) continue;
    update[key] = content[key] ?? null;
  }
  return { update: { ...(update as StoryUpdate), baseVersion: story.version }, origins };
}

export function hasChanges(update: StoryUpdate): boolean {
  return Object.keys(update).some((key) => key !== "baseVersion");
}

const FIELD_NAMES = new Set([
  "title",
  "situation",
  "task",
  "action",
  "result",
  "metrics",
  "principles",
  "tags",
  "role",
  "level",
  "judgementCalls",
  "dissent",
  "lessons",
  "deepDiveNotes",
  "spokenSeconds",
]);

/**
 * The server's problems (`body.metrics.1.label`, `body.judgementCalls.2`) as form errors keyed
 * by form path (`metrics.3.label` when the second metric sent was the form's fourth row).
 */
export function placeProblems(
  problems: ApiProblem[],
  origins: RowOrigins,
): { byField: Record<string, string>; unplaced: ApiProblem[] } {
  const byField: Record<string, string> = {};
  const unplaced: ApiProblem[] = [];
  const add = (key: string, message: string) => {
    byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
  };
  for (const problem of problems) {
    const [, field, index, part] = problem.path.split(".");
    if (!field || !FIELD_NAMES.has(field)) {
      unplaced.push(problem);
      continue;
    }
    const n = index === undefined ? undefined : Number(index);
    if (field === "metrics" && n !== undefined && origins.metrics[n] !== undefined) {
      add(`metrics.${origins.metrics[n]}.${part === "value" ? "value" : "label"}`, problem.message);
    } else if (field === "principles" && n !== undefined && origins.principles[n] !== undefined) {
      add(`principles.${origins.principles[n]}.id`, problem.message);
    } else if ((field === "judgementCalls" || field === "tags") && n !== undefined) {
      add(field, `${field === "tags" ? "Tag" : "Line"} ${n + 1}: ${problem.message}`);
    } else {
      add(field, problem.message);
    }
  }
  return { byField, unplaced };
}
