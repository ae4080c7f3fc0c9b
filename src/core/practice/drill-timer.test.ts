import { describe, expect, it } from "vitest";
import {
  BEHAVIOURAL_LIMIT_SECONDS,
  BEHAVIOURAL_TARGET_SECONDS,
  clockAt,
  drillTiming,
  elapsedSecondsBetween,
  formatClock,
  phaseAt,
  SYSTEM_DESIGN_PHASES,
  systemDesignPhases,
} from "./drill-timer.js";
import { buildQuestion } from "./test-builders.js";

const min = (m: number, s = 0) => m * 60 + s;

describe("system design drill clock", () => {
  it("lays the 45 minutes out as 5, 10, 10, 12 and 8 minutes", () => {
    expect(SYSTEM_DESIGN_PHASES.map((p) => (p.endSeconds - p.startSeconds) / 60)).toEqual([5, 10, 10, 12, 8]);
    expect(SYSTEM_DESIGN_PHASES.at(-1)!.endSeconds).toBe(min(45));
  });

  it.each([
    [0, "clarify", min(5)],
    [min(4, 59), "clarify", 1],
    [min(5), "high-level-design", min(10)],
    [min(14), "high-level-design", min(1)],
    [min(15), "trade-offs", min(10)],
    [min(26, 30), "deep-dive", min(10, 30)],
    [min(37), "summarise", min(8)],
    [min(44, 59), "summarise", 1],
  ])("at %i s the drill is in %s with %i s left in the phase", (elapsed, id, remaining) => {
    const state = phaseAt(elapsed);
    expect(state.phase.id).toBe(id);
    expect(state.remainingInPhase).toBe(remaining);
    expect(state.overrunSeconds).toBe(0);
    expect(state.finished).toBe(false);
  });

  it("stays on the summary and counts the overrun past 45 minutes", () => {
    expect(phaseAt(min(45))).toMatchObject({ finished: true, overrunSeconds: 0, remainingTotal: 0 });
    const late = phaseAt(min(47, 30));
    expect(late.phase.id).toBe("summarise");
    expect(late).toMatchObject({ remainingInPhase: 0, remainingTotal: 0, overrunSeconds: 150, finished: true });
  });

  it("treats a negative or broken elapsed time as the start", () => {
    expect(phaseAt(-5).phase.id).toBe("clarify");
    expect(phaseAt(Number.NaN).remainingTotal).toBe(min(45));
  });

  it("keeps the proportions on a shorter drill", () => {
    const phases = systemDesignPhases(min(30));
    expect(phases.map((p) => p.endSeconds)).toEqual([200, 600, 1000, 1480, 1800]);
    expect(phaseAt(min(10), phases).phase.id).toBe("trade-offs");
  });
});

describe("drill timing and overrun", () => {
  const behavioural = buildQuestion({ id: "bhv-timer-01", answerMinutes: 5 });

  it("gives behavioural answers a 150 s target and a 180 s limit whatever the question says", () => {
    expect(drillTiming(behavioural)).toMatchObject({
      targetSeconds: BEHAVIOURAL_TARGET_SECONDS,
      limitSeconds: BEHAVIOURAL_LIMIT_SECONDS,
      minSeconds: 120,
    });
    expect(BEHAVIOURAL_TARGET_SECONDS).toBe(150);
    expect(BEHAVIOURAL_LIMIT_SECONDS).toBe(180);
  });

  it("runs functional questions to their answerMinutes", () => {
    const metrics = buildQuestion({ id: "met-timer-01", type: "metrics", answerMinutes: 12 });
    expect(drillTiming(metrics)).toEqual({ questionType: "metrics", targetSeconds: 720, limitSeconds: 720 });
    const design = drillTiming(buildQuestion({ id: "sd-timer-01", type: "system-design", answerMinutes: 45 }));
    expect(design.phases?.map((p) => p.id)).toEqual(SYSTEM_DESIGN_PHASES.map((p) => p.id));
  });

  it("counts down to the target, then asks to wrap up, then shows the overrun", () => {
    const timing = drillTiming(behavioural);
    expect(clockAt(timing, 100)).toMatchObject({
      status: "running",
      untilTarget: 50,
      remainingSeconds: 80,
      overrun: false,
    });
    expect(clockAt(timing, 165)).toMatchObject({
      status: "wrap-up",
      untilTarget: 0,
      remainingSeconds: 15,
      overrun: false,
    });
    expect(clockAt(timing, 180)).toMatchObject({ status: "wrap-up", overrun: false, overrunSeconds: 0 });
    expect(clockAt(timing, 212)).toMatchObject({
      status: "overrun",
      overrun: true,
      overrunSeconds: 32,
      remainingSeconds: 0,
    });
  });

  it("shows the system design phase on the clock", () => {
    const timing = drillTiming(buildQuestion({ id: "sd-timer-02", type: "system-design", answerMinutes: 45 }));
    const clock = clockAt(timing, min(20));
    expect(clock.phase?.phase.name).toBe("Trade-offs");
    expect(clock.status).toBe("running");
    expect(clockAt(timing, min(46)).overrunSeconds).toBe(60);
  });

  it("measures elapsed time from the start without reading the clock itself", () => {
    const now = new Date("2026-03-01T10:02:30.900Z");
    expect(elapsedSecondsBetween("2026-03-01T10:00:00.000Z", now)).toBe(150);
    expect(elapsedSecondsBetween("2026-03-01T10:05:00.000Z", now)).toBe(0);
    expect(elapsedSecondsBetween("not a date", now)).toBe(0);
    expect(formatClock(125)).toBe("2:05");
    expect(formatClock(-12)).toBe("-0:12");
  });
});
