import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import { buildStory } from "../stories/story-builders.js";
import type { PracticeRecord } from "./attempt-schema.js";
import { buildProgress } from "./progress.js";
import { buildQuestion, buildRecord } from "./test-builders.js";

const questions = [
  ...PRINCIPLE_IDS.map((p) => buildQuestion({ id: `bhv-${p}-01`, principles: [p] })),
  buildQuestion({ id: "bhv-dive-deep-02", principles: ["dive-deep", "ownership"] }),
  buildQuestion({
    id: "met-prime-01",
    type: "metrics",
    principles: ["customer-obsession"],
    roles: ["pm"],
    levels: ["L6"],
  }),
];

const at = (date: string) => `${date}T09:00:00.000Z`;
const record = (
  questionId: string,
  principle: PrincipleId,
  vote: number,
  score: number,
  date: string,
): PracticeRecord =>
  buildRecord({ questionId, principleIds: [principle], vote, score, submittedAt: at(date), answerSeconds: 150 });

const focus: PrincipleId[] = ["dive-deep", "ownership", "customer-obsession", "frugality"];
/** Four weeks of practice: the other twelve principles done well in February, then the focus work. */
const attempts: PracticeRecord[] = [
  ...PRINCIPLE_IDS.filter((p) => !focus.includes(p)).flatMap((p) => [
    record(`bhv-${p}-01`, p, 4, 90, "2026-02-01"),
    record(`bhv-${p}-01`, p, 4, 92, "2026-02-02"),
  ]),
  record("bhv-dive-deep-01", "dive-deep", 2, 45, "2026-03-02"),
  record("bhv-frugality-01", "frugality", 3, 70, "2026-03-03"),
  record("bhv-dive-deep-01", "dive-deep", 3, 68, "2026-03-10"),
  record("bhv-ownership-01", "ownership", 4, 90, "2026-03-11"),
  record("bhv-frugality-01", "frugality", 3, 72, "2026-03-12"),
  record("bhv-ownership-01", "ownership", 4, 88, "2026-03-16"),
  record("met-prime-01", "customer-obsession", 1, 20, "2026-03-17"),
];
const stories = [
  buildStory({
    id: "story-latency-fix",
    maps: [
      ["dive-deep", "primary"],
      ["customer-obsession", "secondary"],
    ],
  }),
  buildStory({ id: "story-root-cause", maps: [["dive-deep", "primary"]] }),
  buildStory({ id: "story-outage-owner", maps: [["ownership", "primary"]] }),
];
const base = {
  attempts: [...attempts].reverse(),
  stories,
  questions,
  settings: { interviewDate: "2026-04-01", role: "pm" as const, level: "L6" as const },
  now: new Date("2026-03-18T12:00:00.000Z"),
  today: "2026-03-18",
  seed: 7,
};

describe("dashboard progress", () => {
  const progress = buildProgress({ ...base, weeks: 3 });

  it("counts distinct questions, attempts and time practised", () => {
    expect(progress.questionsPractised).toBe(16);
    expect(progress.attemptsCount).toBe(31);
    expect(progress.practisedSeconds).toBe(31 * 150);
  });

  it("reads principle coverage from the story bank", () => {
    const row = (p: PrincipleId) => progress.coverage.rows.find((r) => r.principle === p)!;
    expect(row("dive-deep")).toMatchObject({ stories: 2, strongStories: 2, status: "covered" });
    expect(row("ownership")).toMatchObject({ stories: 1, strongStories: 1, status: "thin" });
    expect(row("customer-obsession")).toMatchObject({ stories: 1, strongStories: 0, status: "no-strong" });
    expect(row("think-big")).toMatchObject({ stories: 0, status: "missing" });
    expect(progress.coverage).toMatchObject({ coveredPrinciples: 1, storyCount: 3 });
  });

  it("maps votes per principle over the last weeks", () => {
    expect(progress.heatmap.weeks).toEqual([
      { start: "2026-03-02", end: "2026-03-08" },
      { start: "2026-03-09", end: "2026-03-15" },
      { start: "2026-03-16", end: "2026-03-22" },
    ]);
    const cells = (p: PrincipleId) =>
      progress.heatmap.rows.find((r) => r.principle === p)!.cells.map((c) => c.averageVote);
    expect(cells("dive-deep")).toEqual([2, 3, null]);
    expect(cells("ownership")).toEqual([null, 4, 4]);
    expect(cells("frugality")).toEqual([3, 3, null]);
    expect(cells("customer-obsession")).toEqual([null, null, 1]);
    expect(cells("think-big")).toEqual([null, null, null]);
    expect(buildProgress(base).heatmap.weeks).toHaveLength(8);
  });

  it("names the three weakest principles, each with a question to drill", () => {
    expect(progress.weakest.map((w) => [w.principle, w.averageVote, w.attempts])).toEqual([
      ["customer-obsession", null, 1],
      ["dive-deep", 2.5, 2],
      ["frugality", 3, 2],
    ]);
    expect(progress.weakest[0]!.reason).toBe("Only 1 attempt so far; no strong story yet.");
    expect(progress.weakest[1]!.reason).toBe("Average vote 2.5 over the last 2; 2 strong stories in the bank.");
    // Drills avoid questions practised in the last two weeks when another one fits.
    expect(progress.weakest.map((w) => w.drill?.questionId)).toEqual([
      "bhv-customer-obsession-01",
      "bhv-dive-deep-02",
      "bhv-frugality-01",
    ]);
  });

  it("counts the days to the interview", () => {
    expect(progress.daysToInterview).toBe(14);
    expect(buildProgress({ ...base, settings: {} }).daysToInterview).toBeNull();
    expect(buildProgress({ ...base, today: "2026-04-03" }).daysToInterview).toBe(-2);
  });

  it("suggests a due review first, else the weakest principle", () => {
    expect(progress.nextDrill).toMatchObject({ kind: "weakest-principle", principleId: "customer-obsession" });
    const withDue = buildProgress({ ...base, dueQuestionIds: ["bhv-frugality-01"] });
    expect(withDue.nextDrill).toMatchObject({ kind: "review-due", question: { id: "bhv-frugality-01" } });
  });

  it("gives a score trend per practised principle, oldest first", () => {
    const trend = progress.trends.find((t) => t.principle === "dive-deep")!;
    expect(trend.points.map((p) => [p.date, p.score, p.vote])).toEqual([
      ["2026-03-02", 45, 2],
      ["2026-03-10", 68, 3],
    ]);
    expect(progress.trends).toHaveLength(16);
    expect(buildProgress({ ...base, attempts: [] }).trends).toEqual([]);
  });

  it("works for a new user with nothing yet", () => {
    const empty = buildProgress({ ...base, attempts: [], stories: [], settings: {} });
    expect(empty).toMatchObject({ questionsPractised: 0, attemptsCount: 0, daysToInterview: null });
    expect(empty.weakest.map((w) => w.principle)).toEqual(PRINCIPLE_IDS.slice(0, 3));
    expect(empty.nextDrill?.kind).toBe("weakest-principle");
  });
});
