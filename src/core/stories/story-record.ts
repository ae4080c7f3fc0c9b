/**
 * A story's life: create, edit, archive, restore, each save kept as a version. Pure: the caller
 * passes the id and the clock in and writes the returned records. Deleting a story is the
 * storage layer's job (it removes the story and its versions); there is nothing to compute.
 */
import {
  STORY_OPTIONAL_KEYS,
  type Story,
  type StoryContent,
  type StoryInput,
  type StoryUpdate,
  type StoryVersion,
  storyContentSchema,
  storyInputSchema,
  storyUpdateSchema,
} from "./story-schema.js";

/**
 * Conversational English runs at about 140-160 words a minute; DOMAIN.md's 2-3 minute answer of
 * 300-450 words is the same 150. Interview nerves push people faster, notes slow them down, so
 * 150 is the middle and the estimate is rounded to 5 s to avoid false precision.
 */
export const WORDS_PER_MINUTE = 150;

/** The parts the candidate actually says aloud; notes and lessons are kept for follow-ups. */
const SPOKEN_FIELDS = ["situation", "task", "action", "result"] as const;

/** Words as a reader counts them: whitespace-separated chunks holding a letter or a digit. */
export function countWords(value: string): number {
  let words = 0;
  for (const chunk of value.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(chunk)) words++;
  return words;
}

export interface TellingTime {
  seconds: number;
  /** True when computed from the words, false when the user gave the time. */
  estimated: boolean;
  words: number;
}

export function storyTellingTime(
  story: Pick<StoryContent, "spokenSeconds" | (typeof SPOKEN_FIELDS)[number]>,
): TellingTime {
  const words = SPOKEN_FIELDS.reduce((sum, field) => sum + countWords(story[field] ?? ""), 0);
  if (story.spokenSeconds !== undefined) return { seconds: story.spokenSeconds, estimated: false, words };
  return { seconds: Math.round(((words / WORDS_PER_MINUTE) * 60) / 5) * 5, estimated: true, words };
}

/** Only the content fields, in schema order, with absent optionals left out. */
export function storyContent(story: StoryContent | Story): StoryContent {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(storyContentSchema.shape)) {
    const value = (story as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as StoryContent;
}

function snapshot(story: Story): StoryVersion {
  return {
    storyId: story.id,
    version: story.version,
    savedAt: story.updatedAt,
    archived: story.archived,
    content: storyContent(story),
  };
}

export interface SavedStory {
  story: Story;
  /** The version to append to the story's history. */
  version: StoryVersion;
}

/** Validates the input (throws a ZodError if the caller skipped validation) and creates version 1. */
export function createStory(input: StoryInput, context: { id: string; now: Date }): SavedStory {
  const content = storyContent(storyInputSchema.parse(input));
  const at = context.now.toISOString();
  const story: Story = { id: context.id, ...content, archived: false, version: 1, createdAt: at, updatedAt: at };
  return { story, version: snapshot(story) };
}

export type StoryUpdateResult =
  | { ok: true; changed: true; story: Story; version: StoryVersion }
  /** Nothing differed from the current content: no new version is written. */
  | { ok: true; changed: false; story: Story }
  | { ok: false; code: "version-conflict"; message: string; currentVersion: number };

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function saved(story: Story, next: Story, now: Date): StoryUpdateResult {
  if (sameJson(storyContent(story), storyContent(next)) && story.archived === next.archived)
    return { ok: true, changed: false, story };
  const updated: Story = { ...next, version: story.version + 1, updatedAt: now.toISOString() };
  return { ok: true, changed: true, story: updated, version: snapshot(updated) };
}

/** Applies an edit. Fields set to null are cleared; fields left out keep their value. */
export function updateStory(story: Story, update: StoryUpdate, now: Date): StoryUpdateResult {
  const patch = storyUpdateSchema.parse(update);
  if (patch.baseVersion !== undefined && patch.baseVersion !== story.version) {
    return {
      ok: false,
      code: "version-conflict",
      message: `This story was saved again (version ${story.version}) after you opened version ${patch.baseVersion}: reload it and redo the edit.`,
      currentVersion: story.version,
    };
  }
  const next: Record<string, unknown> = { ...story };
  for (const [key, value] of Object.entries(patch)) {
    if (key === "baseVersion" || value === undefined) continue;
    if (value === null && (STORY_OPTIONAL_KEYS as readonly string[]).includes(key)) delete next[key];
    else next[key] = value;
  }
  // Keep the schema's key order so stored JSON and exports are stable.
  const ordered = {
    id: story.id,
    ...storyContent(next as Story),
    archived: story.archived,
    version: story.version,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
  };
  return saved(story, ordered, now);
}

/** Archived stories leave the matrix and the loop plan but keep their history. */
export function setStoryArchived(story: Story, archived: boolean, now: Date): StoryUpdateResult {
  return saved(story, { ...story, archived }, now);
}

/** The content a story had at a version, for "restore this version" (saved as a new version). */
export function restoreStoryVersion(story: Story, version: StoryVersion, now: Date): StoryUpdateResult {
  const next = {
    id: story.id,
    ...version.content,
    archived: story.archived,
    version: story.version,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
  };
  return saved(story, next, now);
}
