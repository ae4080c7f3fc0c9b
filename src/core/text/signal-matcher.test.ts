import { describe, expect, it } from "vitest";
import { compileSignals, matchSignals } from "./signal-matcher.js";
import { readText } from "./text-doc.js";

const matched = (text: string, signals: string[]) => {
  const doc = readText(text);
  return matchSignals(doc, compileSignals([{ id: "g", signals }])).map((m) => text.slice(m.start, m.end));
};

describe("signal matcher", () => {
  it("matches a trailing star as any ending", () => {
    expect(matched("We segmented users into segments.", ["segment*"])).toEqual(["segmented", "segments"]);
  });

  it("matches a star on an inner word of a phrase", () => {
    expect(matched("She pushed back twice and I push back too.", ["push* back"])).toEqual(["pushed back", "push back"]);
  });

  it("lines contractions and hyphens up with the text", () => {
    expect(matched("I didn't have the data, so it was a two-way door.", ["didn't have", "two-way door"])).toEqual([
      "didn't have",
      "two-way door",
    ]);
  });

  it("is case-insensitive and ignores curly apostrophes", () => {
    expect(matched("We Didn’t Wait.", ["didn't wait"])).toEqual(["Didn’t Wait"]);
  });

  it("never matches across sentences", () => {
    expect(matched("We found the root. Cause unknown.", ["root cause*"])).toEqual([]);
  });
});
