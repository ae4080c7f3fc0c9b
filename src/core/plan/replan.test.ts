import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "../content/pack-schema.js";
import { buildPlan, replan, replanReasons } from "./build-plan.js";
import { addDays } from "./calendar-days.js";
import type { Plan, PlanContent, PlanInput, TaskCompletion } from "./plan-schema.js";
import { planTotals } from "./plan-totals.js";
import { applyPracticeEvents } from "./practice-ticks.js";

const content: PlanContent = {
  principles: [{ id: "ownership", name: "Ownership" }],
  topics: Array.from({ length: 12 }, (_, index) => ({ id: `topic-${index + 1}`, name: `Topic ${index + 1}` })),
};
const TODAY = "2026-03-02";

function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return { today: TODAY, interviewDate: addDays(TODAY, 42), hoursPerWeek: 15, role: "pmt", level: "L6", ...overrides };
}

/** Asked-for hours per week (undone work) plus the hours already done in that week. */
function weekLoads(plan: Plan): Map<number, number> {
  const load = new Map<number, number>();
  for (const task of plan.tasks) {
    const hours = task.done ? (task.hoursDone ?? 0) : task.plannedHours;
    load.set(task.week, (load.get(task.week) ?? 0) + hours);
  }
  return load;
}

describe("replan", () => {
  it("changing the interview date re-plans to the new date and keeps done ticks", () => {
    const plan = buildPlan(planInput(), content);
    const { plan: ticked, completed } = applyPracticeEvents(
      plan,
      [
        { kind: "story-saved", principleIds: ["ownership", "dive-deep"], at: "2026-03-03T19:00:00Z" },
        {
          kind: "practice",
          principleId: "earn-trust",
          questionType: "behavioural",
          minutes: 60,
          at: "2026-03-04T19:00:00Z",
        },
      ],
      "2026-03-04T20:00:00Z",
    );
    expect(completed.map((completion) => completion.taskId).sort()).toEqual([
      "principle-drill:earn-trust",
      "story:dive-deep:1",
      "story:ownership:1",
    ]);

    const earlier = addDays(TODAY, 24);
    const next = replan(
      ticked,
      planInput({ today: "2026-03-05", interviewDate: earlier, completions: completed }),
      content,
    );

    expect(next.interviewDate).toBe(earlier);
    for (const completion of completed) {
      const task = next.tasks.find((candidate) => candidate.id === completion.taskId)!;
      expect(task).toMatchObject({ done: true, doneOn: completion.doneOn, hoursDone: completion.hoursDone });
    }
    expect(next.tasks.filter((task) => !task.done).every((task) => task.date < addDays(earlier, -1))).toBe(true);
    expect(next.tasks.filter((task) => !task.done).every((task) => task.date >= "2026-03-05")).toBe(true);
    // The ticked work is not asked for again.
    expect(next.tasks.filter((task) => task.id === "story:ownership:1")).toHaveLength(1);
    expect(replanReasons(ticked, planInput({ today: "2026-03-05", interviewDate: earlier }))).toContain(
      "interview-date-changed",
    );
  });

  it("an overdue plan drops the least important work, says what it dropped and stays within the hours", () => {
    const plan = buildPlan(planInput(), content);
    const today = addDays(TODAY, 28);
    expect(replanReasons(plan, planInput({ today }))).toEqual(["behind"]);

    const next = replan(plan, planInput({ today }), content);
    for (const hours of weekLoads(next).values()) expect(hours).toBeLessThanOrEqual(15);
    expect(next.tasks.every((task) => task.date >= today)).toBe(true);
    expect(next.dropped.length).toBeGreaterThan(0);
    // Stories for uncovered principles survive; reading goes first.
    for (const principle of PRINCIPLE_IDS)
      expect(next.tasks.some((task) => task.id === `story:${principle}:1`)).toBe(true);
    expect(next.dropped.some((task) => task.kind === "reading")).toBe(true);
    expect(next.dropped.every((task) => task.reason === "not-enough-hours" || task.reason === "no-spaced-slot")).toBe(
      true,
    );
    expect(next.dropped[0]!.message).toMatch(/^Dropped ".+": /);
    // Nothing vanished: every task is either still planned or listed as dropped.
    const after = new Set([...next.tasks, ...next.dropped].map((task) => task.id));
    for (const task of plan.tasks) expect(after.has(task.id)).toBe(true);
    // The hours dropped are the hours that no longer fit.
    expect(planTotals(next).plannedHours + planTotals(next).droppedHours).toBeCloseTo(planTotals(plan).plannedHours);
  });

  it("lowering the hours a week re-plans within the new hours and lists what no longer fits", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 20 }), content);
    expect(plan.dropped).toEqual([]);
    const next = replan(plan, planInput({ hoursPerWeek: 6 }), content);
    for (const hours of weekLoads(next).values()) expect(hours).toBeLessThanOrEqual(6);
    expect(next.dropped.length).toBeGreaterThan(0);
    expect(next.dropped[0]!.message).toContain("6 h a week");
    // Stories outrank mocks, mocks outrank drills, and reading goes first.
    expect(next.tasks.filter((task) => task.kind === "story")).toHaveLength(32);
    expect(next.dropped.some((task) => task.kind === "reading")).toBe(true);
  });

  it("counts hours already done this week against this week's hours", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 10 }), content);
    const firstTwo = plan.tasks.filter((task) => task.week === 0).slice(0, 2);
    const completions: TaskCompletion[] = firstTwo.map((task) => ({ taskId: task.id, hoursDone: 3, doneOn: TODAY }));
    const next = replan(plan, planInput({ hoursPerWeek: 10, today: addDays(TODAY, 1), completions }), content);
    const asked = next.tasks
      .filter((task) => !task.done && task.week === 0)
      .reduce((sum, t) => sum + t.plannedHours, 0);
    expect(asked).toBeLessThanOrEqual(10 - 6);
  });

  it("getting ahead keeps early work done and frees its week for the next tasks", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 10 }), content);
    const later = plan.tasks.find((task) => task.week === 3 && task.kind === "principle-drill")!;
    const completions: TaskCompletion[] = [{ taskId: later.id, hoursDone: 1, doneOn: addDays(TODAY, 1) }];
    const input = planInput({ hoursPerWeek: 10, today: addDays(TODAY, 2), completions });
    expect(replanReasons(plan, input)).toEqual(expect.arrayContaining(["ahead", "progress-recorded"]));

    const next = replan(plan, input, content);
    const done = next.tasks.find((task) => task.id === later.id)!;
    expect(done).toMatchObject({ done: true, week: 0, date: addDays(TODAY, 1), plannedDate: later.date });
    expect(next.tasks.filter((task) => task.id === later.id)).toHaveLength(1);
    expect(replanReasons(next, { ...input, completions: [] })).toEqual([]);
  });

  it("a tick applied to the plan counts as progress until the next re-plan, even on the same day", () => {
    const plan = buildPlan(planInput(), content);
    const { plan: ticked, completed } = applyPracticeEvents(
      plan,
      [{ kind: "mock-finished", at: `${TODAY}T20:00:00Z` }],
      `${TODAY}T20:00:00Z`,
    );
    expect(replanReasons(ticked, planInput())).toEqual(["ahead", "progress-recorded"]);
    const next = replan(ticked, planInput({ completions: completed }), content);
    expect(replanReasons(next, planInput({ completions: completed }))).toEqual([]);
    expect(next.tasks.filter((task) => task.kind === "mock-loop").map((task) => [task.id, task.done])).toEqual([
      ["mock-loop:1", true],
      ["mock-loop:2", false],
      ["mock-loop:3", false],
    ]);
  });

  it("re-planning with nothing changed gives the same plan", () => {
    const plan = buildPlan(planInput(), content);
    expect(replanReasons(plan, planInput())).toEqual([]);
    expect(replan(plan, planInput(), content)).toEqual(plan);
  });

  it("keeps the start date so week numbers and ticks stay put", () => {
    const plan = buildPlan(planInput(), content);
    const next = replan(plan, planInput({ today: addDays(TODAY, 10) }), content);
    expect(next.startDate).toBe(TODAY);
    expect(next.weeks[0]!.start).toBe(TODAY);
    expect(next.tasks.every((task) => task.week >= 1)).toBe(true);
  });
});
