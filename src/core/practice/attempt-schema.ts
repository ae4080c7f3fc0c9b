/**
 * A practice attempt: one question answered on the clock, with the follow-ups asked and answered
 * after it, and the coach's reading of the whole thread. The request schema is what the API
 * accepts; `buildAttempt` turns a request into the stored record by running the coach again on
 * the server, so a vote or score a client sends is never stored (the request has no field for
 * one, and the schema drops unknown keys).
 */
import { z } from "zod";
import { coachResultSchema, FOLLOW_UP_SOURCES, type FollowUp, followUpSchema } from "../coach/coach-result-schema.js";
import { normaliseQuestion } from "../coach/follow-ups.js";
import {
  addFollowUpAnswer,
  type FollowUpThread,
  MAX_ANSWER_CHARS,
  nextFollowUps,
  startThread,
} from "../coach/index.js";
import { type Principle, principleIdSchema, type Question, questionTypeSchema, text } from "../content/pack-schema.js";
import { storyIdSchema } from "../stories/story-schema.js";
import { drillTiming } from "./drill-timer.js";
import { PracticeError } from "./practice-error.js";

/** DESIGN.md: an answer is at most 20,000 characters. */
export const MAX_ATTEMPT_ANSWER_CHARS = MAX_ANSWER_CHARS;
/** The opening answer and up to four follow-ups: a Bar Raiser goes 3-4 levels deep, rarely more. */
export const MAX_ATTEMPT_TURNS = 5;
/** Longer than any interview slot (a 45-minute design drill with generous overrun). */
export const MAX_ATTEMPT_SECONDS = 4 * 60 * 60;
/** A follow-up question an interviewer might type in: longer than any pack follow-up (300). */
const MAX_FOLLOW_UP_CHARS = 1_000;

export const SELF_RATINGS = [1, 2, 3, 4, 5] as const;

const timestamp = z.iso.datetime({ offset: false, message: "must be an ISO timestamp like 2026-11-21T10:00:00.000Z" });

/** Kept exactly as typed (offsets point into it), so not trimmed; NUL cannot be stored in PostgreSQL. */
export const attemptAnswerSchema = z
  .string()
  .max(MAX_ATTEMPT_ANSWER_CHARS, `must be at most ${MAX_ATTEMPT_ANSWER_CHARS} characters`)
  .refine((value) => !value.includes("\u0000"), "must not contain NUL characters");

const seconds = z
  .number()
  .min(0, "must not be negative")
  .max(MAX_ATTEMPT_SECONDS, `must be at most ${MAX_ATTEMPT_SECONDS} seconds`);

/**
 * A follow-up as the client saw it: the object `nextFollowUps` returned, or the free text an
 * interviewer asked. Only its key and text are used, to find the same follow-up again.
 */
export const followUpRequestSchema = z.union([
  text(MAX_FOLLOW_UP_CHARS),
  z.object({
    text: text(MAX_FOLLOW_UP_CHARS),
    reason: z.string().max(MAX_FOLLOW_UP_CHARS).optional(),
    key: z.string().max(300).optional(),
    source: z.enum(FOLLOW_UP_SOURCES).optional(),
    depth: z.number().int().min(1).max(4).optional(),
  }),
]);
export type FollowUpRequest = z.infer<typeof followUpRequestSchema>;

export const attemptTurnRequestSchema = z.object({
  followUp: followUpRequestSchema.optional(),
  answer: attemptAnswerSchema,
  /** Seconds the user took on this turn, as the client measured them. */
  seconds: seconds.optional(),
});

export const attemptRequestSchema = z
  .object({
    questionId: z.string().min(1).max(160),
    storyId: storyIdSchema.optional(),
    /** A speech transcript: fillers and delivery count. */
    spoken: z.boolean().optional(),
    turns: z
      .array(attemptTurnRequestSchema)
      .min(1, "must hold the opening answer")
      .max(MAX_ATTEMPT_TURNS, `must have at most ${MAX_ATTEMPT_TURNS} turns`),
    selfRating: z.number().int().min(1).max(5).optional(),
    startedAt: timestamp,
    /** Seconds from the start to the first submit: what the clock judged. */
    answerSeconds: seconds,
  })
  .superRefine((request, ctx) => {
    request.turns.forEach((turn, index) => {
      if (index === 0 && turn.followUp !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["turns", 0, "followUp"],
          message: "the opening answer answers the question, not a follow-up",
        });
      if (index > 0 && turn.followUp === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["turns", index, "followUp"],
          message: "must say which follow-up it answers",
        });
    });
  });
export type AttemptRequest = z.infer<typeof attemptRequestSchema>;
export type AttemptRequestInput = z.input<typeof attemptRequestSchema>;

export const attemptIdSchema = z
  .string()
  .regex(/^attempt-[a-z0-9-]{4,60}$/, "must start with 'attempt-' followed by lowercase letters, digits or dashes");

export const attemptTurnSchema = z.object({
  /** Absent for the opening answer. */
  followUp: followUpSchema.optional(),
  answer: z.string(),
  /** This answer on its own: offsets point into `answer`. */
  result: coachResultSchema,
});
export type AttemptTurn = z.infer<typeof attemptTurnSchema>;

export const turnTimingSchema = z.object({
  /** Measured by the client; null when it did not say (follow-ups answered off the clock). */
  seconds: z.number().min(0).nullable(),
  words: z.number().int().min(0),
  /** The coach's estimate of the time to say it aloud. */
  spokenSeconds: z.number().int().min(0),
});
export type TurnTiming = z.infer<typeof turnTimingSchema>;

export const attemptSchema = z.object({
  version: z.literal(1),
  id: attemptIdSchema,
  questionId: z.string().min(1).max(160),
  questionType: questionTypeSchema,
  /** The question's principles, primary first. */
  principleIds: z.array(principleIdSchema),
  storyId: storyIdSchema.optional(),
  spoken: z.boolean(),
  turns: z.array(attemptTurnSchema).min(1).max(MAX_ATTEMPT_TURNS),
  /** All answers joined as the coach read them: `final` offsets point into this. */
  combinedText: z.string(),
  /** The whole thread read as one answer. */
  final: coachResultSchema,
  vote: z.number().int().min(1).max(4),
  score: z.number().int().min(0).max(100),
  selfRating: z.number().int().min(1).max(5).optional(),
  startedAt: timestamp,
  submittedAt: timestamp,
  answerSeconds: z.number().min(0),
  targetSeconds: z.number().int().min(0),
  limitSeconds: z.number().int().min(0),
  /** Seconds past the limit on the first answer (0 when within it). */
  overrunSeconds: z.number().min(0),
  /** One per turn, in turn order. */
  timings: z.array(turnTimingSchema),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** The few fields the picker and the dashboard need; an Attempt is one, and so is a lighter row. */
export type PracticeRecord = Pick<Attempt, "id" | "questionId" | "principleIds" | "vote" | "score" | "submittedAt"> &
  Partial<Pick<Attempt, "questionType" | "answerSeconds" | "overrunSeconds" | "storyId">>;

export interface BuildAttemptContext {
  id: string;
  now: Date;
}

/** How many follow-ups to look through when matching the one the client says it answered. */
const FOLLOW_UP_SEARCH = 50;

/**
 * The follow-up as the coach would have offered it at this point in the thread, matched by key
 * and then by text; anything else is treated as a question the interviewer asked in their own
 * words. The client's reason, source and depth are never taken on trust.
 */
function resolveFollowUp(
  thread: FollowUpThread,
  requested: FollowUpRequest | undefined,
  context: { principles: Principle[] },
): FollowUp | string {
  if (requested === undefined) return "Tell me more.";
  const offered = nextFollowUps(thread, context, FOLLOW_UP_SEARCH);
  const wantedText = normaliseQuestion(typeof requested === "string" ? requested : requested.text);
  if (typeof requested !== "string" && requested.key) {
    const byKey = offered.find((f) => f.key === requested.key && normaliseQuestion(f.text) === wantedText);
    if (byKey) return byKey;
  }
  const byText = offered.find((f) => normaliseQuestion(f.text) === wantedText);
  return byText ?? (typeof requested === "string" ? requested : requested.text);
}

const safeSeconds = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;

/**
 * The stored attempt for a request: the coach runs again over every turn (opening answer with
 * `startThread`, each follow-up with `addFollowUpAnswer`), and the vote and score come from the
 * thread's combined reading. Pure: the id and the clock are passed in. Throws a PracticeError
 * only when the question is not the one the request names.
 */
export function buildAttempt(
  request: AttemptRequest,
  question: Question,
  principles: readonly Principle[],
  context: BuildAttemptContext,
): Attempt {
  if (request.questionId !== question.id)
    throw new PracticeError(
      "question-mismatch",
      `The attempt is for question "${request.questionId}" but was checked against "${question.id}".`,
    );
  const coachContext = { principles: [...principles] };
  const spoken = request.spoken === true;
  const turns = request.turns.length > 0 ? request.turns : [{ answer: "" }];
  const [opening, ...followUps] = turns;
  let thread = startThread({ answer: opening!.answer, question, spoken }, coachContext);
  for (const turn of followUps) {
    const followUp = resolveFollowUp(thread, turn.followUp, coachContext);
    thread = addFollowUpAnswer(thread, followUp, turn.answer, coachContext);
  }
  const timing = drillTiming(question);
  const answerSeconds = safeSeconds(request.answerSeconds) ?? 0;
  const final = thread.combined;
  return {
    version: 1,
    id: context.id,
    questionId: question.id,
    questionType: question.type,
    principleIds: [...question.principles],
    ...(request.storyId !== undefined ? { storyId: request.storyId } : {}),
    spoken,
    turns: thread.turns.map((t) => ({
      ...(t.followUp ? { followUp: t.followUp } : {}),
      answer: t.answer,
      result: t.result,
    })),
    combinedText: thread.combinedText,
    final,
    vote: final.vote,
    score: final.score,
    ...(request.selfRating !== undefined ? { selfRating: request.selfRating } : {}),
    startedAt: request.startedAt,
    submittedAt: context.now.toISOString(),
    answerSeconds,
    targetSeconds: timing.targetSeconds,
    limitSeconds: timing.limitSeconds,
    overrunSeconds: Math.max(0, answerSeconds - timing.limitSeconds),
    timings: thread.turns.map((t, index) => ({
      seconds: index === 0 ? answerSeconds : safeSeconds(turns[index]?.seconds),
      words: t.result.stats.words,
      spokenSeconds: t.result.stats.spokenSeconds,
    })),
  };
}
