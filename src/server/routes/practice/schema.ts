/** Request shapes of the practice endpoints, shared with the web client. */
import { z } from "zod";
import {
  difficultySchema,
  levelSchema,
  principleIdSchema,
  questionTypeSchema,
  roleSchema,
} from "../../../core/content/pack-schema.js";

export const attemptListQuerySchema = z.object({
  questionId: z.string().max(160).optional(),
  storyId: z.string().max(80).optional(),
  principle: principleIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const selfRatingBodySchema = z.object({ selfRating: z.number().int().min(1).max(5) }).strict();

export const compareQuerySchema = z.object({ before: z.string().max(80), after: z.string().max(80) });

export const nextDrillQuerySchema = z.object({
  kind: z.enum(["filter", "weakest-principle", "review-due", "question", "random"]).default("random"),
  questionId: z.string().max(160).optional(),
  principle: principleIdSchema.optional(),
  type: questionTypeSchema.optional(),
  role: roleSchema.optional(),
  level: levelSchema.optional(),
  difficulty: difficultySchema.optional(),
  seed: z.coerce.number().int().optional(),
});

export const retellingBodySchema = z.object({ storyId: z.string().max(80), answer: z.string().max(20_000) }).strict();
