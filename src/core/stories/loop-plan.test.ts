import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import {
  type LoopInterviewer,
  type LoopStoryPlan,
  loopPlanInputSchema,
  planLoopStories,
  storyValueFor,
} from "./loop-plan.js";
import { buildStory, SAMPLE_BANK, SAMPLE_SIGNALS } from "./story-builders.js";
import type { BankStory } from "./story-matrix.js";
import type { StoryQualities, StoryStrength } from "./story-schema.js";

const UNIT = 1_000_000;
const units = (value: number) => Math.max(1, Math.round(value * UNIT));

interface Case {
  interviewers: LoopInterviewer[];
  stories: BankStory[];
  qualities: StoryQualities;
}

/** [reuses, same-interviewer reuses, spread, -value in units]: smaller is better, compared in order. */
type Score = [number, number, number, number];

function scoreOf(c: Case, storyPerSlot: number[]): Score {
  const slots = c.interviewers.flatMap((iv, i) => iv.principles.map((principle) => ({ interviewer: i, principle })));
  let value = 0;
  const uses = new Map<number, number[]>();
  storyPerSlot.forEach((story, s) => {
    if (story < 0) return;
    value += units(storyValueFor(c.stories[story]!, slots[s]!.principle, c.qualities, undefined)!.value);
    uses.set(story, [...(uses.get(story) ?? []), slots[s]!.interviewer]);
  });
  let reuses = 0;
  let same = 0;
  let spread = 0;
  for (const list of uses.values()) {
    const heardBy = new Set(list).size;
    reuses += list.length - 1;
    same += list.length - heardBy;
    // The 2nd interviewer costs 0 extra, the 3rd 1, the 4th 2...
    spread += ((heardBy - 1) * (heardBy - 2)) / 2;
  }
  return [reuses, same, spread, -value];
}

const better = (a: Score, b: Score) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

/** Every way to fill every slot that some story can answer. */
function bruteForce(c: Case): Score {
  const slots = c.interviewers.flatMap((iv) => iv.principles);
  const candidates = slots.map((p) =>
    c.stories.flatMap((s, i) => (storyValueFor(s, p, c.qualities, undefined) ? [i] : [])),
  );
  let best: Score | undefined;
  const choice: number[] = [];
  const walk = (slot: number) => {
    if (slot === slots.length) {
      const score = scoreOf(c, choice);
      if (!best || better(score, best) < 0) best = score;
      return;
    }
    const options = candidates[slot]!.length > 0 ? candidates[slot]! : [-1];
    for (const option of options) {
      choice[slot] = option;
      walk(slot + 1);
    }
  };
  walk(0);
  return best!;
}

function planChoice(c: Case, plan: LoopStoryPlan): number[] {
  return plan.slots.map((slot) => (slot.primary ? c.stories.findIndex((s) => s.id === slot.primary!.storyId) : -1));
}

/** Exact best value with no story told twice, by dynamic programming over filled-slot masks. */
function bestWithoutReuse(c: Case): { filled: number; value: number } {
  const slots = c.interviewers.flatMap((iv) => iv.principles);
  const size = 1 << slots.length;
  let best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  best[0] = 0;
  for (const story of c.stories) {
    const gains = slots.map((p) => {
      const v = storyValueFor(story, p, c.qualities, undefined);
      return v ? units(v.value) : 0;
    });
    const next = Float64Array.from(best);
    for (let mask = 0; mask < size; mask++) {
      if (best[mask] === Number.NEGATIVE_INFINITY) continue;
      gains.forEach((gain, s) => {
        if (gain === 0 || mask & (1 << s)) return;
        const to = mask | (1 << s);
        next[to] = Math.max(next[to]!, best[mask]! + gain);
      });
    }
    best = next;
  }
  let filled = 0;
  let value = 0;
  for (let mask = 0; mask < size; mask++) {
    if (best[mask] === Number.NEGATIVE_INFINITY) continue;
    let bits = 0;
    for (let m = mask; m; m &= m - 1) bits++;
    if (bits > filled || (bits === filled && best[mask]! > value)) {
      filled = bits;
      value = best[mask]!;
    }
  }
  return { filled, value };
}

/** Five interviewers, three principles each: fifteen different principles, as in a real loop. */
const LOOP: LoopInterviewer[] = [0, 1, 2, 3, 4].map((i) => ({
  id: `interviewer-${i + 1}`,
  principles: PRINCIPLE_IDS.slice(i * 3, i * 3 + 3) as PrincipleId[],
}));

/** A bank of 18 stories with 1-3 principles each; every loop principle has at least one story. */
const bank18 = fc
  .tuple(
    fc.array(
      fc.uniqueArray(fc.record({ p: fc.integer({ min: 0, max: 14 }), primary: fc.boolean() }), {
        selector: (m) => m.p,
        minLength: 1,
        maxLength: 3,
      }),
      { minLength: 18, maxLength: 18 },
    ),
    fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), { minLength: 18, maxLength: 18 }),
  )
  .map(([maps, qualities]) => {
    const stories = maps.map((m, i) =>
      buildStory({
        id: `story-bank-${i}`,
        maps: m.map(
          ({ p, primary }) => [PRINCIPLE_IDS[p]!, primary ? "primary" : "secondary"] as [PrincipleId, StoryStrength],
        ),
      }),
    );
    // Cover every loop principle at least once, so a full plan without reuse may exist.
    PRINCIPLE_IDS.slice(0, 15).forEach((p, i) => {
      const story = stories[i]!;
      if (!story.content.principles.some((x) => x.id === p))
        story.content.principles.push({ id: p, strength: "secondary" });
    });
    const q: Record<string, number | undefined> = {};
    qualities.forEach((value, i) => {
      q[stories[i]!.id] = value === undefined ? undefined : value / 100;
    });
    return { interviewers: LOOP, stories, qualities: q } satisfies Case;
  });

describe("loop story plan", () => {
  it("for 5 interviewers × 3 principles and 18 stories, repeats no story and is optimal", () => {
    fc.assert(
      fc.property(bank18, (c) => {
        const plan = planLoopStories({ interviewers: c.interviewers }, c.stories, { qualities: c.qualities });
        const exact = bestWithoutReuse(c);
        const primaries = plan.slots.flatMap((s) => (s.primary ? [s.primary.storyId] : []));
        expect(exact.filled).toBe(15);
        expect(new Set(primaries).size).toBe(15);
        expect(plan.reusedStories).toEqual([]);
        expect(plan.notes).toEqual([]);
        const [, , , negValue] = scoreOf(c, planChoice(c, plan));
        expect(-negValue).toBe(exact.value);
      }),
      { numRuns: 15 },
    );
  });

  it("is optimal against brute force on small random loops, reuse included", () => {
    const principles = PRINCIPLE_IDS.slice(0, 5);
    const small = fc
      .record({
        maps: fc.array(
          fc.uniqueArray(fc.record({ p: fc.integer({ min: 0, max: 4 }), primary: fc.boolean() }), {
            selector: (m) => m.p,
            maxLength: 3,
          }),
          { minLength: 1, maxLength: 7 },
        ),
        qualities: fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), {
          minLength: 7,
          maxLength: 7,
        }),
        loop: fc
          .array(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), {
            minLength: 1,
            maxLength: 3,
          })
          .filter((l) => l.flat().length <= 5),
      })
      .map(({ maps, qualities, loop }): Case => {
        const stories = maps.map((m, i) =>
          buildStory({
            id: `story-small-${i}`,
            maps: m.map(
              ({ p, primary }) => [principles[p]!, primary ? "primary" : "secondary"] as [PrincipleId, StoryStrength],
            ),
          }),
        );
        const q: Record<string, number | undefined> = {};
        stories.forEach((s, i) => {
          const v = qualities[i];
          q[s.id] = v === undefined ? undefined : v / 100;
        });
        return {
          stories,
          qualities: q,
          interviewers: loop.map((ps, i) => ({ id: `iv-${i}`, principles: ps.map((p) => principles[p]!) })),
        };
      });
    fc.assert(
      fc.property(small, (c) => {
        const plan = planLoopStories({ interviewers: c.interviewers }, c.stories, { qualities: c.qualities });
        expect(scoreOf(c, planChoice(c, plan))).toEqual(bruteForce(c));
      }),
      { numRuns: 400 },
    );
  });

  it("with fewer stories than slots, reports the least harmful reuse and a different angle", () => {
    const a = buildStory({
      id: "story-a",
      title: "Outage",
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "primary"],
      ],
    });
    const b = buildStory({
      id: "story-b",
      title: "Vendor bill",
      action: "I dug into the invoices and found duplicates.",
      maps: [
        ["frugality", "primary"],
        ["dive-deep", "secondary"],
      ],
    });
    const interviewers = [
      { id: "hiring-manager", name: "Hiring manager", principles: ["ownership", "dive-deep"] as PrincipleId[] },
      { id: "bar-raiser", name: "Bar Raiser", principles: ["frugality"] as PrincipleId[] },
    ];
    const plan = planLoopStories({ interviewers }, [a, b], { signals: SAMPLE_SIGNALS });
    // Telling "Outage" twice to the hiring manager would be worth more (1 + 1 + 1 against
    // 1 + 0.6 + 1), but one interviewer would get one judgement for two principles.
    expect(plan.slots.map((s) => s.primary?.storyId)).toEqual(["story-a", "story-b", "story-b"]);
    expect(plan.reusedStories).toEqual([
      {
        storyId: "story-b",
        title: "Vendor bill",
        kind: "across-interviewers",
        slots: [
          { interviewerId: "bar-raiser", principle: "frugality" },
          { interviewerId: "hiring-manager", principle: "dive-deep" },
        ],
      },
    ]);
    const reused = plan.slots[1]!.reuse!;
    expect(reused.kind).toBe("across-interviewers");
    expect(reused.firstToldAt).toEqual({ interviewerId: "bar-raiser", principle: "frugality" });
    expect(reused.angle.principle).toBe("dive-deep");
    expect(reused.angle.parts.map((p) => p.field)).toEqual(["action"]);
    expect(reused.angle.advice).toContain("keep the Frugality angle for Bar Raiser");
    expect(plan.notes[0]).toContain("3 slots need a story but only 2 distinct stories");
  });

  it("tells one story twice to the same interviewer only when nothing else can fill the slot, and says so", () => {
    const only = buildStory({
      id: "story-only",
      maps: [
        ["ownership", "primary"],
        ["earn-trust", "secondary"],
      ],
    });
    const plan = planLoopStories({ interviewers: [{ id: "hm", principles: ["ownership", "earn-trust"] }] }, [only]);
    expect(plan.slots.map((s) => s.primary?.storyId)).toEqual(["story-only", "story-only"]);
    expect(plan.slots[1]!.reuse!.kind).toBe("same-interviewer");
    expect(plan.notes.join(" ")).toContain("answers both Ownership and Earn Trust for hm");
  });

  it("spreads forced reuses over several stories rather than telling one to three interviewers", () => {
    const all = buildStory({
      id: "story-all",
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "primary"],
        ["earn-trust", "primary"],
        ["frugality", "primary"],
      ],
    });
    const some = buildStory({
      id: "story-some",
      maps: [
        ["earn-trust", "secondary"],
        ["frugality", "secondary"],
      ],
    });
    const interviewers = (["ownership", "dive-deep", "earn-trust", "frugality"] as PrincipleId[]).map((p, i) => ({
      id: `iv-${i}`,
      principles: [p],
    }));
    const plan = planLoopStories({ interviewers }, [all, some]);
    expect(plan.slots.map((s) => s.primary!.storyId)).toEqual(["story-all", "story-all", "story-some", "story-some"]);
  });

  it("shows what stays uncovered: no story has any value for the principle", () => {
    const plan = planLoopStories({ interviewers: [{ id: "hm", principles: ["ownership", "frugality"] }] }, [
      buildStory({ maps: [["ownership", "primary"]] }),
    ]);
    expect(plan.uncovered).toEqual([{ interviewerId: "hm", principle: "frugality", principleName: "Frugality" }]);
    expect(plan.slots[1]!.primary).toBeNull();
  });

  it("lets a story whose text carries an unmapped principle answer it at weight 0.3", () => {
    const story = buildStory({ action: "I cut costs and saved budget.", maps: [["ownership", "primary"]] });
    const plan = planLoopStories({ interviewers: [{ id: "br", principles: ["frugality"] }] }, [story], {
      signals: SAMPLE_SIGNALS,
      qualities: { [story.id]: 1 },
    });
    expect(plan.slots[0]!.primary).toMatchObject({
      storyId: story.id,
      basis: "signals",
      value: 0.3,
      qualityAssumed: false,
    });
  });

  it("picks backups from the stories no slot uses as primary, best first, possibly the same for two slots", () => {
    const stories = [
      buildStory({ id: "story-p1", maps: [["ownership", "primary"]] }),
      buildStory({ id: "story-p2", maps: [["dive-deep", "primary"]] }),
      buildStory({
        id: "story-spare",
        maps: [
          ["ownership", "secondary"],
          ["dive-deep", "secondary"],
        ],
      }),
    ];
    const plan = planLoopStories(
      {
        interviewers: [
          { id: "hm", principles: ["ownership"] },
          { id: "em", principles: ["dive-deep"] },
        ],
      },
      stories,
    );
    expect(plan.slots.map((s) => [s.primary?.storyId, s.backup?.storyId])).toEqual([
      ["story-p1", "story-spare"],
      ["story-p2", "story-spare"],
    ]);
  });

  it("values a story by strength × quality, assuming 0.5 for a story the coach has not rated", () => {
    const rated = buildStory({ maps: [["think-big", "secondary"]] });
    const unrated = buildStory({ maps: [["think-big", "primary"]] });
    expect(storyValueFor(rated, "think-big", { [rated.id]: 0.9 }, undefined)).toMatchObject({
      value: 0.54,
      basis: "secondary",
    });
    expect(storyValueFor(unrated, "think-big", {}, undefined)).toMatchObject({ value: 0.5, qualityAssumed: true });
    const plan = planLoopStories({ interviewers: [{ id: "x", principles: ["think-big"] }] }, [rated, unrated], {
      qualities: { [rated.id]: 0.9 },
    });
    expect(plan.slots[0]!.primary!.storyId).toBe(rated.id);
  });

  it("plans a 9-story bank for a 12-slot loop with exactly the reuses it cannot avoid", () => {
    const interviewers = [
      { id: "hm", principles: ["customer-obsession", "deliver-results", "dive-deep"] },
      { id: "peer", principles: ["ownership", "bias-for-action"] },
      { id: "em", principles: ["insist-on-the-highest-standards", "think-big"] },
      { id: "xfn", principles: ["earn-trust", "have-backbone-disagree-and-commit"] },
      { id: "br", principles: ["frugality", "hire-and-develop-the-best", "are-right-a-lot"] },
    ];
    const input = loopPlanInputSchema.parse({ interviewers });
    const plan = planLoopStories(input, SAMPLE_BANK, { signals: SAMPLE_SIGNALS });
    expect(plan.uncovered).toEqual([]);
    const told = plan.slots.map((s) => s.primary!.storyId);
    expect(new Set(told).size).toBe(9);
    expect(plan.notes[0]).toBe(
      "12 slots need a story but only 9 distinct stories can fill them: the plan reuses 3 time(s), the least harmful way it can.",
    );
    // Only the launch-date story answers Earn Trust and Have Backbone, both owned by "xfn".
    expect(plan.slots.filter((s) => s.reuse?.kind === "same-interviewer").map((s) => s.principle)).toEqual([
      "earn-trust",
    ]);
  });

  it("refuses an interviewer with more than three principles or the same principle twice", () => {
    expect(
      loopPlanInputSchema.safeParse({ interviewers: [{ id: "a", principles: ["ownership", "ownership"] }] }).success,
    ).toBe(false);
    expect(
      loopPlanInputSchema.safeParse({
        interviewers: [{ id: "a", principles: ["ownership", "dive-deep", "think-big", "frugality"] }],
      }).success,
    ).toBe(false);
  });
});
