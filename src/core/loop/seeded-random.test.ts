import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSeed, mulberry32, pickWeighted, shuffled } from "./seeded-random.js";

describe("the seeded generator", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const take = (seed: number) => Array.from({ length: 8 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it("stays within [0, 1) for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const random = mulberry32(seed);
        return Array.from({ length: 50 }, random).every((x) => x >= 0 && x < 1);
      }),
    );
  });

  it("is roughly uniform", () => {
    const random = mulberry32(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(random() * 4)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(900);
  });

  it("shuffles into a permutation without touching the input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 1000 }), (items, seed) => {
        const copy = [...items];
        const out = shuffled(mulberry32(seed), items);
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it("derives independent streams per purpose from one seed", () => {
    expect(deriveSeed(1, "questions")).toBe(deriveSeed(1, "questions"));
    expect(deriveSeed(1, "questions")).not.toBe(deriveSeed(1, "principles"));
    expect(deriveSeed(1, "a", 2)).not.toBe(deriveSeed(2, "a", 2));
  });

  it("never picks a zero-weight item when others have weight", () => {
    const random = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      expect(
        pickWeighted(random, [
          { item: "never", weight: 0 },
          { item: "always", weight: 1 },
        ]),
      ).toBe("always");
    }
  });
});
