/** Request shapes of the coach endpoints, shared with the web client and the CLI's --jsonl. */
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "../../../core/coach/analyze-answer.js";
import { principleIdSchema } from "../../../core/content/pack-schema.js";

export const analyzeRequestSchema = z
  .object({
    answer: z.string().max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`),
    questionId: z.string().max(80).optional(),
    question: z.string().max(600, "must be at most 600 characters").optional(),
    principle: principleIdSchema.optional(),
    spoken: z.boolean().optional(),
  })
  .strict();
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export const classifyRequestSchema = z.object({
  text: z.string().trim().min(1, "must not be empty").max(600, "must be at most 600 characters"),
});

export const classifyResponseSchema = z.object({
  principles: z.array(z.object({ id: principleIdSchema, name: z.string(), score: z.number() })),
});
export type ClassifyResponse = z.infer<typeof classifyResponseSchema>;
