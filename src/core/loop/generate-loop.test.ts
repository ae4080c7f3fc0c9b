import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ContentPack, loadPack } from "../content/load-pack.js";
import { LEVELS, ROLES } from "../content/pack-schema.js";
import { generateLoop, ROLE_FUNCTIONAL_AREAS } from "./generate-loop.js";
import { LoopError } from "./loop-error.js";
import { type LoopPlan, loopPlanSchema } from "./loop-schema.js";
import { RECENT_DAYS } from "./question-picker.js";

function loadRealPack(): ContentPack {
  const dir = fileURLToPath(new URL("../../../content/amazon", import.meta.url));
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`the content pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

const pack = loadRealPack();
const NOW = "2025-03-01T12:00:00.000Z";
const questionById = new Map(pack.questions.map((q) => [q.id, q]));
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const allQuestionIds = (plan: LoopPlan) => plan.rounds.flatMap((r) => r.questions.map((q) => q.questionId));

const cases = ROLES.flatMap((role) => LEVELS.map((level) => ({ role, level })));

describe.each(cases)("an onsite loop for $role at $level", ({ role, level }) => {
  const plans = [1, 2, 3, 77, 4096].map((seed) => generateLoop({ role, level, kind: "onsite", seed, pack, now: NOW }));

  it("has five rounds, from the hiring manager to the Bar Raiser, each about 55 minutes with the pack's introduction", () => {
    for (const plan of plans) {
      expect(plan.rounds.map((r) => r.persona.id)).toEqual([
        "hiring-manager",
        "peer",
        "engineering-manager",
        "cross-functional-partner",
        "bar-raiser",
      ]);
      for (const round of plan.rounds) {
        expect(round.minutes).toBe(55);
        expect(round.persona.introduction).toBe(
          pack.process.personas.find((p) => p.id === round.persona.id)?.introduction,
        );
      }
      expect(loopPlanSchema.parse(plan)).toEqual(plan);
    }
  });

  it("gives every principle at most one owner", () => {
    for (const plan of plans) {
      const owned = plan.rounds.flatMap((r) => r.principles);
      expect(new Set(owned).size).toBe(owned.length);
    }
  });

  it("gives each interviewer 2-3 principles, the Bar Raiser included", () => {
    for (const plan of plans) {
      for (const round of plan.rounds) {
        expect(round.principles.length).toBeGreaterThanOrEqual(2);
        expect(round.principles.length).toBeLessThanOrEqual(3);
      }
      expect(plan.rounds.find((r) => r.persona.id === "bar-raiser")?.principles.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("spreads the role's functional areas over different interviewers, never the Bar Raiser", () => {
    for (const plan of plans) {
      const areas = plan.rounds.flatMap((r) => (r.functionalArea ? [r.functionalArea] : []));
      expect([...areas].sort()).toEqual([...ROLE_FUNCTIONAL_AREAS[role]].sort());
      expect(plan.rounds.find((r) => r.persona.id === "bar-raiser")?.functionalArea).toBeUndefined();
      for (const round of plan.rounds) {
        const functional = round.questions.filter((q) => q.kind === "functional");
        expect(functional.length).toBe(round.functionalArea ? 1 : 0);
        for (const q of functional) {
          const question = questionById.get(q.questionId);
          expect(question?.type).toBe(round.functionalArea);
          expect(question?.roles).toContain(role);
        }
      }
    }
  });

  it("asks one behavioural question per owned principle, with that principle primary, for the role and level", () => {
    for (const plan of plans) {
      for (const round of plan.rounds) {
        const behavioural = round.questions.filter((q) => q.kind === "behavioural");
        expect(behavioural.map((q) => q.principleId)).toEqual(round.principles);
        for (const q of behavioural) {
          const question = questionById.get(q.questionId);
          expect(question?.type).toBe("behavioural");
          expect(question?.principles[0]).toBe(q.principleId);
          expect(question?.roles).toContain(role);
          expect(question?.levels).toContain(level);
        }
      }
    }
  });

  it("never uses a question twice in one loop", () => {
    for (const plan of plans) {
      const ids = allQuestionIds(plan);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("avoids questions practised in the last 14 days when alternatives exist", () => {
    const seed = 99;
    const first = generateLoop({ role, level, kind: "onsite", seed, pack, now: NOW });
    const recent = allQuestionIds(first).map((questionId) => ({ questionId, practisedAt: daysAgo(3) }));
    const second = generateLoop({ role, level, kind: "onsite", seed, pack, now: NOW, recent });
    const again = new Set(allQuestionIds(first));
    expect(allQuestionIds(second).filter((id) => again.has(id))).toEqual([]);
  });
});

describe.each(cases)("a phone screen for $role at $level", ({ role, level }) => {
  it("is one 60-minute round with the hiring manager or a peer, 2-3 behavioural questions and one functional question for the role", () => {
    const personas = new Set<string>();
    const counts = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const plan = generateLoop({ role, level, kind: "phone", seed, pack, now: NOW });
      expect(loopPlanSchema.parse(plan)).toEqual(plan);
      expect(plan.rounds).toHaveLength(1);
      const [round] = plan.rounds;
      if (!round) throw new Error("no round");
      personas.add(round.persona.id);
      expect(["hiring-manager", "peer"]).toContain(round.persona.id);
      expect(round.minutes).toBe(60);
      const behavioural = round.questions.filter((q) => q.kind === "behavioural");
      const functional = round.questions.filter((q) => q.kind === "functional");
      counts.add(behavioural.length);
      expect(behavioural.length).toBe(round.principles.length);
      expect(functional).toHaveLength(1);
      expect(ROLE_FUNCTIONAL_AREAS[role]).toContain(round.functionalArea);
      expect(questionById.get(functional[0]?.questionId ?? "")?.type).toBe(round.functionalArea);
      expect(round.questions.at(-1)?.kind).toBe("functional");
    }
    expect([...personas].sort()).toEqual(["hiring-manager", "peer"]);
    expect([...counts].sort()).toEqual([2, 3]);
  });
});

describe("loop generation", () => {
  it("gives the same loop for the same seed", () => {
    for (const role of ROLES) {
      const a = generateLoop({ role, level: "L6", kind: "onsite", seed: 12345, pack, now: NOW });
      const b = generateLoop({ role, level: "L6", kind: "onsite", seed: 12345, pack, now: NOW });
      expect(b).toEqual(a);
      expect(a.seed).toBe(12345);
    }
  });

  it("usually gives a different loop for a different seed", () => {
    const plans = Array.from({ length: 20 }, (_, seed) =>
      JSON.stringify(generateLoop({ role: "pm", level: "L6", kind: "onsite", seed, pack, now: NOW }).rounds),
    );
    expect(new Set(plans).size).toBeGreaterThanOrEqual(19);
  });

  it("does not depend on the order of the pack's questions", () => {
    const reversed = { ...pack, questions: [...pack.questions].reverse() };
    const a = generateLoop({ role: "tpm", level: "L5", kind: "onsite", seed: 7, pack, now: NOW });
    const b = generateLoop({ role: "tpm", level: "L5", kind: "onsite", seed: 7, pack: reversed, now: NOW });
    expect(b).toEqual(a);
  });

  it("picks and records a seed when none is given, and replays from it", () => {
    const plan = generateLoop({ role: "pmt", level: "L7", kind: "onsite", pack, now: NOW });
    expect(Number.isInteger(plan.seed)).toBe(true);
    expect(generateLoop({ role: "pmt", level: "L7", kind: "onsite", pack, now: NOW, seed: plan.seed })).toEqual(plan);
  });

  it("still uses questions practised longer ago than 14 days", () => {
    const plan = generateLoop({ role: "pm", level: "L5", kind: "onsite", seed: 5, pack, now: NOW });
    const old = allQuestionIds(plan).map((questionId) => ({ questionId, practisedAt: daysAgo(RECENT_DAYS + 1) }));
    expect(generateLoop({ role: "pm", level: "L5", kind: "onsite", seed: 5, pack, now: NOW, recent: old })).toEqual(
      plan,
    );
  });

  it("reuses a recently practised question only when the principle has no alternative", () => {
    const only = pack.questions.find(
      (q) => q.type === "behavioural" && q.principles[0] === "frugality" && q.roles.includes("pm"),
    );
    if (!only) throw new Error("no frugality question");
    const tiny = {
      ...pack,
      questions: pack.questions.filter(
        (q) => q.type !== "behavioural" || !q.principles.includes("frugality") || q === only,
      ),
    };
    const recent = [{ questionId: only.id, practisedAt: daysAgo(1) }];
    let owned = 0;
    for (let seed = 0; seed < 40; seed++) {
      const plan = generateLoop({ role: "pm", level: "L6", kind: "onsite", seed, pack: tiny, now: NOW, recent });
      const frugal = plan.rounds.flatMap((r) => r.questions).find((q) => q.principleId === "frugality");
      if (frugal) {
        owned++;
        expect(frugal.questionId).toBe(only.id);
      }
    }
    expect(owned).toBeGreaterThan(0);
  });

  it("keeps the hiring manager and the Bar Raiser in a 2-round test loop", () => {
    for (const role of ROLES) {
      const plan = generateLoop({ role, level: "L6", kind: "onsite", seed: 3, pack, now: NOW, rounds: 2 });
      expect(plan.rounds.map((r) => r.persona.id)).toEqual(["hiring-manager", "bar-raiser"]);
      expect(loopPlanSchema.parse(plan)).toEqual(plan);
    }
  });

  it("keeps every functional area in a 4-round loop", () => {
    for (const role of ROLES) {
      const plan = generateLoop({ role, level: "L6", kind: "onsite", seed: 3, pack, now: NOW, rounds: 4 });
      expect(plan.rounds).toHaveLength(4);
      const areas = plan.rounds.flatMap((r) => (r.functionalArea ? [r.functionalArea] : []));
      expect(areas.sort()).toEqual([...ROLE_FUNCTIONAL_AREAS[role]].sort());
    }
  });

  it("drops the engineering manager first from a shorter PM loop, and the partner first from PMT and TPM loops", () => {
    const personas = (role: "pm" | "pmt" | "tpm") =>
      generateLoop({ role, level: "L5", kind: "onsite", seed: 1, pack, now: NOW, rounds: 4 }).rounds.map(
        (r) => r.persona.id,
      );
    expect(personas("pm")).not.toContain("engineering-manager");
    expect(personas("pmt")).not.toContain("cross-functional-partner");
    expect(personas("tpm")).not.toContain("cross-functional-partner");
  });

  it("refuses a seed or round count out of range with a domain error", () => {
    expect(() => generateLoop({ role: "pm", level: "L5", kind: "onsite", seed: -1, pack })).toThrow(LoopError);
    expect(() => generateLoop({ role: "pm", level: "L5", kind: "onsite", seed: 2 ** 32, pack })).toThrow(LoopError);
    expect(() => generateLoop({ role: "pm", level: "L5", kind: "onsite", seed: 1, rounds: 6, pack })).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
  });

  it("holds its invariants for any seed, role, level and round count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom(...ROLES),
        fc.constantFrom(...LEVELS),
        fc.integer({ min: 1, max: 5 }),
        (seed, role, level, rounds) => {
          const plan = generateLoop({ role, level, kind: "onsite", seed, pack, now: NOW, rounds });
          loopPlanSchema.parse(plan);
          const owned = plan.rounds.flatMap((r) => r.principles);
          const ids = allQuestionIds(plan);
          return (
            plan.rounds.length === rounds &&
            new Set(owned).size === owned.length &&
            new Set(ids).size === ids.length &&
            plan.rounds.every((r) => r.principles.length >= 2 && r.principles.length <= 3)
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
