/**
 * Test helpers that read like the domain: coach results built by hand in the contract shape,
 * and a whole loop run from a plan. Pure, so tests in any environment can use them.
 */
import type { CoachEvidence, LoopCoachResult } from "./coach-contract.js";
import type { LoopPlan, LoopRound, LoopState, PlannedQuestion } from "./loop-schema.js";
import { answerQuestion, createLoopState, finishLoop, nextQuestion, nextRound, startLoop } from "./loop-session.js";

/** Evidence for the first occurrence of `quote` in `text`; throws if the quote is not there. */
export function evidenceIn(text: string, quote: string): CoachEvidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the answer`);
  return { start, end: start + quote.length, quote };
}

export interface CoachSpec {
  text: string;
  vote: 1 | 2 | 3 | 4;
  score?: number;
  /** Principles the coach found, each with a quote from the text. */
  principles?: { id: string; quote: string; score?: number }[];
  met?: { id: string; quote: string }[];
  partial?: { id: string; quote: string }[];
  missing?: string[];
  redFlags?: { id: string; quote?: string }[];
  keyPoints?: { id: string; covered: boolean; quote?: string }[];
}

const DEFAULT_SCORE = { 1: 20, 2: 50, 3: 70, 4: 88 } as const;

export function buildCoachResult(spec: CoachSpec): LoopCoachResult {
  const at = (quote: string) => evidenceIn(spec.text, quote);
  const result: LoopCoachResult = {
    version: 1,
    vote: spec.vote,
    score: spec.score ?? DEFAULT_SCORE[spec.vote],
    criteria: [
      ...(spec.met ?? []).map((c) => ({ id: c.id, status: "met" as const, evidence: [at(c.quote)], advice: "" })),
      ...(spec.partial ?? []).map((c) => ({
        id: c.id,
        status: "partial" as const,
        evidence: [at(c.quote)],
        advice: `Partly there: ${c.id}.`,
      })),
      ...(spec.missing ?? []).map((id) => ({
        id,
        status: "missing" as const,
        evidence: [],
        advice: `Add the ${id} part.`,
      })),
    ],
    redFlags: (spec.redFlags ?? []).map((f) => ({
      id: f.id,
      evidence: f.quote ? [at(f.quote)] : [],
      advice: `Avoid ${f.id}.`,
    })),
    principles: (spec.principles ?? []).map((p) => ({
      id: p.id,
      name: p.id,
      score: p.score ?? 0.7,
      evidence: [at(p.quote)],
    })),
    followUps: [],
  };
  if (spec.keyPoints) {
    result.keyPoints = spec.keyPoints.map((k) => ({
      id: k.id,
      covered: k.covered,
      evidence: k.quote ? [at(k.quote)] : [],
    }));
  }
  return result;
}

export interface ScriptedAnswer {
  text: string;
  coach: LoopCoachResult;
  storyId?: string;
}

/** Runs a whole loop: every planned question gets `answer(...)`'s reply (undefined skips it). */
export function runLoop(
  plan: LoopPlan,
  answer: (round: LoopRound, planned: PlannedQuestion, index: number) => ScriptedAnswer | undefined,
  startAt = Date.UTC(2025, 0, 6, 9),
): LoopState {
  let minute = 0;
  const at = () => new Date(startAt + minute++ * 60_000).toISOString();
  let state = startLoop(createLoopState(plan), at());
  plan.rounds.forEach((round, r) => {
    if (r > 0) state = nextRound(state);
    round.questions.forEach((planned, q) => {
      if (q > 0) state = nextQuestion(state);
      const reply = answer(round, planned, q);
      if (reply) state = answerQuestion(state, { ...reply, at: at() }).state;
    });
  });
  return finishLoop(state, at());
}
