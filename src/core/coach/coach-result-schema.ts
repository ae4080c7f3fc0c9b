/**
 * The coach output contract (DESIGN.md, "Coach output"), as a zod schema the server and CLI
 * validate against and the web client types itself from. Field names are the contract: add
 * fields, never rename them.
 */
import { z } from "zod";
import { principleIdSchema, questionTypeSchema } from "../content/pack-schema.js";

export const CRITERION_IDS = [
  "situation",
  "task",
  "action",
  "result",
  "quantified-result",
  "first-person",
  "team-credit",
  "judgment",
  "dissent",
  "learning",
  "customer",
  "specificity",
  "length",
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const RED_FLAG_IDS = [
  "hypothetical",
  "disowning",
  "vague",
  "off-topic",
  "too-short",
  "too-long",
  "team-credit-taken",
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const CRITERION_STATUSES = ["met", "partial", "missing"] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const NUMBER_ROLES = [
  "outcome",
  "baseline",
  "target",
  "year",
  "team-size",
  "duration",
  "version",
  "count",
] as const;

/** A quote from the answer: `quote === answer.slice(start, end)`. */
export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
});

export const criterionResultSchema = z.object({
  id: z.enum(CRITERION_IDS),
  status: z.enum(CRITERION_STATUSES),
  evidence: z.array(evidenceSchema),
  advice: z.string(),
  /** How much this criterion counts for the question's type (0 = reported but not scored). */
  weight: z.number().min(0),
});

export const redFlagResultSchema = z.object({
  id: z.enum(RED_FLAG_IDS),
  evidence: z.array(evidenceSchema),
  advice: z.string(),
});

export const principleResultSchema = z.object({
  id: principleIdSchema,
  name: z.string(),
  score: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});

export const keyPointResultSchema = z.object({
  id: z.string(),
  covered: z.boolean(),
  evidence: z.array(evidenceSchema),
});

export const FOLLOW_UP_SOURCES = ["gap", "question", "probe", "bar-raiser"] as const;

export const followUpSchema = z.object({
  text: z.string(),
  reason: z.string(),
  /** Stable identity of what is being asked; a thread never asks the same key twice. */
  key: z.string(),
  source: z.enum(FOLLOW_UP_SOURCES),
  /** 1 gentle clarification … 4 the Bar Raiser's hardest kind. */
  depth: z.number().int().min(1).max(4),
});

export const coachStatsSchema = z.object({
  words: z.number().int().min(0),
  sentences: z.number().int().min(0),
  spokenSeconds: z.number().int().min(0),
  numbers: z.number().int().min(0),
  fillers: z.number().int().min(0),
  fillersPer100: z.number().min(0),
  firstPersonSingular: z.number().int().min(0),
  firstPersonPlural: z.number().int().min(0),
  /** "..., right?" tag questions in speech; not counted as fillers. */
  tagQuestions: z.number().int().min(0),
});

export const segmentSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  label: z.enum(["situation", "task", "action", "result", "reflection"]),
  words: z.number().int().min(0),
});

export const numberMentionSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  role: z.enum(NUMBER_ROLES),
  unit: z.string(),
});

export const coachResultSchema = z.object({
  version: z.literal(1),
  vote: z.number().int().min(1).max(4),
  score: z.number().int().min(0).max(100),
  stats: coachStatsSchema,
  criteria: z.array(criterionResultSchema),
  redFlags: z.array(redFlagResultSchema),
  principles: z.array(principleResultSchema),
  keyPoints: z.array(keyPointResultSchema),
  followUps: z.array(followUpSchema),
  // Additions beyond the DESIGN.md contract.
  voteLabel: z.enum(["Strong No Hire", "Not Inclined", "Inclined", "Strong Hire"]),
  /** Why the vote is what it is, including any cap ("off-topic: capped at Strong No Hire"). */
  voteReasons: z.array(z.string()),
  questionType: questionTypeSchema,
  /** How well the answer fits the question, 0-1 (null without a question): below 0.2 is off-topic. */
  relevance: z.number().min(0).max(1).nullable(),
  /** The principles the question targets (from the question, the caller, or classifyQuestion). */
  targetPrinciples: z.array(principleIdSchema),
  segments: z.object({
    sentences: z.array(segmentSchema),
    shares: z.object({
      situation: z.number(),
      task: z.number(),
      action: z.number(),
      result: z.number(),
      reflection: z.number(),
    }),
    advice: z.array(z.string()),
  }),
  numbers: z.array(numberMentionSchema),
  fillers: z.array(evidenceSchema),
  /** True when the answer was longer than the 20,000-character cap and only its start was read. */
  truncated: z.boolean(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type CriterionResult = z.infer<typeof criterionResultSchema>;
export type RedFlagResult = z.infer<typeof redFlagResultSchema>;
export type PrincipleResult = z.infer<typeof principleResultSchema>;
export type KeyPointResult = z.infer<typeof keyPointResultSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type CoachStats = z.infer<typeof coachStatsSchema>;
export type CoachResult = z.infer<typeof coachResultSchema>;
