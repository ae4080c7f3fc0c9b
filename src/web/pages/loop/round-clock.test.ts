import { describe, expect, it } from "vitest";
import type { LoopAnswer, LoopState } from "../../../core/loop/index.js";
import { describeClock, formatDuration, roundClock, roundStartedAt } from "./round-clock.js";

const T0 = Date.parse("2026-11-20T10:00:00.000Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function answer(round: number, question: number, minutes: number, followUpMinutes: number[] = []): LoopAnswer {
  return {
    round,
    question,
    questionId: `q-${round}-${question}`,
    kind: "behavioural",
    text: "An answer.",
    coach: { version: 1, vote: 3, score: 70, criteria: [], redFlags: [], principles: [] },
    answeredAt: at(minutes),
    followUps: followUpMinutes.map((m) => ({
      text: "Why?",
      depth: 1,
      source: "probe",
      answer: "Because.",
      askedAt: at(m),
    })),
  };
}

function state(overrides: Partial<LoopState>): LoopState {
  return {
    version: 1,
    plan: { version: 1, seed: 1, role: "pm", level: "L6", kind: "onsite", rounds: [] },
    status: "in-progress",
    position: { round: 0, question: 0 },
    startedAt: at(0),
    pauses: [],
    answers: [],
    warnings: [],
    ...overrides,
  };
}

describe("round clock", () => {
  it("counts down from the round's minutes since the loop started", () => {
    const clock = roundClock(state({}), 0, 55, T0 + 10 * 60_000);
    expect(clock).toEqual({ elapsed: 600, remaining: 2700, overrun: false, stopped: false });
    expect(describeClock(clock)).toBe("45 minutes left");
  });

  it("shows the overrun once the round runs past its time", () => {
    const clock = roundClock(state({}), 0, 55, T0 + 58 * 60_000);
    expect(clock.overrun).toBe(true);
    expect(clock.remaining).toBe(-180);
    expect(describeClock(clock)).toBe("Over time by 3 minutes");
  });

  it("starts a later round at the last answer or follow-up of the rounds before it", () => {
    const s = state({ answers: [answer(0, 0, 5, [9, 12]), answer(1, 0, 20)], position: { round: 1, question: 0 } });
    expect(roundStartedAt(s, 1)).toBe(T0 + 12 * 60_000);
    expect(roundClock(s, 1, 55, T0 + 22 * 60_000).elapsed).toBe(600);
  });

  it("does not count paused time, and stops while paused", () => {
    const s = state({ status: "paused", pauses: [{ pausedAt: at(5), resumedAt: at(15) }, { pausedAt: at(20) }] });
    const clock = roundClock(s, 0, 55, T0 + 90 * 60_000);
    expect(clock.elapsed).toBe(10 * 60);
    expect(clock.stopped).toBe(true);
  });

  it("formats durations as a clock", () => {
    expect(formatDuration(754)).toBe("12:34");
    expect(formatDuration(-65)).toBe("1:05");
    expect(formatDuration(3723)).toBe("1:02:03");
  });
});
