import { describe, expect, it } from "vitest";
import { countWords, readText } from "./text-doc.js";

const sentencesOf = (text: string) => readText(text).sentences.map((s) => text.slice(s.start, s.end));

describe("readText", () => {
  it("gives every token offsets into the original text", () => {
    const text = "We cut p99 latency from 900 ms to 200 ms — and saved $1.2M.\n\n- I didn’t wait.";
    const doc = readText(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it("splits prose into sentences but keeps versions, decimals and abbreviations whole", () => {
    expect(sentencesOf("We shipped v2.3 in March. Revenue grew 1.5x, e.g. in Europe. Then Dr. Lee left.")).toEqual([
      "We shipped v2.3 in March.",
      "Revenue grew 1.5x, e.g. in Europe.",
      "Then Dr. Lee left.",
    ]);
  });

  it("treats each bullet and heading of a markdown answer as its own sentence", () => {
    const text = "## Situation\nOur checkout failed often\n- I pulled the logs\n- I found the root cause\n\nIt worked";
    expect(sentencesOf(text)).toEqual([
      "## Situation",
      "Our checkout failed often",
      "- I pulled the logs",
      "- I found the root cause",
      "It worked",
    ]);
  });

  it("keeps a hard-wrapped sentence together across a line break", () => {
    const text = "I met the director of engineering and the head of\nsupport to agree on the plan.";
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it("splits a long unpunctuated transcript into clause-sized pseudo-sentences", () => {
    const text =
      "so I was the PM for the app and I noticed the reviews were bad so I pulled the data and then I called fifteen customers and they all said the same thing so we changed the flow and then the rejections went down a lot right and my manager was happy";
    const doc = readText(text);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(4);
    expect(doc.sentences.every((s) => s.words <= 30)).toBe(true);
    expect(doc.sentences.some((s) => s.pseudo)).toBe(true);
  });

  it("marks the scope of a negation", () => {
    const doc = readText("I did not consider alternatives, and we shipped.");
    const negated = doc.tokens.filter((t) => t.negated).map((t) => t.lower);
    expect(negated).toEqual(["consider", "alternatives"]);
  });

  it("counts words as a reader does", () => {
    expect(countWords("I didn't wait — we shipped v2.3 in 6 weeks.")).toBe(9);
    expect(countWords("   ")).toBe(0);
  });
});
