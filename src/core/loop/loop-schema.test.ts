import { describe, expect, it } from "vitest";
import type { CoachResult } from "../coach/coach-result-schema.js";
import { type LoopCoachResult, loopCoachResultSchema } from "./coach-contract.js";
import { type LoopPlan, loopPlanSchema, loopRequestSchema, loopStateSchema } from "./loop-schema.js";
import { createLoopState } from "./loop-session.js";
import { buildCoachResult } from "./test-builders.js";

// The loop reads the coach's output through its own minimal interface: the real coach result
// must fit it without conversion. This line fails type-checking if the contracts drift apart.
const fitsTheLoop = (result: CoachResult): LoopCoachResult => result;

const plan: LoopPlan = {
  version: 1,
  seed: 1,
  role: "pm",
  level: "L6",
  kind: "onsite",
  rounds: [
    {
      index: 0,
      persona: { id: "hiring-manager", name: "Hiring manager", introduction: "Hi." },
      minutes: 55,
      principles: ["ownership", "deliver-results"],
      questions: [
        { questionId: "q1", principleId: "ownership", kind: "behavioural" },
        { questionId: "q2", principleId: "deliver-results", kind: "behavioural" },
      ],
    },
    {
      index: 1,
      persona: { id: "bar-raiser", name: "Bar Raiser", introduction: "Hello." },
      minutes: 55,
      principles: ["dive-deep", "think-big"],
      questions: [
        { questionId: "q3", principleId: "dive-deep", kind: "behavioural" },
        { questionId: "q4", principleId: "think-big", kind: "behavioural" },
      ],
    },
  ],
};

describe("the loop schemas", () => {
  it("accept a valid plan and reject a principle with two owners", () => {
    expect(loopPlanSchema.parse(plan)).toEqual(plan);
    const twice = structuredClone(plan);
    twice.rounds[1]!.principles = ["ownership", "think-big"];
    const result = loopPlanSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ownership is already owned by round 0/);
  });

  it("reject a phone screen with more than one round", () => {
    expect(loopPlanSchema.safeParse({ ...plan, kind: "phone" }).success).toBe(false);
  });

  it("validate a loop request with defaults left out and bad values refused", () => {
    expect(loopRequestSchema.parse({ role: "tpm", level: "L7", kind: "phone" })).toEqual({
      role: "tpm",
      level: "L7",
      kind: "phone",
    });
    expect(loopRequestSchema.safeParse({ role: "tpm", level: "L8", kind: "phone" }).success).toBe(false);
    expect(loopRequestSchema.safeParse({ role: "pm", level: "L5", kind: "onsite", rounds: 9 }).success).toBe(false);
    expect(
      loopRequestSchema.safeParse({
        role: "pm",
        level: "L5",
        kind: "onsite",
        recent: [{ questionId: "q1", practisedAt: "yesterday" }],
      }).success,
    ).toBe(false);
  });

  it("reject a state whose answers do not match the plan", () => {
    const text = "I did it.";
    const state = {
      ...createLoopState(plan),
      status: "in-progress" as const,
      startedAt: "2025-01-01T00:00:00.000Z",
      answers: [
        {
          round: 0,
          question: 0,
          questionId: "not-planned",
          kind: "behavioural" as const,
          text,
          coach: buildCoachResult({ text, vote: 3 }),
          answeredAt: "2025-01-01T00:01:00.000Z",
          followUps: [],
        },
      ],
    };
    expect(loopStateSchema.safeParse(state).success).toBe(false);
    expect(loopStateSchema.safeParse({ ...state, answers: [{ ...state.answers[0], questionId: "q1" }] }).success).toBe(
      true,
    );
  });

  it("accept a coach result in the contract shape and refuse a vote off the scale", () => {
    const text = "I shipped it and cut costs by 10%.";
    const result = buildCoachResult({ text, vote: 4, met: [{ id: "quantified-result", quote: "10%" }] });
    expect(loopCoachResultSchema.parse(result)).toEqual(result);
    expect(loopCoachResultSchema.safeParse({ ...result, vote: 5 }).success).toBe(false);
    expect(typeof fitsTheLoop).toBe("function");
  });
});
