import { describe, expect, it } from "vitest";
import { buildPlan } from "./build-plan.js";
import { addDays } from "./calendar-days.js";
import { type PlanContent, type PlanInput, type PracticeEvent, practiceEventSchema } from "./plan-schema.js";
import { planTotals } from "./plan-totals.js";
import { applyPracticeEvents, SESSION_MINUTES } from "./practice-ticks.js";

const content: PlanContent = { topics: [{ id: "flywheel", name: "The flywheel" }] };
const TODAY = "2026-03-02";
const NOW = "2026-03-03T21:00:00Z";
const input: PlanInput = {
  today: TODAY,
  interviewDate: addDays(TODAY, 42),
  hoursPerWeek: 20,
  role: "pmt",
  level: "L6",
};
const plan = buildPlan(input, content);
const task = (p: typeof plan, id: string) => p.tasks.find((candidate) => candidate.id === id)!;

describe("applyPracticeEvents", () => {
  it("ticks the next story task of each principle a saved story serves", () => {
    const events: PracticeEvent[] = [
      { kind: "story-saved", principleIds: ["ownership", "deliver-results"], at: "2026-03-03T10:00:00Z" },
      { kind: "story-saved", principleIds: ["ownership"] },
    ];
    const { plan: next, completed } = applyPracticeEvents(plan, events, NOW);
    expect(completed).toEqual([
      { taskId: "story:ownership:1", hoursDone: 1, doneOn: "2026-03-03" },
      { taskId: "story:deliver-results:1", hoursDone: 1, doneOn: "2026-03-03" },
      { taskId: "story:ownership:2", hoursDone: 0.5, doneOn: "2026-03-03" },
    ]);
    expect(task(next, "story:ownership:2")).toMatchObject({ done: true, week: 0, date: "2026-03-03" });
    expect(planTotals(next).doneHours).toBe(2.5);
  });

  it("adds practice minutes to the principle's drill and ticks it once they reach the planned hours", () => {
    const practice = (minutes: number, at: string) =>
      ({ kind: "practice", principleId: "dive-deep", questionType: "behavioural", minutes, at }) as const;
    const first = applyPracticeEvents(plan, [practice(25, "2026-03-03T10:00:00Z")], NOW);
    expect(first.completed).toEqual([]);
    expect(task(first.plan, "principle-drill:dive-deep")).toMatchObject({ done: false, progressMinutes: 25 });

    const second = applyPracticeEvents(first.plan, [practice(40, "2026-03-04T10:00:00Z")], NOW);
    expect(second.completed).toEqual([
      { taskId: "principle-drill:dive-deep", hoursDone: 65 / 60, doneOn: "2026-03-04" },
    ]);
  });

  it("credits a functional answer to its area drill, and a long design answer to a timed session", () => {
    const { completed } = applyPracticeEvents(
      plan,
      [
        {
          kind: "practice",
          questionType: "metrics",
          principleId: "dive-deep",
          minutes: 90,
          at: "2026-03-03T10:00:00Z",
        },
        { kind: "practice", questionType: "system-design", minutes: SESSION_MINUTES + 5, at: "2026-03-03T12:00:00Z" },
        { kind: "practice", questionType: "system-design", minutes: 10, at: "2026-03-03T13:00:00Z" },
      ],
      NOW,
    );
    expect(completed.map((completion) => completion.taskId)).toEqual(["area-drill:metrics", "system-design-session:1"]);
  });

  it("ticks the next mock loop when one is finished", () => {
    const { plan: next, completed } = applyPracticeEvents(
      plan,
      [{ kind: "mock-finished", at: "2026-03-05T18:00:00Z" }],
      NOW,
    );
    expect(completed).toEqual([{ taskId: "mock-loop:1", hoursDone: 4, doneOn: "2026-03-05" }]);
    expect(task(next, "mock-loop:1").plannedDate).toBe(task(plan, "mock-loop:1").date);
  });

  it("brings back dropped work the user did anyway, as done", () => {
    const short = buildPlan({ ...input, hoursPerWeek: 4, interviewDate: addDays(TODAY, 10) }, content);
    const droppedStory = short.dropped.find((candidate) => candidate.kind === "story")!;
    const { plan: next } = applyPracticeEvents(
      short,
      [{ kind: "story-saved", principleIds: [droppedStory.target as "ownership"], at: "2026-03-03T10:00:00Z" }],
      NOW,
    );
    const storyTicked = next.tasks.find(
      (candidate) => candidate.kind === "story" && candidate.target === droppedStory.target,
    );
    expect(storyTicked?.done).toBe(true);
  });

  it("ignores practice that matches no open task", () => {
    const { plan: next, completed } = applyPracticeEvents(
      plan,
      [{ kind: "practice", questionType: "strategy", minutes: 30, at: "2026-03-03T10:00:00Z" }],
      NOW,
    );
    expect(completed).toEqual([]);
    expect(next.tasks).toEqual(plan.tasks);
  });

  it("validates events: a story must serve at least one principle", () => {
    expect(practiceEventSchema.safeParse({ kind: "story-saved", principleIds: [] }).success).toBe(false);
    expect(practiceEventSchema.safeParse({ kind: "mock-finished", at: "2026-03-03T10:00:00Z" }).success).toBe(true);
  });
});
