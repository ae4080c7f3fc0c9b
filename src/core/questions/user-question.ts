/**
 * Questions the user adds themselves. They share the pack's question shape so search,
 * practice and export treat them alike; only the rubric parts may be empty.
 */
import { z } from "zod";
import {
  difficultySchema,
  keyPointSchema,
  levelSchema,
  principleIdSchema,
  questionSchema,
  questionTypeSchema,
  roleSchema,
  text,
} from "../content/pack-schema.js";

export const USER_QUESTION_PREFIX = "user-";

export const userQuestionSchema = questionSchema.extend({
  id: z.string().regex(/^user-[a-z0-9-]{4,40}$/, "must start with 'user-'"),
  keyPoints: z.array(keyPointSchema).max(20),
  tips: z.array(text(300)).max(20),
  followUps: z.array(text(300)).max(20),
  /** Where the user met the question, e.g. "phone screen, March 2026". */
  source: text(200).optional(),
});
export type UserQuestion = z.infer<typeof userQuestionSchema>;

/** What the "add a question" form and `POST /api/questions` accept. */
export const newUserQuestionSchema = z.object({
  text: text(600),
  type: questionTypeSchema,
  principles: z.array(principleIdSchema).min(1, "pick at least one principle").max(4),
  roles: z.array(roleSchema).min(1).default(["pm", "pmt", "tpm"]),
  levels: z.array(levelSchema).min(1).default(["L5", "L6", "L7"]),
  difficulty: difficultySchema.default("medium"),
  answerMinutes: z.number().min(1).max(60).optional(),
  tips: z.array(text(300)).max(20).default([]),
  followUps: z.array(text(300)).max(20).default([]),
  source: text(200).optional(),
});
export type NewUserQuestion = z.input<typeof newUserQuestionSchema>;

const DEFAULT_MINUTES: Record<z.infer<typeof questionTypeSchema>, number> = {
  behavioural: 3,
  "product-sense": 15,
  metrics: 12,
  strategy: 15,
  "system-design": 45,
  "program-execution": 25,
  "technical-depth": 12,
};

export function buildUserQuestion(input: z.output<typeof newUserQuestionSchema>, id: string): UserQuestion {
  return {
    id,
    type: input.type,
    text: input.text,
    principles: input.principles,
    roles: input.roles,
    levels: input.levels,
    difficulty: input.difficulty,
    answerMinutes: input.answerMinutes ?? DEFAULT_MINUTES[input.type],
    keyPoints: [],
    tips: input.tips,
    followUps: input.followUps,
    ...(input.source ? { source: input.source } : {}),
  };
}
