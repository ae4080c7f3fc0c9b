/**
 * zod schemas for the mock loop: the request a client sends, the generated plan, and the
 * running state the server stores as JSON. Types are inferred from them, so the stored shape
 * and the code cannot drift. Round and question positions are 0-based array indexes.
 */
import { z } from "zod";
import { levelSchema, principleIdSchema, roleSchema } from "../content/pack-schema.js";
import { loopCoachResultSchema } from "./coach-contract.js";
import { MAX_SEED } from "./seeded-random.js";

export const LOOP_KINDS = ["phone", "onsite"] as const;
export const loopKindSchema = z.enum(LOOP_KINDS);
export type LoopKind = z.infer<typeof loopKindSchema>;

/** The interviewers a loop can have; their descriptions and introductions come from the pack. */
export const PERSONA_IDS = [
  "hiring-manager",
  "peer",
  "engineering-manager",
  "cross-functional-partner",
  "bar-raiser",
] as const;
export const personaIdSchema = z.enum(PERSONA_IDS);
export type PersonaId = z.infer<typeof personaIdSchema>;

/** The question types a round can own as its functional exercise. */
export const FUNCTIONAL_AREAS = [
  "product-sense",
  "metrics",
  "strategy",
  "system-design",
  "program-execution",
  "technical-depth",
] as const;
export const functionalAreaSchema = z.enum(FUNCTIONAL_AREAS);
export type FunctionalArea = z.infer<typeof functionalAreaSchema>;

export const QUESTION_KINDS = ["behavioural", "functional"] as const;
export type LoopQuestionKind = (typeof QUESTION_KINDS)[number];

/** Onsite loops have at most five interviewers; a shorter test loop keeps the first N by priority. */
export const MAX_ROUNDS = 5;
/** The design caps an answer at 20,000 characters. */
export const MAX_ANSWER_CHARS = 20_000;
/** The Bar Raiser's four levels is the deepest any interviewer goes. */
export const MAX_FOLLOW_UPS = 4;

const timestamp = z.iso.datetime({ offset: true });
const questionId = z.string().min(1).max(120);
const storyId = z.string().trim().min(1).max(120);

export const seedSchema = z.number().int().min(0).max(MAX_SEED);

export const recentPracticeSchema = z.object({
  questionId,
  practisedAt: timestamp,
});
export type RecentPractice = z.infer<typeof recentPracticeSchema>;

/** What a client asks for; the server adds the pack and the practice history. */
export const loopRequestSchema = z.object({
  role: roleSchema,
  level: levelSchema,
  kind: loopKindSchema,
  seed: seedSchema.optional(),
  /** A shorter onsite loop for a quick run-through (ignored for a phone screen, which has one round). */
  rounds: z.number().int().min(1).max(MAX_ROUNDS).optional(),
  recent: z.array(recentPracticeSchema).max(10_000).optional(),
});
export type LoopRequest = z.infer<typeof loopRequestSchema>;

export const plannedQuestionSchema = z.object({
  questionId,
  /** The owned principle this question tests (behavioural questions). */
  principleId: principleIdSchema.optional(),
  kind: z.enum(QUESTION_KINDS),
});
export type PlannedQuestion = z.infer<typeof plannedQuestionSchema>;

export const loopRoundSchema = z.object({
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_ROUNDS - 1),
  persona: z.object({ id: personaIdSchema, name: z.string().min(1).max(80), introduction: z.string().min(1).max(400) }),
  minutes: z.number().int().min(1).max(120),
  principles: z.array(principleIdSchema).min(1).max(3),
  functionalArea: functionalAreaSchema.optional(),
  questions: z.array(plannedQuestionSchema).min(1).max(6),
});
export type LoopRound = z.infer<typeof loopRoundSchema>;

export const loopPlanSchema = z
  .object({
    version: z.literal(1),
    seed: seedSchema,
    role: roleSchema,
    level: levelSchema,
    kind: loopKindSchema,
    rounds: z.array(loopRoundSchema).min(1).max(MAX_ROUNDS),
  })
  .superRefine((plan, ctx) => {
    const owners = new Map<string, number>();
    plan.rounds.forEach((round, index) => {
      if (round.index !== index) {
        ctx.addIssue({ code: "custom", path: ["rounds", index, "index"], message: `must be ${index}` });
      }
      round.principles.forEach((principle, p) => {
        const owner = owners.get(principle);
        if (owner !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["rounds", index, "principles", p],
            message: `${principle} is already owned by round ${owner}; a principle has one owner`,
          });
        }
        owners.set(principle, index);
      });
    });
    if (plan.kind === "phone" && plan.rounds.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["rounds"], message: "a phone screen has exactly one round" });
    }
  });
export type LoopPlan = z.infer<typeof loopPlanSchema>;

export const followUpSourceSchema = z.enum(["probe", "question"]);

export const followUpExchangeSchema = z.object({
  text: z.string().min(1).max(600),
  depth: z.number().int().min(1).max(4),
  /** "probe": the principle's probes; "question": the question's own follow-ups. */
  source: followUpSourceSchema,
  answer: z.string().max(MAX_ANSWER_CHARS),
  coach: loopCoachResultSchema.optional(),
  askedAt: timestamp,
});
export type FollowUpExchange = z.infer<typeof followUpExchangeSchema>;

export const loopAnswerSchema = z.object({
  round: z.number().int().min(0),
  question: z.number().int().min(0),
  questionId,
  principleId: principleIdSchema.optional(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string().max(MAX_ANSWER_CHARS),
  coach: loopCoachResultSchema,
  storyId: storyId.optional(),
  answeredAt: timestamp,
  followUps: z.array(followUpExchangeSchema).max(MAX_FOLLOW_UPS),
});
export type LoopAnswer = z.infer<typeof loopAnswerSchema>;

export const storyReusedWarningSchema = z.object({
  code: z.literal("story-reused"),
  storyId,
  round: z.number().int().min(0),
  question: z.number().int().min(0),
  questionId,
  earlierRound: z.number().int().min(0),
  earlierQuestion: z.number().int().min(0),
  earlierQuestionId: questionId,
  message: z.string().max(600),
});
export type LoopWarning = z.infer<typeof storyReusedWarningSchema>;

export const LOOP_STATUSES = ["not-started", "in-progress", "paused", "finished"] as const;
export type LoopStatus = (typeof LOOP_STATUSES)[number];

export const loopStateSchema = z
  .object({
    version: z.literal(1),
    plan: loopPlanSchema,
    status: z.enum(LOOP_STATUSES),
    position: z.object({ round: z.number().int().min(0), question: z.number().int().min(0) }),
    startedAt: timestamp.optional(),
    finishedAt: timestamp.optional(),
    pauses: z.array(z.object({ pausedAt: timestamp, resumedAt: timestamp.optional() })).max(1000),
    answers: z.array(loopAnswerSchema).max(MAX_ROUNDS * 6),
    warnings: z.array(storyReusedWarningSchema).max(MAX_ROUNDS * 6),
  })
  .superRefine((state, ctx) => {
    const inPlan = (round: number, question: number) =>
      round < state.plan.rounds.length && question < (state.plan.rounds[round]?.questions.length ?? 0);
    if (!inPlan(state.position.round, state.position.question)) {
      ctx.addIssue({ code: "custom", path: ["position"], message: "position is outside the plan" });
    }
    const seen = new Set<string>();
    state.answers.forEach((answer, index) => {
      const planned = state.plan.rounds[answer.round]?.questions[answer.question];
      if (!planned || planned.questionId !== answer.questionId) {
        ctx.addIssue({ code: "custom", path: ["answers", index], message: "answer does not match a planned question" });
      }
      const key = `${answer.round}:${answer.question}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: ["answers", index], message: "question answered twice" });
      }
      seen.add(key);
    });
    if (state.status !== "not-started" && !state.startedAt) {
      ctx.addIssue({ code: "custom", path: ["startedAt"], message: "a started loop has a start time" });
    }
    if (state.status === "finished" && !state.finishedAt) {
      ctx.addIssue({ code: "custom", path: ["finishedAt"], message: "a finished loop has a finish time" });
    }
  });
export type LoopState = z.infer<typeof loopStateSchema>;
