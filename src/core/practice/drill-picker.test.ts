import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import { pickDrill, rankPrinciplesByWeakness } from "./drill-picker.js";
import { buildQuestion, buildRecord } from "./test-builders.js";

const now = new Date("2026-03-20T12:00:00.000Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** One behavioural question per principle, a second for dive deep, and two functional ones. */
const bank = [
  ...PRINCIPLE_IDS.map((p) => buildQuestion({ id: `bhv-${p}-01`, principles: [p] })),
  buildQuestion({ id: "bhv-dive-deep-02", principles: ["dive-deep", "ownership"], difficulty: "hard" }),
  buildQuestion({ id: "bhv-dive-deep-03", principles: ["ownership", "dive-deep"] }),
  buildQuestion({
    id: "sd-feed-01",
    type: "system-design",
    principles: ["dive-deep"],
    roles: ["pmt", "tpm"],
    answerMinutes: 45,
  }),
  buildQuestion({
    id: "met-prime-01",
    type: "metrics",
    principles: ["customer-obsession"],
    roles: ["pm"],
    levels: ["L6"],
  }),
];

/** Every principle practised twice with a Strong Hire, except the ones given (votes oldest first). */
function historyWith(votes: Partial<Record<PrincipleId, number[]>>) {
  return PRINCIPLE_IDS.flatMap((p) => {
    const list = votes[p] ?? [4, 4];
    return list.map((vote, i) =>
      buildRecord({ questionId: `bhv-${p}-01`, principleIds: [p], vote, submittedAt: daysAgo(40 - i) }),
    );
  });
}

describe("weakest-principle drill", () => {
  it("drills the principle with the lowest recent average vote", () => {
    const attempts = historyWith({ "dive-deep": [2, 1, 2], frugality: [3, 3] });
    const pick = pickDrill(bank, { kind: "weakest-principle" }, { attempts, now, seed: 1 });
    expect(pick?.principleId).toBe("dive-deep");
    expect(pick?.question.principles[0]).toBe("dive-deep");
    expect(pick?.question.type).toBe("behavioural");
    expect(pick?.reason).toMatch(/Dive Deep is your weakest principle \(average vote 1\.7/);
  });

  it("counts an unpractised principle, or one under the minimum attempts, as weakest", () => {
    const attempts = historyWith({ "dive-deep": [1, 1], "think-big": [], "earn-trust": [4] });
    const ranking = rankPrinciplesByWeakness(attempts);
    expect(ranking.slice(0, 3).map((s) => s.principle)).toEqual(["think-big", "earn-trust", "dive-deep"]);
    expect(ranking[0]).toMatchObject({ attempts: 0, averageVote: null, practised: false });
    expect(pickDrill(bank, { kind: "weakest-principle" }, { attempts, now, seed: 1 })?.reason).toMatch(
      /Think Big has not been practised yet/,
    );
  });

  it("only trusts the latest votes", () => {
    const attempts = historyWith({ "dive-deep": [1, 1, 1, 4, 4, 4, 4, 4], ownership: [3, 3] });
    expect(rankPrinciplesByWeakness(attempts)[0]!.principle).toBe("ownership");
  });

  it("breaks ties between unpractised principles by strong stories", () => {
    const ranking = rankPrinciplesByWeakness([], { strongStories: { "customer-obsession": 2, ownership: 0 } });
    expect(ranking[0]!.principle).toBe("ownership");
    expect(ranking.at(-1)!.principle).toBe("customer-obsession");
  });

  it("skips a weak principle with no question for the user's role", () => {
    const attempts = historyWith({ "dive-deep": [1, 1] });
    const onlyDesign = bank.filter((q) => q.type === "system-design" || q.principles[0] === "frugality");
    const pick = pickDrill(
      onlyDesign,
      { kind: "weakest-principle", filter: { role: "pm" } },
      { attempts, now, seed: 1 },
    );
    expect(pick?.principleId).toBe("frugality");
  });
});

describe("review-due drill", () => {
  it("drills the most urgent due question that exists, even if practised recently", () => {
    const attempts = [
      buildRecord({ questionId: "bhv-frugality-01", principleIds: ["frugality"], submittedAt: daysAgo(2) }),
    ];
    const pick = pickDrill(
      bank,
      { kind: "review-due", dueQuestionIds: ["deleted-question", "bhv-frugality-01", "bhv-think-big-01"] },
      { attempts, now, seed: 1 },
    );
    expect(pick?.question.id).toBe("bhv-frugality-01");
    expect(pick?.kind).toBe("review-due");
    expect(pick?.recentlyPractised).toBe(true);
    expect(pick?.reason).toMatch(/spaced review/);
  });

  it("gives nothing when no due question is in the bank", () => {
    expect(pickDrill(bank, { kind: "review-due", dueQuestionIds: ["gone"] }, { now, seed: 1 })).toBeUndefined();
  });
});

describe("avoiding recent questions", () => {
  const diveDeep = {
    kind: "filter" as const,
    filter: { principleId: "dive-deep" as const, type: "behavioural" as const },
  };

  it("does not repeat a question practised within 14 days when alternatives exist", () => {
    const attempts = [
      buildRecord({ questionId: "bhv-dive-deep-01", principleIds: ["dive-deep"], submittedAt: daysAgo(3) }),
      buildRecord({ questionId: "bhv-dive-deep-02", principleIds: ["dive-deep"], submittedAt: daysAgo(13) }),
    ];
    for (let seed = 0; seed < 20; seed++) {
      const pick = pickDrill(bank, diveDeep, { attempts, now, seed });
      expect(pick?.question.id).toBe("bhv-dive-deep-03");
      expect(pick?.recentlyPractised).toBe(false);
    }
  });

  it("repeats a recent question when nothing else fits, and says so", () => {
    const attempts = ["01", "02", "03"].map((n, i) =>
      buildRecord({ questionId: `bhv-dive-deep-${n}`, principleIds: ["dive-deep"], submittedAt: daysAgo(1 + i) }),
    );
    const pick = pickDrill(bank, diveDeep, { attempts, now, seed: 3 });
    expect(pick?.recentlyPractised).toBe(true);
    expect(pick?.lastPractisedAt).toBeDefined();
  });

  it("lets a question come back after the window, with a configurable number of days", () => {
    const attempts = [
      buildRecord({ questionId: "bhv-dive-deep-01", principleIds: ["dive-deep"], submittedAt: daysAgo(20) }),
      buildRecord({ questionId: "bhv-dive-deep-02", principleIds: ["dive-deep"], submittedAt: daysAgo(20) }),
    ];
    const random = { kind: "random" as const, filter: diveDeep.filter };
    const picked = new Set(
      Array.from({ length: 30 }, (_, seed) => pickDrill(bank, random, { attempts, now, seed })?.question.id),
    );
    expect(picked.size).toBeGreaterThan(1);
    const strict = new Set(
      Array.from(
        { length: 30 },
        (_, seed) => pickDrill(bank, random, { attempts, now, seed, avoidDays: 30 })?.question.id,
      ),
    );
    expect([...strict]).toEqual(["bhv-dive-deep-03"]);
  });
});

describe("filter, specific and random drills", () => {
  it("filters by principle, type, role, level and difficulty", () => {
    const hard = pickDrill(
      bank,
      { kind: "filter", filter: { principleId: "dive-deep", difficulty: "hard" } },
      { now, seed: 5 },
    );
    expect(hard?.question.id).toBe("bhv-dive-deep-02");
    const pm = pickDrill(
      bank,
      { kind: "filter", filter: { type: "metrics", role: "pm", level: "L6" } },
      { now, seed: 5 },
    );
    expect(pm?.question.id).toBe("met-prime-01");
    expect(
      pickDrill(bank, { kind: "filter", filter: { type: "metrics", level: "L5" } }, { now, seed: 5 }),
    ).toBeUndefined();
    expect(
      pickDrill(bank, { kind: "filter", filter: { type: "system-design", role: "pm" } }, { now, seed: 5 }),
    ).toBeUndefined();
  });

  it("prefers questions never tried when filtering", () => {
    const attempts = [
      buildRecord({ questionId: "bhv-dive-deep-01", principleIds: ["dive-deep"], submittedAt: daysAgo(60) }),
    ];
    const filter = {
      kind: "filter" as const,
      filter: { principleId: "dive-deep" as const, difficulty: "medium" as const },
    };
    for (let seed = 0; seed < 10; seed++)
      expect(pickDrill(bank, filter, { attempts, now, seed })?.question.id).not.toBe("bhv-dive-deep-01");
  });

  it("returns the question asked for, or nothing", () => {
    expect(pickDrill(bank, { kind: "question", questionId: "sd-feed-01" }, { now, seed: 1 })?.question.type).toBe(
      "system-design",
    );
    expect(pickDrill(bank, { kind: "question", questionId: "nope" }, { now, seed: 1 })).toBeUndefined();
  });

  it("picks at random reproducibly from a seed, whatever order the bank is in", () => {
    const a = pickDrill(bank, { kind: "random" }, { now, seed: 42 });
    const b = pickDrill([...bank].reverse(), { kind: "random" }, { now, seed: 42 });
    expect(a?.question.id).toBe(b?.question.id);
    const spread = new Set(
      Array.from({ length: 40 }, (_, seed) => pickDrill(bank, { kind: "random" }, { now, seed })?.question.id),
    );
    expect(spread.size).toBeGreaterThan(5);
  });
});
