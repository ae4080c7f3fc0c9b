import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStory } from "./story-builders.js";
import { compilePrincipleSignals, principleEvidence } from "./story-signals.js";

describe("principle evidence in a story", () => {
  const signals = compilePrincipleSignals({
    "have-backbone-disagree-and-commit": ["push* back", "two-way door", "didn't agree", "a/b test*"],
  });
  const evidence = (action: string) =>
    principleEvidence(buildStory({ action }).content, "have-backbone-disagree-and-commit", signals);

  it("matches phrases, prefixes, hyphens, contractions and slashes", () => {
    expect(evidence("I pushed back hard.").hits.map((h) => h.signal)).toEqual(["push* back"]);
    expect(evidence("It was a Two-Way door.").hits).toHaveLength(1);
    expect(evidence("I didn’t agree with him.").hits).toHaveLength(1);
    expect(evidence("We ran A/B testing.").hits).toHaveLength(1);
  });

  it("does not match across a sentence or a line break", () => {
    expect(evidence("They wanted to push. Back then I agreed.").hits).toEqual([]);
    expect(evidence("I had to push\nback the date.").hits).toEqual([]);
  });

  it("gives offsets into the field's own text", () => {
    const story = buildStory({ action: "First I listened. Then I pushed back on the date." }).content;
    const [hit] = principleEvidence(story, "have-backbone-disagree-and-commit", signals).hits;
    expect(story.action!.slice(hit!.start, hit!.end)).toBe("pushed back");
  });

  it("never throws and scores between 0 and 1 for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const { score } = evidence(`a${text}`);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });
});
