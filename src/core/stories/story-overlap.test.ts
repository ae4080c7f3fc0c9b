import { describe, expect, it } from "vitest";
import { buildStory, CHECKOUT_RETOLD, CHECKOUT_SIBLING, SAMPLE_BANK } from "./story-builders.js";
import { findNearDuplicateStories, findOverusedStories, NEAR_DUPLICATE_THRESHOLD } from "./story-overlap.js";

describe("near-duplicate stories", () => {
  it("flags the same story retold in other words, with the pair and its score", () => {
    const pairs = findNearDuplicateStories([...SAMPLE_BANK, CHECKOUT_RETOLD]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: "story-checkout-latency", b: "story-checkout-retold" });
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(pairs[0]!.shared).toEqual(expect.arrayContaining(["checkout", "conversion"]));
  });

  it("does not flag distinct stories from one candidate, even two from the same project", () => {
    expect(findNearDuplicateStories([...SAMPLE_BANK, CHECKOUT_SIBLING])).toEqual([]);
  });

  it("ignores stories with no content words", () => {
    expect(findNearDuplicateStories([buildStory({ title: "a" }), buildStory({ title: "a" })])).toEqual([]);
  });
});

describe("over-used stories", () => {
  it("warns when a story is mapped to more than four principles", () => {
    const story = buildStory({
      title: "Everything story",
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "secondary"],
        ["earn-trust", "secondary"],
        ["frugality", "secondary"],
        ["think-big", "secondary"],
      ],
    });
    expect(findOverusedStories([story])).toEqual([
      expect.objectContaining({ storyId: story.id, mapped: 5, primary: 1, reasons: ["too-many-principles"] }),
    ]);
  });

  it("warns when a story is primary for more than two principles", () => {
    const story = buildStory({
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "primary"],
        ["deliver-results", "primary"],
      ],
    });
    const [warning] = findOverusedStories([story]);
    expect(warning!.reasons).toEqual(["too-many-primaries"]);
    expect(warning!.message).toContain("primary for 3 principles");
  });

  it("accepts four mappings with two primaries", () => {
    const story = buildStory({
      maps: [
        ["ownership", "primary"],
        ["dive-deep", "primary"],
        ["earn-trust", "secondary"],
        ["frugality", "secondary"],
      ],
    });
    expect(findOverusedStories([story])).toEqual([]);
  });
});
