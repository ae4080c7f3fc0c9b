import { z } from "zod";
import { attemptAnswerSchema } from "../../../core/practice/attempt-schema.js";

export const draftKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9:._-]{0,119}$/, "must be 1-120 lowercase letters, digits and : . _ -");
export const draftParamsSchema = z.object({ key: draftKeySchema });
export const draftBodySchema = z.object({ text: attemptAnswerSchema }).strict();
export const draftResponseSchema = z.object({ key: z.string(), text: z.string(), updatedAt: z.string() });
export type DraftResponse = z.infer<typeof draftResponseSchema>;
