import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import { DEV_SAMPLES } from "./dev-samples.js";
import { addFollowUpAnswer, type FollowUpThread, nextFollowUps, startThread } from "./follow-up-thread.js";

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
const context = { principles: pack.principles };
const backbone = pack.questions.find((q) => q.id === "bhv-have-backbone-disagree-and-commit-01")!;

/** The strong backbone story with its result paragraph removed: a story with no number. */
const noNumbers = DEV_SAMPLES.find((s) => s.id === "strong-backbone")!
  .answer.split("\n\n")
  .filter((p) => !/^Priya|^What I learned/.test(p))
  .join("\n\n");

const status = (thread: FollowUpThread, id: string) => thread.combined.criteria.find((c) => c.id === id)?.status;

describe("follow-up thread", () => {
  it("asks first for the measured impact when the result has no number", () => {
    const thread = startThread({ answer: noNumbers, question: backbone }, context);
    const next = nextFollowUps(thread, context);
    expect(next[0]?.key).toBe("gap:quantified-result");
    expect(next[0]?.reason).toMatch(/no number/i);
  });

  it("fills the quantified-result gap with a number given in a follow-up answer", () => {
    let thread = startThread({ answer: noNumbers, question: backbone }, context);
    expect(status(thread, "quantified-result")).not.toBe("met");
    const ask = nextFollowUps(thread, context)[0]!;
    thread = addFollowUpAnswer(
      thread,
      ask,
      "Abandonment dropped from 30% to 18% in the next quarter, and time to first listing fell from eleven days to four.",
      context,
    );
    expect(status(thread, "quantified-result")).toBe("met");
    expect(thread.turns).toHaveLength(2);
    expect(thread.turns[1]!.result.numbers.some((n) => n.role === "outcome")).toBe(true);
    // Evidence in the combined view points into the combined text.
    for (const c of thread.combined.criteria)
      for (const e of c.evidence) expect(thread.combinedText.slice(e.start, e.end)).toBe(e.quote);
    expect(nextFollowUps(thread, context).map((f) => f.key)).not.toContain("gap:quantified-result");
  });

  it("never asks the same thing twice, even when an answer does not fill the gap", () => {
    let thread = startThread({ answer: "We fixed it. It went well.", question: backbone }, context);
    const asked = new Set<string>();
    for (let turn = 0; turn < 8; turn++) {
      const next = nextFollowUps(thread, context, 3);
      if (next.length === 0) break;
      const ask = next[0]!;
      expect(asked.has(ask.key)).toBe(false);
      expect([...asked].some((key) => key.endsWith(ask.text))).toBe(false);
      asked.add(ask.key);
      thread = addFollowUpAnswer(thread, ask, "I am not sure, it was a while ago.", context);
    }
    expect(asked.size).toBeGreaterThanOrEqual(5);
  });

  it("goes deeper as the thread goes on, up to the Bar Raiser's kind", () => {
    let thread = startThread({ answer: DEV_SAMPLES[0]!.answer, question: backbone }, context);
    expect(Math.max(...nextFollowUps(thread, context, 20).map((f) => f.depth))).toBeLessThanOrEqual(2);
    for (let turn = 0; turn < 3; turn++) {
      const ask = nextFollowUps(thread, context)[0]!;
      thread = addFollowUpAnswer(
        thread,
        ask,
        "I would have run a smaller pilot first and checked the data weekly.",
        context,
      );
    }
    const later = nextFollowUps(thread, context, 30);
    expect(later.some((f) => f.source === "bar-raiser")).toBe(true);
    expect(later.some((f) => f.text.includes("data had said the opposite"))).toBe(true);
  });

  it("accepts a free-text question from the interviewer and never offers it again", () => {
    let thread = startThread({ answer: noNumbers, question: backbone }, context);
    const first = nextFollowUps(thread, context)[0]!;
    thread = addFollowUpAnswer(thread, first.text, "It dropped by 12 points.", context);
    expect(nextFollowUps(thread, context, 50).map((f) => f.text)).not.toContain(first.text);
  });

  it("keeps threads plain data that survives JSON", () => {
    const thread = startThread({ answer: noNumbers, question: backbone }, context);
    expect(JSON.parse(JSON.stringify(thread))).toEqual(thread);
  });
});
