import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import { PRINCIPLE_IDS, type PrincipleId, type Role } from "../content/pack-schema.js";
import { buildPlan } from "./build-plan.js";
import { addDays, daysBetween } from "./calendar-days.js";
import {
  type Plan,
  type PlanContent,
  type PlanInput,
  planContentFromPack,
  planSchema,
  ROLE_AREAS,
} from "./plan-schema.js";
import { planTotals } from "./plan-totals.js";
import { TASK_HOURS } from "./task-demand.js";

function loadAmazonContent(): PlanContent {
  const dir = new URL("../../../content/amazon", import.meta.url).pathname;
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`the Amazon pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return planContentFromPack(result.pack);
}

const content = loadAmazonContent();
const TODAY = "2026-03-02";

function planInput(overrides: Partial<PlanInput> & { daysToInterview?: number } = {}): PlanInput {
  const { daysToInterview = 42, ...rest } = overrides;
  return {
    today: TODAY,
    interviewDate: addDays(TODAY, daysToInterview),
    hoursPerWeek: 15,
    role: "pmt",
    level: "L6",
    ...rest,
  };
}

const tasksOf = (plan: Plan, kind: string) => plan.tasks.filter((task) => task.kind === kind);

describe("buildPlan", () => {
  it("writes stories until every principle has two, a first story for each before any second", () => {
    const plan = buildPlan(
      planInput({ storiesPerPrinciple: { ownership: 2, "dive-deep": 1, frugality: 3 }, hoursPerWeek: 20 }),
      content,
    );
    const stories = tasksOf(plan, "story");
    const storiesFor = (id: PrincipleId) => stories.filter((task) => task.target === id).map((task) => task.n);
    expect(storiesFor("ownership")).toEqual([]);
    expect(storiesFor("frugality")).toEqual([]);
    expect(storiesFor("dive-deep")).toEqual([2]);
    expect(storiesFor("customer-obsession")).toEqual([1, 2]);
    expect(stories).toHaveLength(13 * 2 + 1);
    // Every first story is planned no later in the plan than any second story.
    const weeksOf = (n: number) => stories.filter((task) => task.n === n).map((task) => task.week);
    expect(Math.max(...weeksOf(1))).toBeLessThanOrEqual(Math.min(...weeksOf(2)));
  });

  it("gives every principle work: a story and a drill", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 20 }), content);
    for (const principle of PRINCIPLE_IDS) {
      const work = plan.tasks.filter((task) => task.target === principle).map((task) => task.kind);
      expect(work, principle).toContain("story");
      expect(work, principle).toContain("principle-drill");
    }
    expect(plan.dropped).toEqual([]);
  });

  it("drills the weakest principle before the strongest", () => {
    const plan = buildPlan(
      planInput({
        hoursPerWeek: 20,
        storiesPerPrinciple: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 2])),
        recentVotes: { principles: { "earn-trust": [1, 1, 2], "think-big": [4, 4, 4] } },
      }),
      content,
    );
    const drill = (id: PrincipleId) => plan.tasks.find((task) => task.id === `principle-drill:${id}`)!;
    expect(drill("earn-trust").date <= drill("think-big").date).toBe(true);
  });

  it.each([
    ["pm", ["product-sense-session"], ["system-design-session"]],
    ["pmt", ["product-sense-session", "system-design-session"], []],
    ["tpm", ["system-design-session"], ["product-sense-session"]],
  ] as const)("drills each functional area of a %s and schedules its timed sessions", (role, sessions, none) => {
    const plan = buildPlan(planInput({ role: role as Role, hoursPerWeek: 20 }), content);
    expect(
      tasksOf(plan, "area-drill")
        .map((task) => task.target)
        .sort(),
    ).toEqual([...ROLE_AREAS[role]].sort());
    for (const kind of sessions) expect(tasksOf(plan, kind)).toHaveLength(3);
    for (const kind of none) expect(tasksOf(plan, kind)).toHaveLength(0);
  });

  it("gives an L5 two timed sessions of each kind and an L6 three", () => {
    expect(tasksOf(buildPlan(planInput({ level: "L5" }), content), "system-design-session")).toHaveLength(2);
    expect(tasksOf(buildPlan(planInput({ level: "L6" }), content), "system-design-session")).toHaveLength(3);
  });

  it("includes the PR/FAQ, the six-pager, every must-know topic and the questions to ask", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 20 }), content);
    expect(tasksOf(plan, "pr-faq")).toHaveLength(1);
    expect(tasksOf(plan, "six-pager")).toHaveLength(1);
    expect(tasksOf(plan, "questions-to-ask")).toHaveLength(1);
    expect(
      tasksOf(plan, "reading")
        .map((task) => task.target)
        .sort(),
    ).toEqual(content.topics.map((topic) => topic.id).sort());
  });

  it("plans three mock loops in different weeks, the last 2-5 days before the interview", () => {
    const plan = buildPlan(planInput({ daysToInterview: 35 }), content);
    const mocks = tasksOf(plan, "mock-loop").sort((a, b) => a.n - b.n);
    expect(mocks.map((task) => task.id)).toEqual(["mock-loop:1", "mock-loop:2", "mock-loop:3"]);
    expect(new Set(mocks.map((task) => task.week)).size).toBe(3);
    expect(mocks.map((task) => task.date)).toEqual([...mocks.map((task) => task.date)].sort());
    const lastBefore = daysBetween(mocks[2]!.date, plan.interviewDate);
    expect(lastBefore).toBeGreaterThanOrEqual(2);
    expect(lastBefore).toBeLessThanOrEqual(5);
  });

  it("keeps mock loops at least two days apart when the interview is under three weeks away", () => {
    const plan = buildPlan(planInput({ daysToInterview: 12, hoursPerWeek: 40 }), content);
    const days = tasksOf(plan, "mock-loop")
      .map((task) => daysBetween(TODAY, task.date))
      .sort((a, b) => a - b);
    expect(days).toHaveLength(3);
    expect(days[1]! - days[0]!).toBeGreaterThanOrEqual(2);
    expect(days[2]! - days[1]!).toBeGreaterThanOrEqual(2);
  });

  it("counts mock loops already done and keeps the next one apart from them", () => {
    const plan = buildPlan(planInput({ mockLoopsDone: [addDays(TODAY, -1)] }), content);
    expect(tasksOf(plan, "mock-loop").map((task) => task.id)).toEqual(["mock-loop:2", "mock-loop:3"]);
    expect(tasksOf(plan, "mock-loop").every((task) => daysBetween(addDays(TODAY, -1), task.date) >= 2)).toBe(true);
  });

  it("leaves the day before the interview, and the interview day, free", () => {
    const plan = buildPlan(planInput({ daysToInterview: 9, hoursPerWeek: 40 }), content);
    expect(plan.restDate).toBe(addDays(plan.interviewDate, -1));
    expect(plan.tasks.length).toBeGreaterThan(0);
    expect(plan.tasks.every((task) => task.date < plan.restDate)).toBe(true);
  });

  it("drops everything, and says why, when the interview is tomorrow", () => {
    const plan = buildPlan(planInput({ daysToInterview: 1 }), content);
    expect(plan.tasks).toEqual([]);
    expect(plan.dropped.length).toBeGreaterThan(0);
    expect(plan.dropped.every((task) => task.reason === "no-days-left")).toBe(true);
    expect(plan.dropped[0]!.message).toMatch(/no working days/);
  });

  it("drops a mock loop longer than the hours a week, with that reason", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 3 }), content);
    expect(tasksOf(plan, "mock-loop")).toEqual([]);
    const mock = plan.dropped.find((task) => task.kind === "mock-loop")!;
    expect(mock.reason).toBe("longer-than-a-week");
    expect(mock.message).toContain(`${TASK_HOURS.mockLoop} h, more than the 3 h a week`);
  });

  it("is deterministic and round-trips through JSON and its schema", () => {
    const input = planInput();
    const plan = buildPlan(input, content);
    expect(buildPlan(input, content)).toEqual(plan);
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("totals planned hours per week within the hours given, and overall", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 12 }), content);
    const totals = planTotals(plan);
    expect(totals.weeks.map((week) => week.index)).toEqual(plan.weeks.map((week) => week.index));
    for (const week of totals.weeks) expect(week.plannedHours).toBeLessThanOrEqual(12);
    expect(totals.plannedHours).toBe(plan.tasks.reduce((sum, task) => sum + task.plannedHours, 0));
    expect(totals.doneHours).toBe(0);
    expect(totals.remainingHours).toBe(totals.plannedHours);
    expect(totals.droppedHours).toBe(plan.dropped.reduce((sum, task) => sum + task.plannedHours, 0));
  });

  it("keeps a 4-6 week plan inside the usual 60-80 hours", () => {
    const plan = buildPlan(planInput({ hoursPerWeek: 20 }), content);
    const total = planTotals(plan).plannedHours;
    expect(total).toBeGreaterThanOrEqual(60);
    expect(total).toBeLessThanOrEqual(80);
  });
});
