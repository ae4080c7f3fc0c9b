/**
 * The preparation plan's data: what the planner reads (the user's state today), what it
 * produces (weeks, tasks, dropped work) and the practice events that tick tasks off. Dates are
 * ISO calendar days and timestamps, so a plan round-trips through JSON unchanged.
 */
import { z } from "zod";
import {
  levelSchema,
  type PrincipleId,
  principleIdSchema,
  type QuestionType,
  questionTypeSchema,
  type Role,
  roleSchema,
} from "../content/pack-schema.js";

export const isoDateSchema = z.iso.date("must be a date like 2026-03-01");
const timestampSchema = z.iso.datetime({ offset: true, message: "must be an ISO timestamp like 2026-03-01T18:00:00Z" });

/** Coach votes: 1 Strong No Hire, 2 Not Inclined, 3 Inclined, 4 Strong Hire (DESIGN.md). */
export const voteValueSchema = z.number().int().min(1).max(4);

export const TASK_KINDS = [
  "story",
  "mock-loop",
  "principle-drill",
  "area-drill",
  "system-design-session",
  "product-sense-session",
  "pr-faq",
  "six-pager",
  "questions-to-ask",
  "reading",
] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

/** Functional areas drilled per role (DOMAIN.md, question types by role). */
export const ROLE_AREAS: Record<Role, readonly QuestionType[]> = {
  pm: ["product-sense", "metrics", "strategy"],
  pmt: ["product-sense", "metrics", "system-design", "technical-depth"],
  tpm: ["system-design", "program-execution", "technical-depth"],
};

export const AREA_NAMES: Record<QuestionType, string> = {
  behavioural: "Behavioural",
  "product-sense": "Product sense",
  metrics: "Metrics",
  strategy: "Strategy",
  "system-design": "System design",
  "program-execution": "Program execution",
  "technical-depth": "Technical depth",
};

export const completionSchema = z
  .object({
    taskId: z.string().min(1).max(160),
    /** Hours actually spent; counts against the week it was done in. */
    hoursDone: z.number().min(0).max(24),
    doneOn: isoDateSchema,
  })
  .strict();
export type TaskCompletion = z.infer<typeof completionSchema>;

const votesSchema = z.array(voteValueSchema).max(200);

export const planInputSchema = z
  .object({
    today: isoDateSchema,
    interviewDate: isoDateSchema,
    hoursPerWeek: z.number().min(1, "must be at least 1").max(60, "must be at most 60"),
    role: roleSchema,
    level: levelSchema,
    /** Strong stories the user has for each principle. */
    storiesPerPrinciple: z.partialRecord(principleIdSchema, z.number().int().min(0).max(100)).optional(),
    /** How well the story matrix covers each principle, 0 (not at all) to 1 (fully). */
    principleCoverage: z.partialRecord(principleIdSchema, z.number().min(0).max(1)).optional(),
    /** Recent coach votes, newest last. */
    recentVotes: z
      .object({
        principles: z.partialRecord(principleIdSchema, votesSchema).optional(),
        areas: z.partialRecord(questionTypeSchema, votesSchema).optional(),
      })
      .strict()
      .optional(),
    completions: z.array(completionSchema).max(2_000).optional(),
    /** Dates of full mock loops already done, in or outside the plan. */
    mockLoopsDone: z.array(isoDateSchema).max(100).optional(),
  })
  .strict()
  .refine((input) => input.interviewDate >= input.today, {
    message: "the interview date must be today or later",
    path: ["interviewDate"],
  });
export type PlanInput = z.input<typeof planInputSchema>;

export const planTaskSchema = z
  .object({
    /** Stable across re-plans: built from kind, target and ordinal, so ticks survive. */
    id: z.string().min(1).max(160),
    kind: taskKindSchema,
    title: z.string().min(1).max(300),
    /** A principle id, a functional area, a topic id, or null for tasks with no target. */
    target: z.string().max(120).nullable(),
    /** The ordinal among tasks of the same kind and target (second story, third mock). */
    n: z.number().int().min(1).max(100),
    plannedHours: z.number().positive().max(24),
    /** Week index from the plan's start date; for a done task, the week it was done in. */
    week: z.number().int().min(0),
    /** Suggested day; for a done task, the day it was done. */
    date: isoDateSchema,
    done: z.boolean(),
    doneOn: isoDateSchema.nullable(),
    hoursDone: z.number().min(0).max(24).nullable(),
    /** Practice minutes credited so far to a drill that is not finished yet. */
    progressMinutes: z.number().min(0),
    /** Where the task had been scheduled before it was done (null if never scheduled). */
    plannedDate: isoDateSchema.nullable(),
  })
  .strict();
export type PlanTask = z.infer<typeof planTaskSchema>;

export const DROP_REASONS = ["no-days-left", "longer-than-a-week", "not-enough-hours", "no-spaced-slot"] as const;
export const dropReasonSchema = z.enum(DROP_REASONS);
export type DropReason = z.infer<typeof dropReasonSchema>;

export const droppedTaskSchema = z
  .object({
    id: z.string().min(1).max(160),
    kind: taskKindSchema,
    title: z.string().min(1).max(300),
    target: z.string().max(120).nullable(),
    n: z.number().int().min(1).max(100),
    plannedHours: z.number().positive().max(24),
    reason: dropReasonSchema,
    /** A sentence the user can act on. */
    message: z.string().max(600),
  })
  .strict();
export type DroppedTask = z.infer<typeof droppedTaskSchema>;

export const planWeekSchema = z
  .object({ index: z.number().int().min(0), start: isoDateSchema, end: isoDateSchema })
  .strict();
export type PlanWeek = z.infer<typeof planWeekSchema>;

export const PLAN_VERSION = 1;

export const planSchema = z
  .object({
    version: z.literal(PLAN_VERSION),
    /** Week 0 starts here; re-plans keep it so week numbers and done ticks stay put. */
    startDate: isoDateSchema,
    /** The day this plan was computed for. */
    today: isoDateSchema,
    interviewDate: isoDateSchema,
    /** The day before the interview: no tasks. */
    restDate: isoDateSchema,
    hoursPerWeek: z.number().min(1).max(60),
    role: roleSchema,
    level: levelSchema,
    weeks: z.array(planWeekSchema),
    /** Ordered by date, then priority. */
    tasks: z.array(planTaskSchema),
    /** Ids of the tasks already done when the plan was made, to tell later progress apart. */
    doneWhenPlanned: z.array(z.string().max(160)),
    /** Work the plan wanted but could not fit, most important first. */
    dropped: z.array(droppedTaskSchema),
  })
  .strict();
export type Plan = z.infer<typeof planSchema>;

export const practiceEventSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("practice"),
      principleId: principleIdSchema.optional(),
      questionType: questionTypeSchema.optional(),
      minutes: z.number().min(0).max(600),
      at: timestampSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal("story-saved"),
      principleIds: z.array(principleIdSchema).min(1).max(16),
      at: timestampSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal("mock-finished"), at: timestampSchema }).strict(),
]);
export type PracticeEvent = z.infer<typeof practiceEventSchema>;

/** What the planner needs from the content pack: principle names and must-know topics. */
export interface PlanContent {
  principles?: readonly { id: PrincipleId; name: string }[];
  topics: readonly { id: string; name: string }[];
}

/** Picks the plan's content out of a loaded pack (or anything shaped like one). */
export function planContentFromPack(pack: {
  principles: readonly { id: PrincipleId; name: string }[];
  preparation: { topics: readonly { id: string; name: string }[] };
}): PlanContent {
  return {
    principles: pack.principles.map(({ id, name }) => ({ id, name })),
    topics: pack.preparation.topics.map(({ id, name }) => ({ id, name })),
  };
}
