import { describe, expect, it } from "vitest";
import type { ProcessContent } from "../content/pack-schema.js";
import { calibrateLevel, type LevelSource } from "./level-calibration.js";

const ROWS: ProcessContent["debrief"]["levelCalibration"] = [
  { dimension: "Scope", L5: "One team.", L6: "Several teams or an organisation.", L7: "Several organisations." },
  { dimension: "Ambiguity handled", L5: "Unclear path.", L6: "Chose the problem.", L7: "Found the problem." },
  { dimension: "Influence without authority", L5: "Own team.", L6: "Other teams.", L7: "Directors and VPs." },
  { dimension: "Size of impact", L5: "Team metric.", L6: "Millions.", L7: "Company level." },
  { dimension: "Time horizon", L5: "A year.", L6: "Two years.", L7: "Five years." },
];

const source = (text: string, question = 0): LevelSource => ({ text, round: 0, question, questionId: `q${question}` });

const TEAM =
  "On my team the release checklist was unclear. I convinced my engineers to try a new one. Defects fell by 20%.";
const ORG =
  "The outage sat across the org, with five teams that did not report to me. The problem was ambiguous, so I decided which problem to fix first. Revenue rose by $4 million.";
const COMPANY =
  "I started from a blank page and set a company-wide strategy across three organisations. " +
  "I pitched it to the VPs of retail and devices, who changed their plans. " +
  "It now saves $300 million a year for 80 million customers.";

describe("level calibration", () => {
  it("reads team-scoped stories as L5", () => {
    const result = calibrateLevel([source(TEAM)], "L5", ROWS);
    expect(result.dimensions.map((d) => d.level)).toEqual(["L5", "L5", "L5", "L5"]);
    expect(result).toMatchObject({ supported: "L5", verdict: "at" });
  });

  it("reads organisation-wide scope, ambiguity, influence and millions as L6", () => {
    const result = calibrateLevel([source(ORG)], "L6", ROWS);
    expect(result.dimensions.map((d) => d.level)).toEqual(["L6", "L6", "L6", "L6"]);
    expect(result).toMatchObject({ supported: "L6", verdict: "at" });
  });

  it("reads multi-organisation scope, VPs and hundreds of millions as L7", () => {
    const result = calibrateLevel([source(COMPANY)], "L6", ROWS);
    expect(result.dimensions.map((d) => d.level)).toEqual(["L7", "L7", "L7", "L7"]);
    expect(result).toMatchObject({ supported: "L7", verdict: "above", toRaise: [] });
  });

  it("anchors on scope: a big number in a team-sized story does not make it L7", () => {
    const text = "On my team I convinced my engineers to cut a step; it saved $300 million for 80 million customers.";
    const result = calibrateLevel([source(text)], "L7", ROWS);
    expect(result.dimensions.find((d) => d.dimension === "impact")?.level).toBe("L7");
    expect(result.supported).toBe("L5");
  });

  it("needs scope and two more dimensions at a level", () => {
    const text = "I worked across the org with several teams. Sales rose by $2 million. The goal was unclear.";
    // Scope L6 and impact L6, but ambiguity L5 and no influence: only one other dimension reaches L6.
    expect(calibrateLevel([source(text)], "L6", ROWS).supported).toBe("L5");
  });

  it("combines evidence from several answers", () => {
    const result = calibrateLevel([source(TEAM, 0), source(ORG, 1)], "L6", ROWS);
    expect(result.supported).toBe("L6");
    const scope = result.dimensions.find((d) => d.dimension === "scope");
    expect(scope?.evidence.map((e) => e.level)).toEqual(["L6", "L5"]);
    expect(scope?.evidence[0]?.quote.questionId).toBe("q1");
  });

  it("says what evidence would have reached the target, in the pack's words", () => {
    const result = calibrateLevel([source(TEAM)], "L6", ROWS);
    expect(result.verdict).toBe("below");
    expect(result.toRaise).toEqual([
      'Scope at L6: Several teams or an organisation. Your strongest evidence read as L5 ("On my team the release checklist was unclear.").',
      'Ambiguity handled at L6: Chose the problem. Your strongest evidence read as L5 ("On my team the release checklist was unclear.").',
      'Influence without authority at L6: Other teams. Your strongest evidence read as L5 ("I convinced my engineers to try a new one.").',
      'Size of impact at L6: Millions. Your strongest evidence read as L5 ("Defects fell by 20%.").',
    ]);
    expect(result.summary).toMatch(/below the L6 applied for/);
  });

  it("reads no signals as the L5 floor and says so", () => {
    const result = calibrateLevel([source("I like my job.")], "L5", ROWS);
    expect(result.dimensions.every((d) => d.level === null)).toBe(true);
    expect(result.supported).toBe("L5");
    expect(result.summary).toMatch(/No level signals/);
    expect(result.toRaise[0]).toMatch(/Your answers had no evidence of this\.$/);
  });

  it("reads money and people with their magnitude", () => {
    const impact = (text: string) =>
      calibrateLevel([source(text)], "L5", ROWS).dimensions.find((d) => d.dimension === "impact")?.level;
    expect(impact("It saved $40k.")).toBe("L5");
    expect(impact("It saved $1.5M a year.")).toBe("L6");
    expect(impact("It added 2 billion dollars.")).toBe("L7");
    expect(impact("It reached 250,000 sellers.")).toBe("L6");
    expect(impact("It reached 300 users.")).toBe("L5");
  });

  it("quotes exact slices of the answers", () => {
    const sources = [source(TEAM, 0), source(ORG, 1), source(COMPANY, 2)];
    const result = calibrateLevel(sources, "L6", ROWS);
    for (const dimension of result.dimensions) {
      for (const evidence of dimension.evidence) {
        const text = sources[evidence.quote.question]?.text ?? "";
        expect(text.slice(evidence.quote.start, evidence.quote.end)).toBe(evidence.quote.text);
      }
    }
  });
});
