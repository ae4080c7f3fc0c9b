import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipSpan, MAX_QUOTE_CHARS, quoteAround, quoteFromEvidence } from "./quotes.js";

const SOURCE = { round: 0, question: 0, questionId: "q" };

describe("quotes", () => {
  it("keep coach evidence that is an exact slice", () => {
    const text = "First I called the customer. Then I fixed it.";
    const quote = quoteFromEvidence(text, { start: 8, end: 27, quote: "called the customer" }, SOURCE);
    expect(quote).toMatchObject({ text: "called the customer", start: 8, end: 27 });
  });

  it("re-find evidence whose offsets drifted, and drop evidence that is not in the text", () => {
    const text = "First I called the customer.";
    expect(quoteFromEvidence(text, { start: 0, end: 5, quote: "called" }, SOURCE)).toMatchObject({ start: 8, end: 14 });
    expect(quoteFromEvidence(text, { start: 0, end: 5, quote: "emailed" }, SOURCE)).toBeUndefined();
    expect(quoteFromEvidence(text, { start: 0, end: 0, quote: "" }, SOURCE)).toBeUndefined();
  });

  it("clip long evidence at a word boundary and still quote an exact slice", () => {
    const text = "word ".repeat(200);
    const quote = quoteFromEvidence(text, { start: 0, end: text.length, quote: text }, SOURCE);
    expect(quote?.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
    expect(quote?.text.endsWith("word")).toBe(true);
  });

  it("quote the sentence around a match", () => {
    const text = "Intro here. We worked across the org on it! Then more.";
    const at = text.indexOf("across the org");
    expect(quoteAround(text, at, at + 14, SOURCE)?.text).toBe("We worked across the org on it!");
  });

  it("are always exact slices of the text, whatever the evidence says", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.nat(500),
        fc.nat(500),
        fc.string({ maxLength: 40 }),
        (text, a, b, claimed) => {
          const start = Math.min(a, b);
          const end = Math.max(a, b);
          for (const quote of [
            quoteFromEvidence(text, { start, end, quote: claimed }, SOURCE),
            quoteFromEvidence(text, { start, end, quote: text.slice(start, end) }, SOURCE),
            quoteAround(text, Math.min(start, text.length), Math.min(end, text.length), SOURCE),
          ]) {
            if (quote) {
              expect(text.slice(quote.start, quote.end)).toBe(quote.text);
              expect(quote.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
              expect(quote.text.trim()).toBe(quote.text);
            }
          }
          const span = clipSpan(text, start, end);
          if (span) expect(span.end).toBeGreaterThan(span.start);
        },
      ),
      { numRuns: 500 },
    );
  });
});
