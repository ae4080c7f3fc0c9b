// The coach measured against 132 answers written and labelled by people who never saw its
// rules (test/fixtures/coach). Floors are set from measurement, a little under the held-out
// figures, so a change that makes the coach worse on either half fails here.
import { describe, expect, it } from "vitest";
import { loadPackOrThrow } from "../../src/server/content/read-pack.js";
import { evaluateCoach, formatReport, loadGold } from "../support/coach-evaluation.js";
import { FLOORS } from "./coach-floors.js";

const pack = loadPackOrThrow();
const gold = loadGold();

describe.each(["dev", "heldout"] as const)("coach on the %s half", (split) => {
  const report = evaluateCoach(gold, pack, split);
  console.log(formatReport(`${split} half`, report));

  it("has enough labelled answers to measure", () => {
    expect(report.answers).toBeGreaterThanOrEqual(60);
  });

  it("keeps macro-F1 over the criteria above its floor", () => {
    expect(report.macroF1Criteria).toBeGreaterThanOrEqual(FLOORS.macroF1);
  });

  it("agrees with the labelled vote within one step for most answers", () => {
    expect(report.voteWithinOne).toBeGreaterThanOrEqual(FLOORS.voteWithinOne);
    expect(report.voteExact).toBeGreaterThanOrEqual(FLOORS.voteExact);
  });

  it.each(Object.entries(FLOORS.criterionF1))("keeps %s F1 above its floor", (criterion, floor) => {
    expect(report.criteria[criterion]?.f1 ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
