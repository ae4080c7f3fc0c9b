import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEV_SAMPLES } from "../coach/dev-samples.js";
import { analyzeAnswer, type CoachResult, nextFollowUps, startThread } from "../coach/index.js";
import { loadPack } from "../content/load-pack.js";
import {
  type Attempt,
  attemptRequestSchema,
  attemptSchema,
  buildAttempt,
  MAX_ATTEMPT_ANSWER_CHARS,
  MAX_ATTEMPT_TURNS,
} from "./attempt-schema.js";
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
const context = { principles: pack.principles };
const backbone = pack.questions.find((q) => q.id === "bhv-have-backbone-disagree-and-commit-01")!;
const design = pack.questions.find((q) => q.type === "system-design")!;
const strong = DEV_SAMPLES.find((s) => s.id === "strong-backbone")!.answer;
const now = new Date("2026-03-01T10:05:00.000Z");
const ids = { id: "attempt-0001-test", now };

function evidenceOf(result: CoachResult) {
  return [
    ...result.criteria.flatMap((c) => c.evidence),
    ...result.redFlags.flatMap((f) => f.evidence),
    ...result.principles.flatMap((p) => p.evidence),
    ...result.keyPoints.flatMap((k) => k.evidence),
    ...result.fillers,
    ...result.numbers,
  ];
}

function expectQuotesExact(attempt: Attempt) {
  for (const turn of attempt.turns)
    for (const e of evidenceOf(turn.result)) expect(turn.answer.slice(e.start, e.end)).toBe(e.quote);
  for (const e of evidenceOf(attempt.final)) expect(attempt.combinedText.slice(e.start, e.end)).toBe(e.quote);
}

describe("attempt request", () => {
  it("drops a vote and score the client sends, and re-analysis ignores client scores", () => {
    const parsed = attemptRequestSchema.parse({
      ...buildRequest(backbone.id, ["We fixed it. It went well."]),
      vote: 4,
      score: 100,
      final: { vote: 4 },
    });
    expect(parsed).not.toHaveProperty("vote");
    expect(parsed).not.toHaveProperty("score");
    const attempt = buildAttempt(parsed, backbone, pack.principles, ids);
    const coach = analyzeAnswer({ answer: "We fixed it. It went well.", question: backbone, spoken: false }, context);
    expect(attempt.vote).toBe(coach.vote);
    expect(attempt.score).toBe(coach.score);
    expect(attempt.vote).toBeLessThan(3);
  });

  it("caps an answer at 20,000 characters and a thread at five turns", () => {
    const tooLong = buildRequest(backbone.id, ["a".repeat(MAX_ATTEMPT_ANSWER_CHARS + 1)]);
    expect(attemptRequestSchema.safeParse(tooLong).success).toBe(false);
    expect(
      attemptRequestSchema.safeParse(buildRequest(backbone.id, ["a".repeat(MAX_ATTEMPT_ANSWER_CHARS)])).success,
    ).toBe(true);
    const tooMany = buildRequest(
      backbone.id,
      Array.from({ length: MAX_ATTEMPT_TURNS + 1 }, () => "I did it."),
    );
    expect(attemptRequestSchema.safeParse(tooMany).success).toBe(false);
  });

  it("refuses a follow-up on the opening answer and a follow-up answer without its question", () => {
    const opening = { ...buildRequest(backbone.id, ["I did it."]), turns: [{ answer: "I did it.", followUp: "Why?" }] };
    expect(attemptRequestSchema.safeParse(opening).success).toBe(false);
    const missing = {
      ...buildRequest(backbone.id, ["I did it."]),
      turns: [{ answer: "I did it." }, { answer: "Because." }],
    };
    const result = attemptRequestSchema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["turns", 1, "followUp"]);
  });

  it("refuses a NUL character, which the database cannot store", () => {
    expect(attemptRequestSchema.safeParse(buildRequest(backbone.id, ["I led\u0000 it."])).success).toBe(false);
  });
});

describe("buildAttempt", () => {
  it("records the question, its principles, the clock and the coach's combined reading", () => {
    const attempt = buildAttempt(
      buildRequest(backbone.id, [strong], { storyId: "story-seller-tax", selfRating: 4, answerSeconds: 205 }),
      backbone,
      pack.principles,
      ids,
    );
    expect(attemptSchema.parse(attempt)).toEqual(attempt);
    expect(attempt).toMatchObject({
      id: "attempt-0001-test",
      questionId: backbone.id,
      questionType: "behavioural",
      principleIds: backbone.principles,
      storyId: "story-seller-tax",
      selfRating: 4,
      startedAt: "2026-03-01T10:00:00.000Z",
      submittedAt: "2026-03-01T10:05:00.000Z",
      answerSeconds: 205,
      targetSeconds: 150,
      limitSeconds: 180,
      overrunSeconds: 25,
    });
    expect(attempt.vote).toBeGreaterThanOrEqual(3);
    expect(attempt.final).toEqual(attempt.turns[0]!.result);
    expect(attempt.timings).toEqual([
      { seconds: 205, words: attempt.final.stats.words, spokenSeconds: attempt.final.stats.spokenSeconds },
    ]);
  });

  it("shows no overrun within the limit, and uses the question's minutes for a design drill", () => {
    const quick = buildAttempt(
      buildRequest(backbone.id, [strong], { answerSeconds: 170 }),
      backbone,
      pack.principles,
      ids,
    );
    expect(quick.overrunSeconds).toBe(0);
    const drill = buildAttempt(
      buildRequest(design.id, ["I would start by clarifying the requirements."], { answerSeconds: 2_800 }),
      design,
      pack.principles,
      ids,
    );
    expect(drill).toMatchObject({ targetSeconds: 2_700, limitSeconds: 2_700, overrunSeconds: 100 });
  });

  it("re-runs the follow-up thread: a number given in a follow-up fills the quantified result", () => {
    const noNumbers = strong
      .split("\n\n")
      .filter((p) => !/^Priya|^What I learned/.test(p))
      .join("\n\n");
    const offered = nextFollowUps(startThread({ answer: noNumbers, question: backbone }, context), context)[0]!;
    expect(offered.key).toBe("gap:quantified-result");
    const attempt = buildAttempt(
      {
        ...buildRequest(backbone.id, [noNumbers]),
        turns: [
          { answer: noNumbers },
          {
            // The client's reason and depth are not taken on trust: only key and text identify it.
            followUp: { ...offered, reason: "Because I said so.", depth: 4 },
            answer: "Abandonment dropped from 30% to 18% in the next quarter.",
            seconds: 40,
          },
        ],
      },
      backbone,
      pack.principles,
      ids,
    );
    expect(attempt.turns).toHaveLength(2);
    expect(attempt.turns[1]!.followUp).toEqual(offered);
    expect(attempt.final.criteria.find((c) => c.id === "quantified-result")?.status).toBe("met");
    expect(attempt.turns[0]!.result.criteria.find((c) => c.id === "quantified-result")?.status).not.toBe("met");
    expect(attempt.timings.map((t) => t.seconds)).toEqual([150, 40]);
    expectQuotesExact(attempt);
  });

  it("records a follow-up the coach did not offer as the interviewer's own question", () => {
    const attempt = buildAttempt(
      {
        ...buildRequest(backbone.id, [strong]),
        turns: [
          { answer: strong },
          {
            followUp: { text: "Who else did you consult?", reason: "Bar Raiser", key: "gap:made-up" },
            answer: "Our VP.",
          },
        ],
      },
      backbone,
      pack.principles,
      ids,
    );
    expect(attempt.turns[1]!.followUp).toMatchObject({
      text: "Who else did you consult?",
      reason: "Asked by the interviewer.",
      source: "question",
    });
    expect(attempt.timings[1]!.seconds).toBeNull();
  });

  it("refuses to check an attempt against another question", () => {
    expect(() => buildAttempt(buildRequest("bhv-other-01", ["I did it."]), backbone, pack.principles, ids)).toThrow(
      PracticeError,
    );
  });
});

const answerText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 1_500 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom(
          "I",
          "we",
          "cut",
          "latency",
          "by",
          "40%",
          "$600k",
          "because",
          "customers",
          ".",
          "\n\n",
          "Priya",
        ),
        { maxLength: 300 },
      )
      .map((w) => w.join(" ")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 19_900, maxLength: MAX_ATTEMPT_ANSWER_CHARS }) },
);
const sampleQuestions = pack.questions.filter((_, i) => i % 50 === 0);

describe("buildAttempt properties", () => {
  it("never throws for any answers within the caps, and every evidence quote equals its slice", () => {
    fc.assert(
      fc.property(
        fc.array(answerText, { minLength: 1, maxLength: MAX_ATTEMPT_TURNS }),
        fc.constantFrom(...sampleQuestions),
        fc.boolean(),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        (answers, question, spoken, seconds) => {
          const request = buildRequest(question.id, answers, { spoken, answerSeconds: seconds });
          const attempt = buildAttempt(request, question, pack.principles, ids);
          expect(attempt.turns).toHaveLength(answers.length);
          expect(attempt.overrunSeconds).toBeGreaterThanOrEqual(0);
          expectQuotesExact(attempt);
          expect(attemptSchema.safeParse(attempt).success).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
