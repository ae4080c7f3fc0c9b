import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PRINCIPLE_IDS, type PrincipleId } from "../content/pack-schema.js";
import { buildStory, CHECKOUT_RETOLD, SAMPLE_BANK, SAMPLE_SIGNALS } from "./story-builders.js";
import {
  type BankStory,
  buildStoryMatrix,
  findCoverageGaps,
  isStrong,
  reviewStoryBank,
  STRONG_SECONDARY_QUALITY,
} from "./story-matrix.js";
import type { PrincipleSignals } from "./story-signals.js";

const gapIds = (gaps: { principle: PrincipleId }[]) => gaps.map((g) => g.principle);

describe("principle matrix", () => {
  it("has a row for each of the 16 principles, with strength and quality per mapped story", () => {
    const matrix = buildStoryMatrix(SAMPLE_BANK, { qualities: { "story-checkout-latency": 0.8 } });
    expect(matrix.rows.map((r) => r.principle)).toEqual([...PRINCIPLE_IDS]);
    expect(matrix.rows.find((r) => r.principle === "customer-obsession")!.cells).toEqual([
      { storyId: "story-checkout-latency", strength: "secondary", quality: 0.8, strong: true },
      { storyId: "story-onboarding-research", strength: "primary", quality: undefined, strong: true },
    ]);
  });

  it("counts a primary as strong, and a secondary only once the coach rates it 0.7 or more", () => {
    expect(isStrong("primary", undefined)).toBe(true);
    expect(isStrong("primary", 0.2)).toBe(true);
    expect(isStrong("secondary", undefined)).toBe(false);
    expect(isStrong("secondary", 0.69)).toBe(false);
    expect(isStrong("secondary", STRONG_SECONDARY_QUALITY)).toBe(true);
  });

  it("closes gaps as stories are added", () => {
    const bank: BankStory[] = [];
    expect(findCoverageGaps(bank)).toHaveLength(16);
    expect(findCoverageGaps(bank).every((g) => g.status === "missing" && g.needed === 2)).toBe(true);

    bank.push(buildStory({ maps: [["ownership", "primary"]] }));
    const afterOne = findCoverageGaps(bank).find((g) => g.principle === "ownership")!;
    expect(afterOne).toMatchObject({ status: "thin", strongCount: 1, needed: 1 });

    bank.push(buildStory({ maps: [["ownership", "secondary"]] }));
    expect(findCoverageGaps(bank).find((g) => g.principle === "ownership")).toMatchObject({ status: "thin" });

    bank.push(buildStory({ maps: [["ownership", "primary"]] }));
    expect(gapIds(findCoverageGaps(bank))).not.toContain("ownership");
    expect(findCoverageGaps(bank)).toHaveLength(15);
  });

  it("a secondary mapping closes a gap once its quality reaches 0.7", () => {
    const a = buildStory({ maps: [["dive-deep", "primary"]] });
    const b = buildStory({ maps: [["dive-deep", "secondary"]] });
    expect(gapIds(findCoverageGaps([a, b], { qualities: { [b.id]: 0.6 } }))).toContain("dive-deep");
    expect(gapIds(findCoverageGaps([a, b], { qualities: { [b.id]: 0.75 } }))).not.toContain("dive-deep");
  });

  it("leaves archived stories out", () => {
    const bank = [
      buildStory({ maps: [["frugality", "primary"]] }),
      buildStory({ maps: [["frugality", "primary"]], archived: true }),
    ];
    expect(buildStoryMatrix(bank).storyCount).toBe(1);
    expect(findCoverageGaps(bank).find((g) => g.principle === "frugality")).toMatchObject({ status: "thin" });
  });

  it("measures the bank against 15-20 distinct stories, counting near-duplicates once", () => {
    const matrix = buildStoryMatrix([...SAMPLE_BANK, CHECKOUT_RETOLD]);
    expect(matrix.storyCount).toBe(10);
    expect(matrix.distinctStoryCount).toBe(9);
    expect(matrix.bankTarget).toEqual({ min: 15, max: 20, status: "below" });
    const topics =
      "pricing outage hiring vision returns latency vendor onboarding security privacy mobile search ads payments fraud catalog";
    const full = topics.split(" ").map((topic) => buildStory({ title: topic }));
    expect(buildStoryMatrix(full).bankTarget.status).toBe("within");
  });
});

describe("re-angle suggestions", () => {
  it("suggests stories whose text carries the gap principle, and says which parts carry it", () => {
    const gap = findCoverageGaps(SAMPLE_BANK, { signals: SAMPLE_SIGNALS }).find(
      (g) => g.principle === "deliver-results",
    )!;
    const mentoring = gap.suggestions.find((s) => s.storyId === "story-mentoring")!;
    expect(mentoring).toMatchObject({ action: "re-angle", overused: false });
    expect(mentoring.score).toBeGreaterThan(0.5);
    expect(mentoring.parts[0]).toEqual({
      field: "result",
      signals: ["shipped", "on time"],
      excerpt:
        "She shipped seller notifications on time and was promoted a year later; two engineers asked to work with her again.",
    });
    expect(mentoring.advice).toContain("Lead with the result");
  });

  it("puts a story already mapped as secondary first: strengthening it is the least work", () => {
    const gap = findCoverageGaps(SAMPLE_BANK, { signals: SAMPLE_SIGNALS }).find(
      (g) => g.principle === "bias-for-action",
    )!;
    expect(gap.status).toBe("no-strong");
    expect(gap.suggestions.map((s) => [s.storyId, s.action])).toEqual([
      ["story-outage", "strengthen"],
      ["story-pricing-call", "strengthen"],
    ]);
    expect(gap.suggestions[0]!.parts.map((p) => p.field)).toEqual(["action", "result"]);
  });

  it("does not suggest a story on a single word in its situation", () => {
    const story = buildStory({
      situation: "Our budget was cut.",
      action: "I kept going.",
      maps: [["ownership", "primary"]],
    });
    const gap = findCoverageGaps([story], { signals: SAMPLE_SIGNALS }).find((g) => g.principle === "frugality")!;
    expect(gap.suggestions).toEqual([]);
    expect(gap.advice).toContain("write a new one");
  });

  it("ranks an over-used story last", () => {
    const overused = buildStory({
      action: "I cut costs quickly and saved budget.",
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "primary"],
        ["think-big", "primary"],
      ],
    });
    const fresh = buildStory({ action: "I cut costs.", maps: [["earn-trust", "primary"]] });
    const gap = findCoverageGaps([overused, fresh], { signals: SAMPLE_SIGNALS }).find(
      (g) => g.principle === "frugality",
    )!;
    expect(gap.suggestions.map((s) => [s.storyId, s.overused])).toEqual([
      [fresh.id, false],
      [overused.id, true],
    ]);
  });

  it("works with the Amazon content pack's own signals", () => {
    const dir = new URL("../../../content/amazon/principles/", import.meta.url);
    const signals: Record<string, string[]> = {};
    for (const file of readdirSync(dir)) {
      const principle = parse(readFileSync(new URL(file, dir), "utf8")) as { id: string; signals: string[] };
      signals[principle.id] = principle.signals;
    }
    const review = reviewStoryBank(SAMPLE_BANK, { signals: signals as PrincipleSignals });
    const suggested = review.gaps.flatMap((g) => g.suggestions.filter((s) => s.action === "re-angle"));
    expect(suggested.length).toBeGreaterThan(3);
    for (const s of suggested) expect(s.parts.length).toBeGreaterThan(0);
  });
});
