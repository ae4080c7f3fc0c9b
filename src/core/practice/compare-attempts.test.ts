import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEV_SAMPLES } from "../coach/dev-samples.js";
import { loadPack } from "../content/load-pack.js";
import { buildAttempt } from "./attempt-schema.js";
import { compareAttempts } from "./compare-attempts.js";
import { PracticeError } from "./practice-error.js";
import { buildRequest } from "./test-builders.js";

function loadAmazonPack() {
  const root = new URL("../../../content/amazon/", import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".yaml"))
    .map((path) => ({ path: path.split("\\").join("/"), text: readFileSync(new URL(path, root), "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`content pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

const pack = loadAmazonPack();
const backbone = pack.questions.find((q) => q.id === "bhv-have-backbone-disagree-and-commit-01")!;
const strong = DEV_SAMPLES.find((s) => s.id === "strong-backbone")!.answer;
/** The same story with its numbers and lesson taken out. */
const noNumbers = strong
  .split("\n\n")
  .filter((p) => !/^Priya|^What I learned/.test(p))
  .join("\n\n")
  .replace(/eleven days on average/, "a long time")
  .replace(/about 30%/, "many")
  .replace(/150 support tickets/, "the support tickets");

const attempt = (id: string, answer: string, answerSeconds = 150, questionId = backbone.id) =>
  buildAttempt(buildRequest(questionId, [answer], { answerSeconds }), backbone, pack.principles, {
    id,
    now: new Date("2026-03-01T10:05:00.000Z"),
  });

describe("compareAttempts", () => {
  const before = attempt("attempt-before-1", noNumbers, 190);
  const after = attempt("attempt-after-1", strong, 170);
  const comparison = compareAttempts(before, after);

  it("shows a criterion that moved from missing to met", () => {
    const quantified = comparison.criteria.find((c) => c.id === "quantified-result");
    expect(quantified).toMatchObject({ after: "met", change: "improved" });
    expect(quantified?.before).not.toBe("met");
    expect(comparison.summary).toContain(`quantified-result: ${quantified?.before} → met`);
    // Unchanged criteria are not listed.
    for (const c of comparison.criteria) expect(c.before).not.toBe(c.after);
  });

  it("shows the vote and score change and the time change", () => {
    expect(comparison.vote).toEqual({ before: before.vote, after: after.vote, delta: after.vote - before.vote });
    expect(comparison.score.delta).toBe(after.score - before.score);
    expect(comparison.score.delta).toBeGreaterThan(0);
    expect(comparison.answerSeconds).toEqual({ before: 190, after: 170, delta: -20 });
  });

  it("diffs the opening answers word by word", () => {
    expect(comparison.text.added).toBeGreaterThan(50);
    expect(comparison.text.parts.some((p) => p.op === "added" && p.text.includes("18%"))).toBe(true);
    expect(comparison.text.parts.some((p) => p.op === "removed" && p.text.includes("long"))).toBe(true);
  });

  it("lists red flags added and removed, and key points newly covered", () => {
    const weak = attempt("attempt-weak-1", "We fixed it. It went well.");
    const better = compareAttempts(weak, after);
    expect(better.redFlags.removed).toContain("too-short");
    expect(better.redFlags.added).toEqual([]);
    expect(better.keyPoints.newlyCovered.length).toBeGreaterThan(0);
    const worse = compareAttempts(after, weak);
    expect(worse.redFlags.added).toEqual(better.redFlags.removed);
    expect(worse.keyPoints.noLongerCovered).toEqual(better.keyPoints.newlyCovered);
    expect(worse.criteria.every((c) => c.change === "worse")).toBe(true);
  });

  it("refuses to compare attempts at different questions", () => {
    const other = { ...after, questionId: "bhv-ownership-01" };
    expect(() => compareAttempts(before, other)).toThrow(PracticeError);
  });
});
