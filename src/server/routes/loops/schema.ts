/** Request shapes of /api/loops, shared with the web client. */
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "../../../core/coach/analyze-answer.js";
import { loopRequestSchema } from "../../../core/loop/loop-schema.js";

export const newLoopBodySchema = loopRequestSchema.omit({ recent: true }).strict();

const answerText = z
  .string()
  .max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`)
  .refine((v) => !v.includes("\u0000"), "must not contain NUL characters");

export const loopAnswerBodySchema = z
  .object({ answer: answerText, storyId: z.string().max(80).optional(), spoken: z.boolean().optional() })
  .strict();
export const loopFollowUpBodySchema = z.object({ answer: answerText, spoken: z.boolean().optional() }).strict();
export const loopActionSchema = z.enum(["start", "next-question", "next-round", "pause", "resume", "finish"]);
export const debriefQuerySchema = z.object({ format: z.enum(["json", "md"]).default("json") });
