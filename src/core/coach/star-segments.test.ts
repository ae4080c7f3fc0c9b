import { describe, expect, it } from "vitest";
import { readText } from "../text/text-doc.js";
import { extractFeatures } from "./answer-features.js";
import { buildClauses } from "./clauses.js";
import { extractNumbers } from "./numbers.js";
import { segmentStar } from "./star-segments.js";

function segment(text: string) {
  const doc = readText(text);
  const clauses = buildClauses(doc);
  return segmentStar(doc, extractFeatures(doc, clauses, extractNumbers(doc, clauses)).perSentence);
}

describe("STAR segmentation", () => {
  it("labels a plain story situation, task, action, result, reflection", () => {
    const segments = segment(
      "Last year our checkout error rate was 12% and customers were abandoning carts. My job was to bring errors under 5% before the holiday peak. I pulled the payment logs and found that retries were failing. I rewrote the retry policy and I ran a staged rollout behind a feature flag. The error rate fell from 12% to 4% and we saved $1.2M a year. I learned to read the raw logs before trusting a dashboard.",
    );
    expect(segments.sentences.map((s) => s.label)).toEqual([
      "situation",
      "task",
      "action",
      "action",
      "result",
      "reflection",
    ]);
    expect(segments.shares.action).toBeGreaterThan(0.3);
  });

  it("tells the user when the situation takes too much of the answer", () => {
    const segments = segment(
      "Our company sold furniture online across four countries. The website was built on an old platform from 2015. There were three teams working on it, each with their own backlog. The search page was slow and the catalogue had grown to 40,000 items. Leadership was worried about the holiday season. The marketing team had also just changed their campaign calendar. I fixed the search index. It got faster.",
    );
    expect(segments.shares.situation).toBeGreaterThan(0.35);
    expect(segments.advice[0]).toMatch(/^Situation is \d+% of the answer; keep it under 20%/);
  });

  it("returns no sentences and zero shares for empty text", () => {
    const segments = segment("");
    expect(segments.sentences).toEqual([]);
    expect(segments.shares).toEqual({ situation: 0, task: 0, action: 0, result: 0, reflection: 0 });
  });
});
