/** Request shapes of /api/stories, shared with the web client. */
import { z } from "zod";
import { isCsvTarget } from "../../../core/stories/story-csv-columns.js";
import { storyInputSchema } from "../../../core/stories/story-schema.js";

export const storyListQuerySchema = z.object({
  archived: z.enum(["include", "only", "exclude"]).default("exclude"),
});

export const archiveBodySchema = z.object({ archived: z.boolean() }).strict();
export const restoreBodySchema = z.object({ version: z.number().int().min(1) }).strict();

/** CSV imports are capped at 2 MB (the importer also checks it, with the row it stopped at). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export const csvPreviewBodySchema = z
  .object({
    csv: z.string().max(MAX_CSV_BYTES, "must be at most 2 MB"),
    mapping: z
      .array(z.string().nullable())
      .max(200)
      .refine((targets) => targets.every((t) => t === null || isCsvTarget(t)), "holds an unknown column target")
      .optional(),
  })
  .strict();

export const csvConfirmBodySchema = z.object({ stories: z.array(storyInputSchema).min(1).max(2_000) }).strict();

export const exportQuerySchema = z.object({ format: z.enum(["csv", "md", "json"]).default("json") });
