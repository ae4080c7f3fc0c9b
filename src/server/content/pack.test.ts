// The Amazon content pack as shipped: complete, distinct, and refused with a precise place when broken.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findNearDuplicateQuestions } from "../../core/content/near-duplicates.js";
import { PRINCIPLE_IDS, type QuestionType } from "../../core/content/pack-schema.js";
import { DEFAULT_PACK_DIR, loadPackOrThrow, PackLoadError, readPackDir } from "./read-pack.js";

const pack = loadPackOrThrow();
const scratch = mkdtempSync(join(tmpdir(), "barraiser-pack-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MINIMUMS: Record<QuestionType, { count: number; keyPoints: number }> = {
  behavioural: { count: 240, keyPoints: 3 },
  "product-sense": { count: 30, keyPoints: 5 },
  metrics: { count: 20, keyPoints: 5 },
  strategy: { count: 15, keyPoints: 4 },
  "system-design": { count: 30, keyPoints: 5 },
  "program-execution": { count: 30, keyPoints: 5 },
  "technical-depth": { count: 15, keyPoints: 4 },
};

describe("the Amazon pack", () => {
  it("has the 16 principles with the contract ids", () => {
    expect(pack.principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
  });

  it("meets the question-bank minimums per type, with enough key points each", () => {
    expect(pack.questions.length).toBeGreaterThanOrEqual(400);
    for (const [type, minimum] of Object.entries(MINIMUMS)) {
      const ofType = pack.questions.filter((q) => q.type === type);
      expect(ofType.length, type).toBeGreaterThanOrEqual(minimum.count);
      for (const q of ofType) expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(minimum.keyPoints);
    }
  });

  it("has at least 15 behavioural questions with each principle as primary", () => {
    for (const id of PRINCIPLE_IDS) {
      const primary = pack.questions.filter((q) => q.type === "behavioural" && q.principles[0] === id);
      expect(primary.length, id).toBeGreaterThanOrEqual(15);
    }
  });

  it("includes the five seed questions", () => {
    const seeds = pack.questions.filter((q) => q.seed);
    expect(seeds).toHaveLength(5);
    const texts = seeds.map((q) => q.text.toLowerCase()).join("\n");
    for (const phrase of ["all the data", "customer", "food waste", "disagreed with your manager", "amazon prime"])
      expect(texts).toContain(phrase);
  });

  it("has no near-duplicate questions", () => {
    expect(findNearDuplicateQuestions(pack.questions)).toEqual([]);
  });

  it("flags a reworded copy as a near-duplicate", () => {
    const pairs = findNearDuplicateQuestions([
      { id: "a", text: "Tell me about a time you disagreed with your manager. How did you handle it?" },
      { id: "b", text: "Describe a time when you disagreed with your boss and how you handled it." },
      { id: "c", text: "How would you measure the success of a grocery subscription?" },
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([["a", "b"]]);
  });
});

describe("a broken pack", () => {
  function brokenCopy(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(scratch, "copy-"));
    cpSync(DEFAULT_PACK_DIR, dir, { recursive: true });
    edit(dir);
    return dir;
  }

  it("is refused with the file, line and path of a bad field", () => {
    const dir = brokenCopy((d) => {
      const file = join(d, "questions/metrics.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("type: metrics", "type: vibes"));
    });
    const result = readPackDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems[0]!;
    expect(problem).toMatchObject({ file: "questions/metrics.yaml", path: "[0].type" });
    const line = readFileSync(join(dir, "questions/metrics.yaml"), "utf8").split("\n")[problem.line - 1];
    expect(line).toContain("type: vibes");
  });

  it("reports YAML syntax errors and missing principle files", () => {
    const dir = brokenCopy((d) => {
      writeFileSync(join(d, "process.yaml"), "stages: [unclosed\n");
      rmSync(join(d, "principles/frugality.yaml"));
    });
    const result = readPackDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(["process.yaml", "principles/frugality.yaml"]),
    );
    expect(() => loadPackOrThrow(dir)).toThrow(PackLoadError);
  });

  it("reports a duplicate question id with where it first appeared", () => {
    const dir = brokenCopy((d) => {
      const file = join(d, "questions/strategy.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("id: str-02", "id: str-01"));
    });
    const result = readPackDir(dir);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.some((p) => p.message.includes('duplicate question id "str-01"'))).toBe(true);
  });
});
