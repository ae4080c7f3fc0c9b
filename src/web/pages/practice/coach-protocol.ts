/**
 * Messages between the practice page and the coach worker. Types only: the page imports this
 * file without pulling the coach (and wink-nlp) into its own chunk.
 */
import type { CoachResult, FollowUp } from "../../../core/coach/coach-result-schema.js";
import type { FollowUpThread } from "../../../core/coach/follow-up-thread.js";
import type { Principle, Question } from "../../../core/content/pack-schema.js";

/** One answered turn: the opening answer has no follow-up. */
export interface TurnInput {
  followUp?: FollowUp | string;
  answer: string;
}

export type CoachRequest =
  /** The question and principles every later analysis is read against. */
  | { type: "setup"; question: Question; principles: Principle[]; spoken: boolean }
  /** Live feedback on the answer being typed. */
  | { type: "analyze"; seq: number; answer: string }
  /** The whole thread so far, replayed as the server will: what the coach reads and asks next. */
  | { type: "thread"; seq: number; turns: TurnInput[] };

export type CoachResponse =
  | { type: "ready"; warmupMs: number }
  | { type: "analysis"; seq: number; result: CoachResult; ms: number }
  | { type: "thread"; seq: number; thread: FollowUpThread; next: FollowUp[]; ms: number }
  | { type: "error"; seq?: number; message: string };
