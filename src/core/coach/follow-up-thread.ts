/**
 * A follow-up thread: the first answer, then each follow-up asked and answered. Every new answer
 * is read in the context of the whole thread, so a number given in a follow-up fills the
 * quantified-result gap, and the thread never asks the same thing twice. Threads are plain,
 * immutable, JSON-safe values: the server can store them and the browser can replay them.
 */
import type { Principle } from "../content/pack-schema.js";
import { type AnalyzeInput, analyzeAnswer, type CoachContext, MAX_ANSWER_CHARS } from "./analyze-answer.js";
import type { CoachResult, FollowUp } from "./coach-result-schema.js";
import { buildFollowUps, normaliseQuestion } from "./follow-ups.js";

export interface ThreadTurn {
  /** The follow-up this turn answers; absent for the opening answer. */
  followUp?: FollowUp;
  answer: string;
  /** This answer on its own (offsets into `answer`). */
  result: CoachResult;
}

export interface FollowUpThread {
  version: 1;
  input: Omit<AnalyzeInput, "answer">;
  turns: ThreadTurn[];
  /** Keys and normalised texts of every follow-up asked so far. */
  asked: string[];
  /** All answers joined; `combined` offsets point into this text. */
  combinedText: string;
  /** The whole thread read as one answer: what the interviewer now knows. */
  combined: CoachResult;
}

const TURN_SEPARATOR = "\n\n";

/** Probe depth grows with the thread: 2 after the opening answer, then 3, then 4. */
function depthFor(turns: number): number {
  return Math.min(4, 1 + turns);
}

function combine(
  input: Omit<AnalyzeInput, "answer">,
  turns: readonly { answer: string }[],
  asked: ReadonlySet<string>,
  context: CoachContext,
): { text: string; result: CoachResult } {
  const text = turns
    .map((t) => t.answer)
    .join(TURN_SEPARATOR)
    .slice(0, MAX_ANSWER_CHARS);
  const result = analyzeAnswer({ ...input, answer: text }, context, { followUpDepth: depthFor(turns.length), asked });
  return { text, result };
}

function stripAnswer(input: AnalyzeInput): Omit<AnalyzeInput, "answer"> {
  const { answer: _answer, ...rest } = input;
  return rest;
}

export function startThread(input: AnalyzeInput, context: CoachContext): FollowUpThread {
  const answer = typeof input?.answer === "string" ? input.answer : "";
  const base = stripAnswer({ ...input, answer });
  const result = analyzeAnswer({ ...base, answer }, context, { followUpDepth: depthFor(1) });
  return {
    version: 1,
    input: base,
    turns: [{ answer, result }],
    asked: [],
    combinedText: answer.slice(0, MAX_ANSWER_CHARS),
    combined: result,
  };
}

/**
 * Records the follow-up as asked and analyses its answer: on its own (the turn's result) and
 * as part of the whole thread (`combined`). Accepts a FollowUp from `nextFollowUps` or a
 * free-text question the interviewer asked instead.
 */
export function addFollowUpAnswer(
  thread: FollowUpThread,
  followUp: FollowUp | string,
  answer: string,
  context: CoachContext,
): FollowUpThread {
  const asked: FollowUp =
    typeof followUp === "string"
      ? {
          text: followUp,
          reason: "Asked by the interviewer.",
          key: `text:${normaliseQuestion(followUp)}`,
          source: "question",
          depth: depthFor(thread.turns.length),
        }
      : followUp;
  const text = typeof answer === "string" ? answer : "";
  const askedKeys = new Set(thread.asked);
  askedKeys.add(asked.key);
  askedKeys.add(`text:${normaliseQuestion(asked.text)}`);
  const turnResult = analyzeAnswer({ ...thread.input, answer: text }, context, {
    followUpDepth: depthFor(thread.turns.length + 1),
    asked: askedKeys,
  });
  const turns = [...thread.turns, { followUp: asked, answer: text, result: turnResult }];
  const combined = combine(thread.input, turns, askedKeys, context);
  return {
    version: 1,
    input: thread.input,
    turns,
    asked: [...askedKeys],
    combinedText: combined.text,
    combined: combined.result,
  };
}

/**
 * What to ask next: the gaps still open after everything said so far, then the question's
 * follow-ups and the principle's probes at the thread's depth. Never a key or text already asked.
 */
export function nextFollowUps(thread: FollowUpThread, context: CoachContext, count = 3): FollowUp[] {
  const asked = new Set(thread.asked);
  const principles: readonly Principle[] = Array.isArray(context?.principles) ? context.principles : [];
  const all = buildFollowUps({
    criteria: thread.combined.criteria,
    redFlags: thread.combined.redFlags,
    question: thread.input.question,
    targets: thread.combined.targetPrinciples,
    principles,
    functional: thread.combined.questionType !== "behavioural",
    maxDepth: depthFor(thread.turns.length),
    asked,
  });
  return all.slice(0, Math.max(0, count));
}
