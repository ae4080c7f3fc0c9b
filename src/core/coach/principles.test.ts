import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPack } from "../content/load-pack.js";
import type { Principle } from "../content/pack-schema.js";
import { analyzeAnswer } from "./analyze-answer.js";
import { DEV_SAMPLES } from "./dev-samples.js";
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
const principles = pack.principles;

describe("classifyQuestion", () => {
  it("ranks the principle a question targets first", () => {
    expect(classifyQuestion("Tell me about a time you disagreed with your manager.", principles)[0]?.id).toBe(
      "have-backbone-disagree-and-commit",
    );
    expect(classifyQuestion("Describe a time you went above and beyond for a customer.", principles)[0]?.id).toBe(
      "customer-obsession",
    );
    // Mentoring is evidence for two principles; the right one must at least be a close second.
    expect(
      classifyQuestion("Tell me about a time you mentored someone who then got promoted.", principles)
        .slice(0, 2)
        .map((p) => p.id),
    ).toContain("hire-and-develop-the-best");
    expect(
      classifyQuestion(
        "Tell me about a time you found the root cause of a problem by digging into the data.",
        principles,
      )[0]?.id,
    ).toBe("dive-deep");
  });

  it("finds the pack's primary principle in its top three for most behavioural questions", () => {
    const behavioural = pack.questions.filter((q) => q.type === "behavioural");
    const inTopThree = behavioural.filter((q) =>
      classifyQuestion(q.text, principles)
        .slice(0, 3)
        .some((p) => p.id === q.principles[0]),
    );
    // Lexical evidence only; principles overlap (a decision question is Bias for Action and Are Right, A Lot).
    expect(inTopThree.length / behavioural.length).toBeGreaterThan(0.75);
  });

  it("returns ranked ids with scores between 0 and 1, best first", () => {
    const ranked = classifyQuestion("Tell me about a time you cut costs without hurting customers.", principles);
    expect(ranked.length).toBeGreaterThan(1);
    for (const p of ranked) expect(p.score).toBeGreaterThan(0);
    for (const p of ranked) expect(p.score).toBeLessThanOrEqual(1);
    expect(ranked.map((p) => p.score)).toEqual([...ranked.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("returns nothing for an empty question or an empty principle set", () => {
    expect(classifyQuestion("", principles)).toEqual([]);
    expect(classifyQuestion("Tell me about a time you disagreed.", [])).toEqual([]);
  });

  it("uses whatever principles it is given (signals are data)", () => {
    const custom: Principle = {
      ...principles[0]!,
      id: "frugality",
      name: "Thrift",
      signals: ["shoestring", "penny*", "no budget", "bootstrap*", "scrappy", "cheap*", "lean", "spare"],
    };
    expect(classifyQuestion("How did you launch on a shoestring budget?", [custom])[0]?.id).toBe("frugality");
  });
});

describe("answer principles", () => {
  it("does not count denied evidence: 'I did not push back' is not Backbone", () => {
    const affirmed = analyzeAnswer(
      {
        answer:
          "My director wanted to launch early. I pushed back and I disagreed in the review, and we agreed to wait a week.",
      },
      { principles },
    );
    const denied = analyzeAnswer(
      {
        answer:
          "My director wanted to launch early. I did not push back and nobody disagreed in the review, so we launched.",
      },
      { principles },
    );
    const backbone = (r: typeof affirmed) =>
      r.principles.find((p) => p.id === "have-backbone-disagree-and-commit")?.score ?? 0;
    expect(backbone(affirmed)).toBeGreaterThan(0.3);
    expect(backbone(denied)).toBeLessThan(backbone(affirmed) / 2);
  });

  it("puts Customer Obsession first for a customer story", () => {
    const sample = DEV_SAMPLES.find((s) => s.id === "customer-above-and-beyond")!;
    expect(analyzeAnswer({ answer: sample.answer }, { principles }).principles[0]?.id).toBe("customer-obsession");
  });
});
