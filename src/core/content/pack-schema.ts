/**
 * The content-pack schema: what a pack's YAML files must hold once parsed.
 * Packs are data, so this schema is the only gate between a typo in YAML and the app.
 */
import { z } from "zod";

export const PRINCIPLE_IDS = [
  "customer-obsession",
  "ownership",
  "invent-and-simplify",
  "are-right-a-lot",
  "learn-and-be-curious",
  "hire-and-develop-the-best",
  "insist-on-the-highest-standards",
  "think-big",
  "bias-for-action",
  "frugality",
  "earn-trust",
  "dive-deep",
  "have-backbone-disagree-and-commit",
  "deliver-results",
  "strive-to-be-earths-best-employer",
  "success-and-scale-bring-broad-responsibility",
] as const;
export const principleIdSchema = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof principleIdSchema>;

export const QUESTION_TYPES = [
  "behavioural",
  "product-sense",
  "metrics",
  "strategy",
  "system-design",
  "program-execution",
  "technical-depth",
] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const ROLES = ["pm", "pmt", "tpm"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LEVELS = ["L5", "L6", "L7"] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const difficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof difficultySchema>;

/** PostgreSQL text cannot hold NUL characters, so no text field may contain one. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !value.includes("\u0000"), "must not contain NUL characters");
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and dashes");

/**
 * A detection signal: a lowercase word or phrase; a trailing `*` on a word matches any ending
 * ("segment*" matches "segments", "segmentation").
 */
export const signalSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9$%'’ .\-/*&+]+$/, "signals are lowercase words or phrases; '*' marks a prefix");

export const packManifestSchema = z.object({
  id: kebabId,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  schemaVersion: z.literal(1),
  title: text(120),
  languages: z.array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/)).min(1),
  description: text(600).optional(),
});

export const probeSchema = z.object({
  text: text(300),
  /** 1 is a gentle clarifying question, 4 is the Bar Raiser's hardest kind. */
  depth: z.number().int().min(1).max(4),
});

export const principleSchema = z.object({
  id: principleIdSchema,
  name: text(80),
  summary: text(600),
  listenFor: z.array(text(300)).min(4),
  redFlags: z.array(text(300)).min(3),
  probes: z.array(probeSchema).min(6),
  levels: z.object({ L5: text(400), L6: text(400), L7: text(400) }),
  signals: z.array(signalSchema).min(8),
});

export const keyPointSchema = z.object({
  id: kebabId,
  text: text(300),
  signals: z.array(signalSchema).min(2),
});

export const questionSchema = z.object({
  id: kebabId,
  type: questionTypeSchema,
  text: text(600),
  principles: z.array(principleIdSchema).min(1).max(4),
  roles: z.array(roleSchema).min(1),
  levels: z.array(levelSchema).min(1),
  difficulty: difficultySchema,
  /** Suggested spoken answer time; behavioural answers aim for 2-3 minutes. */
  answerMinutes: z.number().min(1).max(60),
  keyPoints: z.array(keyPointSchema).min(3),
  tips: z.array(text(300)).min(2),
  followUps: z.array(text(300)).min(3),
  redFlags: z.array(text(300)).optional(),
  /** True for the sample questions that come from the seed guides (rewritten in our words). */
  seed: z.boolean().optional(),
});

export const stageSchema = z.object({
  id: kebabId,
  name: text(80),
  who: text(200),
  length: text(80),
  whatHappens: z.array(text(300)).min(2),
  howToPrepare: z.array(text(300)).min(1),
});

export const personaSchema = z.object({
  id: kebabId,
  name: text(80),
  whoTheyAre: text(400),
  howTheyProbe: z.array(text(300)).min(3),
  typicalPrinciples: z.array(principleIdSchema).min(1),
  introduction: text(400),
});

export const roleProfileSchema = z.object({
  id: roleSchema,
  name: text(80),
  summary: text(600),
  questionMix: z.array(z.object({ type: questionTypeSchema, share: z.number().min(0).max(1) })).min(1),
  functionalAreas: z.array(text(200)).min(2),
  levels: z.object({ L5: text(400), L6: text(400), L7: text(400) }),
});

export const voteSchema = z.object({
  value: z.number().int().min(1).max(4),
  name: text(40),
  meaning: text(300),
});

export const processSchema = z.object({
  stages: z.array(stageSchema).min(4),
  personas: z.array(personaSchema).min(5),
  roles: z.array(roleProfileSchema).length(3),
  votes: z.array(voteSchema).length(4),
  debrief: z.object({
    steps: z.array(text(300)).min(3),
    rules: z.array(text(300)).min(2),
    levelCalibration: z.array(z.object({ dimension: text(80), L5: text(300), L6: text(300), L7: text(300) })).min(4),
  }),
});

export const preparationSchema = z.object({
  checklist: z.array(z.object({ id: kebabId, group: text(60), text: text(300) })).min(10),
  topics: z.array(z.object({ id: kebabId, name: text(80), explanation: text(1200), whyItMatters: text(400) })).min(8),
  questionsToAsk: z.array(z.object({ text: text(300), why: text(300) })).min(8),
  mistakes: z
    .array(z.object({ id: kebabId, title: text(120), bad: text(800), good: text(1200), why: text(400) }))
    .min(6),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type Principle = z.infer<typeof principleSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ProcessContent = z.infer<typeof processSchema>;
export type Preparation = z.infer<typeof preparationSchema>;
