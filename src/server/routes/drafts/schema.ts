import { z } from "zod";
import { MAX_ANSWER_CHARS } from "../../../core/coach/analyze-answer.js";

export const draftKeySchema = z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,119}$/, "must be 1-120 lowercase letters, digits and : . _ -");
export const draftParamsSchema = z.object({ key: draftKeySchema });
export const draftBodySchema = z.object({ text: z.string().max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`) }).strict();
export const draftResponseSchema = z.object({ key: z.string(), text: z.string(), updatedAt: z.string() });
export type DraftResponse = z.infer<typeof draftResponseSchema>;
