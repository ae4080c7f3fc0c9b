/**
 * The story bank's records: a STAR story with its principle mapping, the input accepted when a
 * story is created or edited, and the snapshot kept for every save. These schemas are the gate
 * for the API, the CSV importer and (later) the backup document, so every stored field
 * round-trips exactly: text is trimmed on the way in and never changed on the way out.
 */
import { z } from "zod";
import { levelSchema, principleIdSchema, roleSchema, text } from "../content/pack-schema.js";

export const STORY_STRENGTHS = ["primary", "secondary"] as const;
export const storyStrengthSchema = z.enum(STORY_STRENGTHS);
export type StoryStrength = z.infer<typeof storyStrengthSchema>;

/** Text that must stay on one line: it is a list item or a heading in exports. */
const oneLine = (max: number) => text(max).refine((value) => !/[\r\n]/.test(value), "must be on one line");

/** List items in a CSV cell are separated by these, so a tag may not contain them. */
const TAG_SEPARATORS = /[;,|]/;

export const storyMetricSchema = z
  .object({
    /** "p99 latency"; no colon, because exports write a metric as "label: value". */
    label: oneLine(80).refine((value) => !value.includes(":"), "must not contain ':' (it separates label and value)"),
    value: oneLine(200),
  })
  .strict();
export type StoryMetric = z.infer<typeof storyMetricSchema>;

export const storyPrincipleSchema = z.object({ id: principleIdSchema, strength: storyStrengthSchema }).strict();
export type StoryPrinciple = z.infer<typeof storyPrincipleSchema>;

export const storyTagSchema = oneLine(40).refine((value) => !TAG_SEPARATORS.test(value), "must not contain ; , or |");

/** Up to 30 minutes: anything longer is not one interview answer. */
export const MAX_SPOKEN_SECONDS = 30 * 60;

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: readonly T[], ctx: z.core.$RefinementCtx<readonly T[]>) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const earlier = seen.get(k);
      if (earlier !== undefined)
        ctx.addIssue({ code: "custom", path: [index], message: `repeats ${what} at position ${earlier + 1}` });
      seen.set(k, index);
    });
  };

const contentShape = {
  title: oneLine(160),
  situation: text(4_000).optional(),
  task: text(4_000).optional(),
  action: text(8_000).optional(),
  result: text(4_000).optional(),
  metrics: z.array(storyMetricSchema).max(20, "must have at most 20 items"),
  principles: z
    .array(storyPrincipleSchema)
    .max(16, "must have at most 16 items")
    .superRefine(uniqueBy((p) => p.id, "the principle")),
  tags: z
    .array(storyTagSchema)
    .max(20, "must have at most 20 items")
    .superRefine(uniqueBy((t) => t.toLowerCase(), "the tag")),
  role: roleSchema.optional(),
  level: levelSchema.optional(),
  /** The decisions taken without full data, each with what was given up. */
  judgementCalls: z.array(oneLine(400)).max(10, "must have at most 10 items"),
  /** A disagreement heard or voiced, how it was settled, and the commitment after. */
  dissent: text(2_000).optional(),
  lessons: text(2_000).optional(),
  /** Facts kept ready for the third and fourth follow-up: data, alternatives, exact role. */
  deepDiveNotes: text(8_000).optional(),
  /** Measured time to tell; when absent it is estimated from the words (see story-record.ts). */
  spokenSeconds: z
    .number()
    .int("must be whole seconds")
    .min(10, "must be at least 10 seconds")
    .max(MAX_SPOKEN_SECONDS, `must be at most ${MAX_SPOKEN_SECONDS} seconds (30 minutes)`)
    .optional(),
};

/** A story's content as stored: everything the user wrote, nothing the app derived. */
export const storyContentSchema = z.object(contentShape).strict();
export type StoryContent = z.infer<typeof storyContentSchema>;

export const STORY_TEXT_FIELDS = [
  "situation",
  "task",
  "action",
  "result",
  "dissent",
  "lessons",
  "deepDiveNotes",
] as const satisfies readonly (keyof StoryContent)[];
export type StoryTextField = (typeof STORY_TEXT_FIELDS)[number];

/** What "create a story" accepts: lists may be left out. */
export const storyInputSchema = z
  .object({
    ...contentShape,
    metrics: contentShape.metrics.default([]),
    principles: contentShape.principles.default([]),
    tags: contentShape.tags.default([]),
    judgementCalls: contentShape.judgementCalls.default([]),
  })
  .strict();
export type StoryInput = z.input<typeof storyInputSchema>;

const OPTIONAL_KEYS = [
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
] as const satisfies readonly (keyof StoryContent)[];
type OptionalKey = (typeof OPTIONAL_KEYS)[number];

/**
 * What "edit a story" accepts: only the fields that change. An optional field set to null is
 * cleared. `baseVersion`, when given, must be the version the edit was made on, so two tabs
 * editing the same story cannot silently overwrite each other.
 */
export const storyUpdateSchema = z
  .object({
    title: contentShape.title.optional(),
    metrics: contentShape.metrics.optional(),
    principles: contentShape.principles.optional(),
    tags: contentShape.tags.optional(),
    judgementCalls: contentShape.judgementCalls.optional(),
    ...(Object.fromEntries(OPTIONAL_KEYS.map((key) => [key, contentShape[key].unwrap().nullable().optional()])) as {
      [K in OptionalKey]: z.ZodOptional<z.ZodNullable<(typeof contentShape)[K]["_zod"]["def"]["innerType"]>>;
    }),
    baseVersion: z.number().int().min(1).optional(),
  })
  .strict();
export type StoryUpdate = z.input<typeof storyUpdateSchema>;
export const STORY_OPTIONAL_KEYS: readonly OptionalKey[] = OPTIONAL_KEYS;

export const storyIdSchema = z
  .string()
  .regex(/^story-[a-z0-9-]{4,60}$/, "must start with 'story-' followed by lowercase letters, digits or dashes");

const timestamp = z.iso.datetime({ offset: false, message: "must be an ISO timestamp like 2026-11-21T10:00:00.000Z" });

/** A story as the bank holds it. `version` counts saves, starting at 1. */
export const storySchema = z
  .object({
    id: storyIdSchema,
    ...contentShape,
    archived: z.boolean(),
    version: z.number().int().min(1),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
export type Story = z.infer<typeof storySchema>;

/** One save, kept for the history view. */
export const storyVersionSchema = z
  .object({
    storyId: storyIdSchema,
    version: z.number().int().min(1),
    savedAt: timestamp,
    archived: z.boolean(),
    content: storyContentSchema,
  })
  .strict();
export type StoryVersion = z.infer<typeof storyVersionSchema>;

/** The coach's quality rating of a story, 0-1. Absent until the story has been practised. */
export const storyQualitySchema = z.number().min(0).max(1);
export type StoryQualities = Readonly<Record<string, number | undefined>>;
