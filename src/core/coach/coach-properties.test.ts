/**
 * Properties that hold for any text a user can type or paste (up to the 20,000-character cap):
 * the coach never throws, every quote is exactly its slice of the answer, offsets stay in range,
 * the result always matches the schema, and the same input gives the same output.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import { analyzeAnswer, MAX_ANSWER_CHARS } from "./analyze-answer.js";
import { type CoachResult, coachResultSchema } from "./coach-result-schema.js";
import { DEV_SAMPLES } from "./dev-samples.js";
import { addFollowUpAnswer, nextFollowUps, startThread } from "./follow-up-thread.js";
import { classifyQuestion } from "./principles.js";

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
const questions = [undefined, ...pack.questions.filter((_, i) => i % 40 === 0)];

function checkResult(answer: string, result: CoachResult): void {
  expect(coachResultSchema.safeParse(result).success).toBe(true);
  const evidence = [
    ...result.criteria.flatMap((c) => c.evidence),
    ...result.redFlags.flatMap((f) => f.evidence),
    ...result.principles.flatMap((p) => p.evidence),
    ...result.keyPoints.flatMap((k) => k.evidence),
    ...result.fillers,
    ...result.numbers,
    ...result.segments.sentences.map((s) => ({ ...s, quote: answer.slice(s.start, s.end) })),
  ];
  for (const e of evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(Math.min(answer.length, MAX_ANSWER_CHARS));
    expect(e.quote).toBe(answer.slice(e.start, e.end));
  }
  for (const c of result.criteria) if (c.status !== "missing") expect(c.evidence.length).toBeGreaterThan(0);
  expect(result.vote).toBeGreaterThanOrEqual(1);
  expect(result.vote).toBeLessThanOrEqual(4);
}

/** Words and punctuation that reach the deeper rules: numbers, negation, pronouns, fillers, markdown. */
const WORDS = [
  "I",
  "we",
  "they",
  "the team",
  "my manager",
  "customers",
  "decided",
  "would",
  "did not",
  "nobody",
  "disagreed",
  "pushed back",
  "because",
  "instead of",
  "trade-off",
  "cut",
  "reduced",
  "from",
  "to",
  "12%",
  "$1.2M",
  "3x",
  "v2.3",
  "in 2021",
  "8 engineers",
  "6 weeks",
  "um",
  "like",
  "you know",
  "right?",
  "learned",
  "next time",
  "their code was sloppy",
  "not my job",
  "single-handedly",
  ".",
  ",",
  "\n",
  "\n\n",
  "- ",
  "## ",
  "**",
  "e.g.",
  "Dr.",
  "…",
  "’",
  "😀",
  "\u0301",
  "\t",
  "twenty",
  "percent",
  "half",
];
const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 600 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 2_000 }) },
  { weight: 3, arbitrary: wordSoup },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: MAX_ANSWER_CHARS }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "binary-ascii", minLength: MAX_ANSWER_CHARS - 50, maxLength: MAX_ANSWER_CHARS + 50 }),
  },
);

describe("coach properties", () => {
  it("never throws, quotes its slices exactly and keeps offsets in range, for any string", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...questions), fc.boolean(), (answer, question, spoken) => {
        checkResult(answer, analyzeAnswer({ answer, question, spoken }, context));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...questions), (answer, question) => {
        const first = analyzeAnswer({ answer, question }, context);
        const second = analyzeAnswer({ answer, question }, context);
        expect(second).toEqual(first);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("reads only the first 20,000 characters of a longer answer, and says so", () => {
    const long = DEV_SAMPLES.map((s) => s.answer)
      .join("\n\n")
      .repeat(6);
    expect(long.length).toBeGreaterThan(MAX_ANSWER_CHARS);
    const result = analyzeAnswer({ answer: long }, context);
    expect(result.truncated).toBe(true);
    checkResult(long, result);
    expect(result.redFlags.map((f) => f.id)).toContain("too-long");
  });

  it("never throws on malformed input from JavaScript callers", () => {
    const bad = [null, undefined, 42, {}, { answer: 7 }, { answer: "I led it.", question: { id: "x" } }];
    for (const input of bad) {
      expect(() => analyzeAnswer(input as never, context)).not.toThrow();
      expect(() => analyzeAnswer({ answer: "I led it." }, {} as never)).not.toThrow();
    }
  });

  it("classifies any question text without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3_000 }), (text) => {
        const ranked = classifyQuestion(text, pack.principles);
        for (const p of ranked) expect(p.score).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a thread's quotes exact and never repeats a follow-up, whatever the answers", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (answers) => {
        let thread = startThread({ answer: answers[0]!, question: pack.questions[0] }, context);
        const asked = new Set<string>();
        for (const answer of answers.slice(1)) {
          const next = nextFollowUps(thread, context)[0];
          if (!next) break;
          expect(asked.has(next.key)).toBe(false);
          asked.add(next.key);
          thread = addFollowUpAnswer(thread, next, answer, context);
        }
        checkResult(thread.combinedText, thread.combined);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
