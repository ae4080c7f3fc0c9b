/**
 * The answer coach in a Web Worker: the same src/core/coach the server runs, so the browser's
 * live feedback and the saved attempt agree, and a wink-nlp pass never blocks typing. Each
 * message carries everything needed (the thread is replayed from its turns), so the worker
 * keeps no state but the question it was set up with.
 */
import { analyzeAnswer, type CoachContext } from "../../../core/coach/analyze-answer.js";
import type { FollowUp } from "../../../core/coach/coach-result-schema.js";
import { addFollowUpAnswer, nextFollowUps, startThread } from "../../../core/coach/follow-up-thread.js";
import type { Question } from "../../../core/content/pack-schema.js";
import type { CoachRequest, CoachResponse } from "./coach-protocol.js";

/** Follow-ups offered after each turn: the one to ask, and two the user may pick instead. */
const FOLLOW_UPS_OFFERED = 3;

/**
 * wink builds its model on first use (tens of milliseconds); a throwaway analysis on set-up
 * moves that cost off the first keystroke.
 */
const WARM_UP_ANSWER =
  "Last year our checkout latency doubled. I owned the fix: I profiled the service, weighed a cache against a rewrite and shipped the cache in two weeks. Latency fell 40% and conversion rose 2%. I learned to measure first.";

interface Setup {
  question: Question;
  context: CoachContext;
  spoken: boolean;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoachRequest>) => void) | null;
  postMessage(message: CoachResponse): void;
};

let setup: Setup | undefined;

function handle(request: CoachRequest): CoachResponse {
  if (request.type === "setup") {
    setup = { question: request.question, context: { principles: request.principles }, spoken: request.spoken };
    const started = performance.now();
    analyzeAnswer({ answer: WARM_UP_ANSWER, question: setup.question }, setup.context);
    return { type: "ready", warmupMs: performance.now() - started };
  }
  if (!setup) return { type: "error", seq: request.seq, message: "The coach was asked to read before it was set up." };
  const { question, context, spoken } = setup;
  const started = performance.now();
  if (request.type === "analyze") {
    const result = analyzeAnswer({ answer: request.answer, question, spoken }, context);
    return { type: "analysis", seq: request.seq, result, ms: performance.now() - started };
  }
  const [opening, ...rest] = request.turns;
  let thread = startThread({ answer: opening?.answer ?? "", question, spoken }, context);
  for (const turn of rest) {
    thread = addFollowUpAnswer(thread, turn.followUp ?? "Tell me more.", turn.answer, context);
  }
  const next: FollowUp[] = nextFollowUps(thread, context, FOLLOW_UPS_OFFERED);
  return { type: "thread", seq: request.seq, thread, next, ms: performance.now() - started };
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    scope.postMessage(handle(request));
  } catch (error) {
    // The coach is written never to throw; if it does, the page shows why instead of waiting.
    scope.postMessage({
      type: "error",
      ...(request.type === "setup" ? {} : { seq: request.seq }),
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
