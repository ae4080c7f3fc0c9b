/**
 * The running mock loop as pure state transitions. Each function takes the stored state (plain
 * JSON) and returns a new one; nothing is mutated, and times are passed in (ISO 8601 strings),
 * so the server stores whatever comes back and replays are exact.
 *
 * Flow: createLoopState → startLoop → (answerQuestion → addFollowUp* → nextQuestion)* →
 * nextRound … → finishLoop, with pauseLoop / resumeLoop at any point while running.
 * Questions may be skipped (nextQuestion or nextRound without answering); the debrief treats
 * a skipped question as missing evidence.
 */
import type { Principle, Question } from "../content/pack-schema.js";
import type { LoopCoachResult } from "./coach-contract.js";
import { type FollowUpSuggestion, followUpLimit, suggestFollowUp } from "./follow-up-probes.js";
import { LoopError } from "./loop-error.js";
import type {
  FollowUpExchange,
  LoopAnswer,
  LoopPlan,
  LoopRound,
  LoopState,
  LoopWarning,
  PlannedQuestion,
} from "./loop-schema.js";
import { MAX_ANSWER_CHARS } from "./loop-schema.js";

export function createLoopState(plan: LoopPlan): LoopState {
  return {
    version: 1,
    plan,
    status: "not-started",
    position: { round: 0, question: 0 },
    pauses: [],
    answers: [],
    warnings: [],
  };
}

function timeOf(at: string): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new LoopError("invalid-input", `"${at}" is not a valid time.`);
  return ms;
}

function requireRunning(state: LoopState) {
  if (state.status === "not-started") throw new LoopError("not-started", "Start the loop first.");
  if (state.status === "paused") throw new LoopError("paused", "The loop is paused; resume it first.");
  if (state.status === "finished") throw new LoopError("finished", "The loop is finished.");
}

export function startLoop(state: LoopState, at: string): LoopState {
  if (state.status !== "not-started") throw new LoopError("already-started", "The loop has already started.");
  timeOf(at);
  return { ...state, status: "in-progress", startedAt: at };
}

export interface CurrentQuestion {
  round: LoopRound;
  planned: PlannedQuestion;
  answer: LoopAnswer | undefined;
}

export function currentQuestion(state: LoopState): CurrentQuestion {
  const round = state.plan.rounds[state.position.round];
  const planned = round?.questions[state.position.question];
  if (!round || !planned) throw new LoopError("invalid-input", "The loop position is outside the plan.");
  return { round, planned, answer: findAnswer(state, state.position.round, state.position.question) };
}

function findAnswer(state: LoopState, round: number, question: number): LoopAnswer | undefined {
  return state.answers.find((a) => a.round === round && a.question === question);
}

export interface AnswerInput {
  text: string;
  coach: LoopCoachResult;
  /** The story-bank story this answer told, if the candidate picked one. */
  storyId?: string;
  at: string;
}

export interface AnswerOutcome {
  state: LoopState;
  /** New warnings raised by this answer (also kept in state.warnings for the debrief). */
  warnings: LoopWarning[];
}

/** Records the answer to the current question, flagging a story already told in this loop. */
export function answerQuestion(state: LoopState, input: AnswerInput): AnswerOutcome {
  requireRunning(state);
  timeOf(input.at);
  if (input.text.length > MAX_ANSWER_CHARS) {
    throw new LoopError(
      "invalid-input",
      `An answer is at most ${MAX_ANSWER_CHARS.toLocaleString("en-US")} characters.`,
    );
  }
  const { round, planned, answer: existing } = currentQuestion(state);
  if (existing)
    throw new LoopError("already-answered", "This question already has an answer; move on to the next one.");
  const storyId = input.storyId?.trim() || undefined;
  const answer: LoopAnswer = {
    round: state.position.round,
    question: state.position.question,
    questionId: planned.questionId,
    kind: planned.kind,
    text: input.text,
    coach: input.coach,
    answeredAt: input.at,
    followUps: [],
  };
  if (planned.principleId) answer.principleId = planned.principleId;
  if (storyId) answer.storyId = storyId;

  const warnings: LoopWarning[] = [];
  const earlier = storyId ? state.answers.find((a) => a.storyId === storyId) : undefined;
  if (earlier && storyId) {
    const earlierPersona = state.plan.rounds[earlier.round]?.persona.name ?? "an earlier interviewer";
    const sameRound = earlier.round === answer.round;
    warnings.push({
      code: "story-reused",
      storyId,
      round: answer.round,
      question: answer.question,
      questionId: answer.questionId,
      earlierRound: earlier.round,
      earlierQuestion: earlier.question,
      earlierQuestionId: earlier.questionId,
      message: sameRound
        ? `You already told this story to the ${round.persona.name} in this round. A second answer from the same story looks like a thin story bank; pick another story.`
        : `You already told this story to the ${earlierPersona} in round ${earlier.round + 1}. Interviewers compare notes in the debrief, so the ${round.persona.name} gets no new evidence from it, and it counts against you.`,
    });
  }
  return {
    state: { ...state, answers: [...state.answers, answer], warnings: [...state.warnings, ...warnings] },
    warnings,
  };
}

export interface FollowUpContent {
  questions: readonly Question[];
  principles: readonly Principle[];
}

/** The follow-up this interviewer would ask next on the current answer, if any. */
export function nextFollowUp(state: LoopState, content: FollowUpContent): FollowUpSuggestion | undefined {
  const { round, planned, answer } = currentQuestion(state);
  if (!answer) return undefined;
  return suggestFollowUp({
    persona: round.persona.id,
    planned,
    question: content.questions.find((q) => q.id === planned.questionId),
    principles: content.principles,
    asked: answer.followUps.map((f) => f.text),
    seed: state.plan.seed,
    round: state.position.round,
    questionIndex: state.position.question,
  });
}

export interface FollowUpInput {
  /** The follow-up question, usually from nextFollowUp. */
  text: string;
  depth: number;
  source: FollowUpExchange["source"];
  /** The candidate's reply. */
  answer: string;
  coach?: LoopCoachResult;
  at: string;
}

/** Adds a follow-up exchange to the current answer, up to the interviewer's depth. */
export function addFollowUp(state: LoopState, input: FollowUpInput): LoopState {
  requireRunning(state);
  timeOf(input.at);
  const { round, answer } = currentQuestion(state);
  if (!answer) throw new LoopError("not-answered", "Answer the question before its follow-ups.");
  const limit = followUpLimit(round.persona.id);
  if (answer.followUps.length >= limit) {
    throw new LoopError(
      "follow-up-limit",
      `The ${round.persona.name} asks at most ${limit} follow-ups on one answer; move on to the next question.`,
    );
  }
  if (!Number.isInteger(input.depth) || input.depth < 1 || input.depth > 4) {
    throw new LoopError("invalid-input", "A follow-up depth is 1 to 4.");
  }
  if (input.text.trim() === "") throw new LoopError("invalid-input", "A follow-up needs its question text.");
  if (input.answer.length > MAX_ANSWER_CHARS) {
    throw new LoopError(
      "invalid-input",
      `An answer is at most ${MAX_ANSWER_CHARS.toLocaleString("en-US")} characters.`,
    );
  }
  const exchange: FollowUpExchange = {
    text: input.text,
    depth: input.depth,
    source: input.source,
    answer: input.answer,
    askedAt: input.at,
  };
  if (input.coach) exchange.coach = input.coach;
  const updated: LoopAnswer = { ...answer, followUps: [...answer.followUps, exchange] };
  return { ...state, answers: state.answers.map((a) => (a === answer ? updated : a)) };
}

/** Moves to the next question of the current round. */
export function nextQuestion(state: LoopState): LoopState {
  requireRunning(state);
  const { round } = currentQuestion(state);
  if (state.position.question + 1 >= round.questions.length) {
    throw new LoopError("no-more-questions", "That was the last question of this round; move on to the next round.");
  }
  return { ...state, position: { round: state.position.round, question: state.position.question + 1 } };
}

/** Moves to the first question of the next round, skipping what is left of this one. */
export function nextRound(state: LoopState): LoopState {
  requireRunning(state);
  if (state.position.round + 1 >= state.plan.rounds.length) {
    throw new LoopError("no-more-rounds", "That was the last round; finish the loop to see the debrief.");
  }
  return { ...state, position: { round: state.position.round + 1, question: 0 } };
}

export function pauseLoop(state: LoopState, at: string): LoopState {
  requireRunning(state);
  const ms = timeOf(at);
  if (state.startedAt && ms < timeOf(state.startedAt)) {
    throw new LoopError("time-out-of-order", "A pause cannot come before the start.");
  }
  return { ...state, status: "paused", pauses: [...state.pauses, { pausedAt: at }] };
}

export function resumeLoop(state: LoopState, at: string): LoopState {
  if (state.status !== "paused") throw new LoopError("not-paused", "The loop is not paused.");
  const last = state.pauses.at(-1);
  if (!last) throw new LoopError("not-paused", "The loop is not paused.");
  if (timeOf(at) < timeOf(last.pausedAt))
    throw new LoopError("time-out-of-order", "Resuming cannot come before pausing.");
  return {
    ...state,
    status: "in-progress",
    pauses: [...state.pauses.slice(0, -1), { ...last, resumedAt: at }],
  };
}

/** Ends the loop (from running or paused); what was not answered stays unanswered. */
export function finishLoop(state: LoopState, at: string): LoopState {
  if (state.status === "not-started") throw new LoopError("not-started", "Start the loop first.");
  if (state.status === "finished") throw new LoopError("finished", "The loop is already finished.");
  let next = state;
  if (state.status === "paused") next = resumeLoop(state, at);
  return { ...next, status: "finished", finishedAt: at };
}

/** Time spent interviewing so far, in whole seconds, not counting pauses. */
export function activeSeconds(state: LoopState, now: string): number {
  if (!state.startedAt) return 0;
  const end = timeOf(state.finishedAt ?? now);
  let paused = 0;
  for (const pause of state.pauses) {
    const from = timeOf(pause.pausedAt);
    const to = pause.resumedAt ? timeOf(pause.resumedAt) : end;
    paused += Math.max(0, Math.min(to, end) - from);
  }
  return Math.max(0, Math.floor((end - timeOf(state.startedAt) - paused) / 1000));
}
