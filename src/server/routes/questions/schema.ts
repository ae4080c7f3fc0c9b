/** Request and response shapes of /api/questions, shared with the web client. */
import { z } from "zod";
import {
  difficultySchema,
  levelSchema,
  principleIdSchema,
  questionSchema,
  questionTypeSchema,
  roleSchema,
} from "../../../core/content/pack-schema.js";

export const questionListQuerySchema = z.object({
  search: z.string().trim().max(200, "must be at most 200 characters").optional(),
  principle: principleIdSchema.optional(),
  type: questionTypeSchema.optional(),
  role: roleSchema.optional(),
  level: levelSchema.optional(),
  difficulty: difficultySchema.optional(),
  custom: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const questionSummarySchema = questionSchema
  .pick({
    id: true,
    type: true,
    text: true,
    principles: true,
    roles: true,
    levels: true,
    difficulty: true,
    answerMinutes: true,
  })
  .extend({ custom: z.boolean() });
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const questionDetailSchema = questionSchema.extend({
  keyPoints: z.array(questionSchema.shape.keyPoints.element),
  tips: z.array(z.string()),
  followUps: z.array(z.string()),
  custom: z.boolean(),
  source: z.string().optional(),
});
export type QuestionDetail = z.infer<typeof questionDetailSchema>;

export const questionListResponseSchema = z.object({
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
  items: z.array(questionSummarySchema),
  /** Counts over the whole filtered result, for the facet badges. */
  counts: z.object({ byType: z.record(z.string(), z.number()), byPrinciple: z.record(z.string(), z.number()) }),
});
export type QuestionListResponse = z.infer<typeof questionListResponseSchema>;
