import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVELS, PRINCIPLE_IDS, ROLES } from "../content/pack-schema.js";
import { buildPlan, replan } from "./build-plan.js";
import { addDays, daysBetween } from "./calendar-days.js";
import type { Plan, PlanContent, PlanInput, TaskCompletion } from "./plan-schema.js";
import { MAX_HOURS_PER_DAY, MIN_DAYS_BETWEEN_MOCKS } from "./schedule.js";

const content: PlanContent = {
  topics: Array.from({ length: 12 }, (_, index) => ({ id: `topic-${index + 1}`, name: `Topic ${index + 1}` })),
};
const TODAY = "2026-03-02";
const EPSILON = 1e-6;

const inputArbitrary = (maxDays = 120): fc.Arbitrary<PlanInput> =>
  fc.record({
    today: fc.constant(TODAY),
    interviewDate: fc.integer({ min: 0, max: maxDays }).map((days) => addDays(TODAY, days)),
    hoursPerWeek: fc.integer({ min: 2, max: 80 }).map((halves) => halves / 2),
    role: fc.constantFrom(...ROLES),
    level: fc.constantFrom(...LEVELS),
    storiesPerPrinciple: fc.dictionary(fc.constantFrom(...PRINCIPLE_IDS), fc.integer({ min: 0, max: 3 })),
    recentVotes: fc.record({
      principles: fc.dictionary(
        fc.constantFrom(...PRINCIPLE_IDS),
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 6 }),
      ),
    }),
    mockLoopsDone: fc.array(
      fc.integer({ min: 1, max: 20 }).map((days) => addDays(TODAY, -days)),
      { maxLength: 2 },
    ),
  });

/** Hours of undone work per week and per day, and hours done per week. */
function loads(plan: Plan) {
  const asked = new Map<number, number>();
  const askedByDay = new Map<string, number>();
  const done = new Map<number, number>();
  for (const task of plan.tasks) {
    if (task.done) done.set(task.week, (done.get(task.week) ?? 0) + (task.hoursDone ?? 0));
    else {
      asked.set(task.week, (asked.get(task.week) ?? 0) + task.plannedHours);
      askedByDay.set(task.date, (askedByDay.get(task.date) ?? 0) + task.plannedHours);
    }
  }
  return { asked, askedByDay, done };
}

function workingWeeks(plan: Plan): number {
  const weeks = new Set<number>();
  for (let day = plan.today; day < plan.restDate; day = addDays(day, 1))
    weeks.add(Math.floor(daysBetween(plan.startDate, day) / 7));
  return weeks.size;
}

function expectWithinHours(plan: Plan) {
  const { asked, askedByDay, done } = loads(plan);
  for (const [week, hours] of asked) {
    expect(hours + (done.get(week) ?? 0)).toBeLessThanOrEqual(plan.hoursPerWeek + EPSILON);
  }
  for (const hours of askedByDay.values()) expect(hours).toBeLessThanOrEqual(MAX_HOURS_PER_DAY + EPSILON);
}

function expectScheduledOnWorkingDays(plan: Plan) {
  for (const task of plan.tasks.filter((candidate) => !candidate.done)) {
    expect(task.date >= plan.today).toBe(true);
    expect(task.date < plan.restDate).toBe(true);
    expect(task.week).toBe(Math.floor(daysBetween(plan.startDate, task.date) / 7));
  }
}

describe("plan properties", () => {
  it("never plans more hours in a week than the user gave (0-120 days ahead, 1-40 hours a week)", () => {
    fc.assert(
      fc.property(inputArbitrary(), (input) => {
        const plan = buildPlan(input, content);
        const { asked } = loads(plan);
        for (const hours of asked.values()) expect(hours).toBeLessThanOrEqual(input.hoursPerWeek + EPSILON);
        expectWithinHours(plan);
      }),
      { numRuns: 150 },
    );
  });

  it("schedules nothing before today, on the rest day or on the interview day", () => {
    fc.assert(
      fc.property(inputArbitrary(), (input) => expectScheduledOnWorkingDays(buildPlan(input, content))),
      { numRuns: 100 },
    );
  });

  it("gives every principle work, or says which of its work was dropped and why", () => {
    fc.assert(
      fc.property(inputArbitrary(), (input) => {
        const plan = buildPlan(input, content);
        const ids = new Set([...plan.tasks, ...plan.dropped].map((task) => task.id));
        expect(ids.size).toBe(plan.tasks.length + plan.dropped.length);
        for (const principle of PRINCIPLE_IDS) {
          expect(ids.has(`principle-drill:${principle}`)).toBe(true);
          const stories = input.storiesPerPrinciple?.[principle] ?? 0;
          for (let n = stories + 1; n <= 2; n++) expect(ids.has(`story:${principle}:${n}`)).toBe(true);
        }
        for (const dropped of plan.dropped) expect(dropped.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("spaces mock loops: never two in a week with three weeks or more, always two days apart, the last 2-5 days out", () => {
    fc.assert(
      fc.property(inputArbitrary(), (input) => {
        const plan = buildPlan(input, content);
        const mocks = plan.tasks.filter((task) => task.kind === "mock-loop").sort((a, b) => a.n - b.n);
        mocks.forEach((mock, index) => {
          const others = [
            ...(input.mockLoopsDone ?? []),
            ...mocks.filter((_, j) => j !== index).map((task) => task.date),
          ];
          for (const other of others)
            expect(Math.abs(daysBetween(other, mock.date))).toBeGreaterThanOrEqual(MIN_DAYS_BETWEEN_MOCKS);
        });
        if (workingWeeks(plan) >= 3) expect(new Set(mocks.map((task) => task.week)).size).toBe(mocks.length);
        expect(mocks.map((task) => task.date)).toEqual(mocks.map((task) => task.date).sort());
        const last = mocks.at(-1);
        if (last) expect(daysBetween(last.date, plan.interviewDate)).toBeLessThanOrEqual(5);
      }),
      { numRuns: 150 },
    );
  });

  it("plans at least three mock loops when time allows", () => {
    const storiesWritten = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 2]));
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 120 }),
        fc.integer({ min: 4, max: 40 }),
        fc.constantFrom(...ROLES),
        (days, hoursPerWeek, role) => {
          const plan = buildPlan(
            {
              today: TODAY,
              interviewDate: addDays(TODAY, days),
              hoursPerWeek,
              role,
              level: "L6",
              storiesPerPrinciple: storiesWritten,
            },
            content,
          );
          const mocks = plan.tasks.filter((task) => task.kind === "mock-loop");
          expect(mocks.length).toBeGreaterThanOrEqual(3);
          expect(new Set(mocks.map((task) => task.week)).size).toBe(mocks.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("drops by priority: a dropped task never loses its hours to less important work as long", () => {
    fc.assert(
      fc.property(inputArbitrary(60), (input) => {
        const plan = buildPlan(input, content);
        // Flexible work is kept in tier order: stories, drills, writing, reading.
        const flexibleDropped = plan.dropped.filter(
          (task) => task.kind !== "mock-loop" && task.reason === "not-enough-hours",
        );
        if (flexibleDropped.length === 0) return;
        const kept = plan.tasks.filter((task) => task.kind !== "mock-loop" && !task.done);
        const tier = (kind: string) =>
          kind === "story"
            ? 0
            : ["principle-drill", "area-drill"].includes(kind) || kind.endsWith("-session")
              ? 2
              : kind === "pr-faq" || kind === "six-pager"
                ? 3
                : 4;
        for (const dropped of flexibleDropped) {
          for (const task of kept) {
            if (tier(task.kind) > tier(dropped.kind)) expect(task.plannedHours).toBeLessThan(dropped.plannedHours);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("re-planning after any progress keeps done ticks and stays within the hours", () => {
    fc.assert(
      fc.property(
        inputArbitrary(),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -30, max: 60 }),
        fc.integer({ min: 2, max: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 16 })), {
          maxLength: 25,
        }),
        (input, elapsed, dateShift, newHalves, ticks) => {
          const plan = buildPlan(input, content);
          const newToday = addDays(TODAY, elapsed);
          const completions: TaskCompletion[] = [];
          for (const [pick, doneDay, quarters] of ticks) {
            const task = plan.tasks[pick % Math.max(1, plan.tasks.length)];
            if (!task || completions.some((completion) => completion.taskId === task.id)) continue;
            completions.push({
              taskId: task.id,
              doneOn: addDays(TODAY, Math.min(doneDay, elapsed)),
              hoursDone: quarters / 4,
            });
          }
          const shifted = addDays(input.interviewDate, dateShift);
          const next = replan(
            plan,
            {
              ...input,
              today: newToday,
              interviewDate: addDays(newToday, Math.max(0, daysBetween(newToday, shifted))),
              hoursPerWeek: newHalves / 2,
              completions,
            },
            content,
          );
          for (const completion of completions) {
            const task = next.tasks.find((candidate) => candidate.id === completion.taskId);
            expect(task?.done).toBe(true);
            expect(task?.hoursDone).toBe(completion.hoursDone);
          }
          expectWithinHours(next);
          expectScheduledOnWorkingDays(next);
          expect(next.startDate).toBe(plan.startDate);
        },
      ),
      { numRuns: 150 },
    );
  });
});
