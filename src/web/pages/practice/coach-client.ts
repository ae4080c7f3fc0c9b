/**
 * The page's side of the coach worker: debounced live analysis of the answer being typed, and
 * promise-based thread analysis for submitted turns. Live results are an external store
 * (`subscribe` / `getSnapshot`), so only the coach panel re-renders when they arrive, never the
 * text box the user is typing in.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { CoachResult, FollowUp } from "../../../core/coach/coach-result-schema.js";
import type { FollowUpThread } from "../../../core/coach/follow-up-thread.js";
import type { Principle, Question } from "../../../core/content/pack-schema.js";
import type { CoachRequest, CoachResponse, TurnInput } from "./coach-protocol.js";

/**
 * Typing pauses of about 150 ms separate words; analysing after such a pause gives feedback that
 * feels live without reading every keystroke.
 */
export const LIVE_DEBOUNCE_MS = 150;

export interface LiveReading {
  result: CoachResult;
  /** Time the coach took inside the worker, in milliseconds. */
  ms: number;
  /** From posting the text to the result arriving back on the page. */
  roundTripMs: number;
}

export interface CoachSnapshot {
  status: "loading" | "ready" | "failed";
  error?: string;
  /** Undefined until the first analysis, and again when the answer is emptied. */
  live?: LiveReading;
  /** A newer text is waiting for (or in) analysis. */
  pending: boolean;
}

export interface ThreadReading {
  thread: FollowUpThread;
  next: FollowUp[];
  ms: number;
}

export class CoachClient {
  private readonly worker: Worker;
  private seq = 0;
  private liveSeq = 0;
  private liveSentAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiting = new Map<number, { resolve: (r: ThreadReading) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<() => void>();
  private snapshot: CoachSnapshot = { status: "loading", pending: false };

  constructor(question: Question, principles: Principle[], spoken: boolean) {
    this.worker = new Worker(new URL("./coach-worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<CoachResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || "The coach could not start in this browser.");
    };
    this.post({ type: "setup", question, principles, spoken });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CoachSnapshot => this.snapshot;

  /** Reads the text after the typing pauses; an empty text clears the reading. */
  scheduleLive(text: string): void {
    clearTimeout(this.timer);
    if (!text.trim()) {
      this.liveSeq = ++this.seq;
      this.update({ live: undefined, pending: false });
      return;
    }
    if (!this.snapshot.pending) this.update({ pending: true });
    this.timer = setTimeout(() => this.analyzeNow(text), LIVE_DEBOUNCE_MS);
  }

  analyzeNow(text: string): void {
    clearTimeout(this.timer);
    this.liveSeq = ++this.seq;
    this.liveSentAt = performance.now();
    this.post({ type: "analyze", seq: this.liveSeq, answer: text });
  }

  /** The coach's reading of the submitted turns and the follow-ups it would ask next. */
  readThread(turns: TurnInput[]): Promise<ThreadReading> {
    const seq = ++this.seq;
    return new Promise<ThreadReading>((resolve, reject) => {
      if (this.snapshot.status === "failed") {
        reject(new Error(this.snapshot.error ?? "The coach is not available."));
        return;
      }
      this.waiting.set(seq, { resolve, reject });
      this.post({ type: "thread", seq, turns });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker.terminate();
    for (const waiter of this.waiting.values()) waiter.reject(new Error("The practice session was closed."));
    this.waiting.clear();
    this.listeners.clear();
  }

  private post(request: CoachRequest): void {
    this.worker.postMessage(request);
  }

  private receive(message: CoachResponse): void {
    if (message.type === "ready") {
      this.update({ status: "ready" });
      return;
    }
    if (message.type === "error") {
      const waiter = message.seq === undefined ? undefined : this.waiting.get(message.seq);
      if (waiter && message.seq !== undefined) {
        this.waiting.delete(message.seq);
        waiter.reject(new Error(message.message));
      } else {
        this.fail(message.message);
      }
      return;
    }
    if (message.type === "analysis") {
      // A reading of older text than the latest sent is already out of date.
      if (message.seq !== this.liveSeq) return;
      this.update({
        live: { result: message.result, ms: message.ms, roundTripMs: performance.now() - this.liveSentAt },
        pending: false,
      });
      return;
    }
    const waiter = this.waiting.get(message.seq);
    if (!waiter) return;
    this.waiting.delete(message.seq);
    waiter.resolve({ thread: message.thread, next: message.next, ms: message.ms });
  }

  private fail(error: string): void {
    this.update({ status: "failed", error, pending: false });
    for (const waiter of this.waiting.values()) waiter.reject(new Error(error));
    this.waiting.clear();
  }

  private update(patch: Partial<CoachSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** One coach worker per question, started when the question and principles are known. */
export function useCoachClient(
  question: Question | undefined,
  principles: Principle[] | undefined,
  spoken = false,
): CoachClient | undefined {
  const [client, setClient] = useState<CoachClient>();
  useEffect(() => {
    if (!question || !principles) return;
    const created = new CoachClient(question, principles, spoken);
    setClient(created);
    return () => {
      created.dispose();
      setClient(undefined);
    };
  }, [question, principles, spoken]);
  return client;
}

const IDLE: CoachSnapshot = { status: "loading", pending: false };
const noSubscription = () => () => {};

export function useCoachSnapshot(client: CoachClient | undefined): CoachSnapshot {
  return useSyncExternalStore(client?.subscribe ?? noSubscription, client?.getSnapshot ?? (() => IDLE));
}
