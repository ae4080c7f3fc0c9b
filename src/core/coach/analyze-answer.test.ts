import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import { analyzeAnswer } from "./analyze-answer.js";
import { type CoachResult, coachResultSchema } from "./coach-result-schema.js";
import { DEV_SAMPLES } from "./dev-samples.js";

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
const question = (id: string) => {
  const q = pack.questions.find((candidate) => candidate.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const backbone = question("bhv-have-backbone-disagree-and-commit-01");
const flags = (r: CoachResult) => r.redFlags.map((f) => f.id);
const status = (r: CoachResult, id: string) => r.criteria.find((c) => c.id === id)?.status;

/** The contract checks every result must pass, whatever the answer. */
function expectValidResult(answer: string, result: CoachResult) {
  expect(coachResultSchema.safeParse(result).success).toBe(true);
  const all = [
    ...result.criteria.flatMap((c) => c.evidence),
    ...result.redFlags.flatMap((f) => f.evidence),
    ...result.principles.flatMap((p) => p.evidence),
    ...result.keyPoints.flatMap((k) => k.evidence),
  ];
  for (const e of all) {
    expect(e.start).toBeLessThanOrEqual(e.end);
    expect(e.end).toBeLessThanOrEqual(answer.length);
    expect(e.quote).toBe(answer.slice(e.start, e.end));
  }
  for (const c of result.criteria) if (c.status !== "missing") expect(c.evidence.length).toBeGreaterThan(0);
}

describe("analyzeAnswer: the contract", () => {
  it("returns the DESIGN.md shape with every quote equal to its slice", () => {
    const sample = DEV_SAMPLES[0]!;
    const result = analyzeAnswer({ answer: sample.answer, question: question(sample.questionId) }, context);
    expectValidResult(sample.answer, result);
    expect(result.version).toBe(1);
    expect(result.criteria.map((c) => c.id)).toEqual([
      "situation",
      "task",
      "action",
      "result",
      "quantified-result",
      "first-person",
      "team-credit",
      "judgment",
      "dissent",
      "learning",
      "customer",
      "specificity",
      "length",
    ]);
    expect(result.keyPoints.map((k) => k.id)).toEqual(question(sample.questionId).keyPoints.map((k) => k.id));
    expect(result.followUps.length).toBeGreaterThan(0);
  });

  it("ranks principles best first with scores between 0 and 1", () => {
    const result = analyzeAnswer({ answer: DEV_SAMPLES[0]!.answer, question: backbone }, context);
    const scores = result.principles.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.principles[0]?.id).toBe("have-backbone-disagree-and-commit");
    for (const p of result.principles) expect(p.evidence.length).toBeGreaterThan(0);
  });
});

describe("analyzeAnswer: never inflates", () => {
  it('gives "fine" a Strong No Hire with the too-short flag and says why', () => {
    const result = analyzeAnswer({ answer: "fine", question: backbone }, context);
    expect(result.vote).toBe(1);
    expect(flags(result)).toContain("too-short");
    expect(result.voteReasons.join(" ")).toMatch(/too short/i);
    expectValidResult("fine", result);
  });

  it("gives an empty answer vote 1 without throwing", () => {
    const result = analyzeAnswer({ answer: "" }, context);
    expect(result.vote).toBe(1);
    expect(result.stats.words).toBe(0);
    expect(flags(result)).toContain("too-short");
  });

  it("gives an off-topic answer vote 1 with the off-topic flag", () => {
    const marathon = DEV_SAMPLES.find((s) => s.id === "off-topic")!;
    const result = analyzeAnswer({ answer: marathon.answer, question: backbone }, context);
    expect(flags(result)).toContain("off-topic");
    expect(result.vote).toBe(1);
    expect(result.voteReasons.join(" ")).toMatch(/does not address the question/i);
  });

  it("flags an answer about a different question as off-topic, even from free question text", () => {
    const design = DEV_SAMPLES.find((s) => s.id === "off-topic")!;
    const result = analyzeAnswer(
      {
        answer: design.answer,
        questionText: "Tell me about a time you had to earn the trust of a skeptical engineering team.",
      },
      context,
    );
    expect(flags(result)).toContain("off-topic");
  });

  it("does not give a mostly-'we' answer a Strong Hire, and asks what the candidate did", () => {
    const sample = DEV_SAMPLES.find((s) => s.id === "mostly-we")!;
    const result = analyzeAnswer({ answer: sample.answer, question: question(sample.questionId) }, context);
    expect(result.vote).toBeLessThanOrEqual(3);
    expect(status(result, "first-person")).not.toBe("met");
    expect(result.followUps.map((f) => f.key)).toContain("gap:first-person");
  });

  it("does not give a hypothetical answer more than Not Inclined", () => {
    const sample = DEV_SAMPLES.find((s) => s.id === "hypothetical")!;
    const result = analyzeAnswer({ answer: sample.answer, question: backbone }, context);
    expect(flags(result)).toContain("hypothetical");
    expect(result.vote).toBeLessThanOrEqual(2);
  });

  it("does not give a story with no result a Strong Hire", () => {
    const strong = DEV_SAMPLES.find((s) => s.id === "strong-backbone")!.answer;
    const withoutResult = strong
      .split("\n\n")
      .filter((p) => !/^Priya|^What I learned/.test(p))
      .join("\n\n");
    const result = analyzeAnswer({ answer: withoutResult, question: backbone }, context);
    expect(status(result, "quantified-result")).not.toBe("met");
    expect(result.vote).toBeLessThanOrEqual(3);
    expect(result.followUps[0]?.key).toBe("gap:quantified-result");
  });

  it("flags blame without trigger words and caps the vote", () => {
    const sample = DEV_SAMPLES.find((s) => s.id === "blame-without-triggers")!;
    const result = analyzeAnswer({ answer: sample.answer, question: question(sample.questionId) }, context);
    expect(flags(result)).toContain("disowning");
    expect(result.vote).toBeLessThanOrEqual(2);
  });
});

describe("analyzeAnswer: delivery", () => {
  it("reports spoken time at 150 words per minute", () => {
    const answer = Array.from({ length: 300 }, () => "word").join(" ");
    expect(analyzeAnswer({ answer }, context).stats.spokenSeconds).toBe(120);
  });

  it("counts fillers and their rate in a spoken transcript, and advises on them", () => {
    const sample = DEV_SAMPLES.find((s) => s.id === "spoken-transcript")!;
    const result = analyzeAnswer(
      { answer: sample.answer, question: question(sample.questionId), spoken: true },
      context,
    );
    expect(result.stats.fillers).toBeGreaterThanOrEqual(8);
    expect(result.stats.fillersPer100).toBeCloseTo((100 * result.stats.fillers) / result.stats.words, 1);
    expect(result.stats.tagQuestions).toBeGreaterThanOrEqual(2);
    expect(result.stats.sentences).toBeGreaterThan(5);
    expect(result.criteria.find((c) => c.id === "length")?.advice).toMatch(/fillers/);
    expect(result.fillers.every((f) => f.quote === sample.answer.slice(f.start, f.end))).toBe(true);
  });

  it("counts first-person singular and plural pronouns", () => {
    const result = analyzeAnswer({ answer: "I led it. We shipped it and my team celebrated with us." }, context);
    expect(result.stats.firstPersonSingular).toBe(2);
    expect(result.stats.firstPersonPlural).toBe(2);
  });
});

describe("analyzeAnswer: questions", () => {
  it("classifies a free-text question's principles when no pack question is given", () => {
    const result = analyzeAnswer(
      { answer: DEV_SAMPLES[0]!.answer, questionText: "Tell me about a time you disagreed with your boss." },
      context,
    );
    expect(result.targetPrinciples[0]).toBe("have-backbone-disagree-and-commit");
    expect(result.questionType).toBe("behavioural");
  });

  it("weights a functional answer by its key points and judgement", () => {
    const good = DEV_SAMPLES.find((s) => s.id === "functional-food-waste")!;
    const result = analyzeAnswer({ answer: good.answer, question: question("ps-01") }, context);
    expect(result.questionType).toBe("product-sense");
    expect(result.keyPoints.filter((k) => k.covered).length).toBeGreaterThanOrEqual(5);
    expect(result.criteria.find((c) => c.id === "first-person")?.weight).toBe(0);
    expect(result.vote).toBeGreaterThanOrEqual(3);
  });

  it("reads the question's principle from principleId", () => {
    const result = analyzeAnswer({ answer: DEV_SAMPLES[0]!.answer, principleId: "earn-trust" }, context);
    expect(result.targetPrinciples).toEqual(["earn-trust"]);
  });
});

describe("development answers", () => {
  it.each(DEV_SAMPLES.map((s) => [s.id, s] as const))("%s is judged as a careful interviewer would", (_id, sample) => {
    const result = analyzeAnswer(
      { answer: sample.answer, question: question(sample.questionId), spoken: sample.spoken },
      context,
    );
    expectValidResult(sample.answer, result);
    const { expect: e } = sample;
    if (e.voteAtLeast) expect(result.vote).toBeGreaterThanOrEqual(e.voteAtLeast);
    if (e.voteAtMost) expect(result.vote).toBeLessThanOrEqual(e.voteAtMost);
    for (const id of e.flags ?? []) expect(flags(result)).toContain(id);
    for (const id of e.noFlags ?? []) expect(flags(result)).not.toContain(id);
    for (const [id, allowed] of Object.entries(e.criteria ?? {})) expect(allowed).toContain(status(result, id));
  });
});
