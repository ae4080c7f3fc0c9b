import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ContentPack, loadPack } from "../content/load-pack.js";
import { debriefToMarkdown, escapeMarkdown } from "./debrief-markdown.js";
import { generateLoop } from "./generate-loop.js";
import { buildDebrief } from "./loop-debrief.js";
import { buildCoachResult, runLoop } from "./test-builders.js";

function loadRealPack(): ContentPack {
  const dir = fileURLToPath(new URL("../../../content/amazon", import.meta.url));
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`the content pack does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.pack;
}

const pack = loadRealPack();
const NOW = "2025-03-01T12:00:00.000Z";
const STORY =
  "The launch sat across the org with five teams. I chose the *simple* path | not the rewrite. Errors fell by 35% and we saved $2 million.";
const WEAK = "We would probably <b>look</b> at the data.";

function sampleDebrief() {
  const plan = generateLoop({ role: "pmt", level: "L6", kind: "onsite", seed: 8, pack, now: NOW });
  const state = runLoop(plan, (round, planned, index) =>
    round.persona.id === "bar-raiser"
      ? {
          text: WEAK,
          coach: buildCoachResult({
            text: WEAK,
            vote: 2,
            missing: ["quantified-result"],
            redFlags: [{ id: "hypothetical", quote: "We would probably <b>look</b>" }],
          }),
        }
      : {
          text: STORY,
          storyId: index === 0 && round.index < 2 ? "launch" : undefined,
          coach: buildCoachResult({
            text: STORY,
            vote: 3,
            principles: planned.principleId
              ? [{ id: planned.principleId, quote: "I chose the *simple* path | not the rewrite" }]
              : [],
            met: [{ id: "quantified-result", quote: "Errors fell by 35%" }],
          }),
        },
  );
  return { plan, debrief: buildDebrief(state, pack, { now: NOW }) };
}

describe("the debrief as Markdown", () => {
  const { plan, debrief } = sampleDebrief();
  const markdown = debriefToMarkdown(debrief, { questionText: (id) => pack.questions.find((q) => q.id === id)?.text });

  it("has the decision, votes, feedback, level, heatmap, reused stories and next steps", () => {
    expect(markdown.startsWith("# Mock loop debrief: Product Manager - Technical, L6 (Onsite loop)\n")).toBe(true);
    for (const heading of [
      "## Decision: No hire",
      "## Votes",
      "## Interviewer feedback",
      "## Level calibration",
      "## Principle heatmap",
      "## Stories told twice",
      "## Next steps",
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    for (const round of plan.rounds)
      expect(markdown).toContain(`### Round ${round.index + 1}: ${round.persona.name}, `);
    expect(markdown).toContain("1. **Tell what you did, not what you would do.**");
  });

  it("has one votes row per interviewer and one heatmap row per principle, with matching columns", () => {
    const tableRows = (heading: string) => {
      const section = markdown.split(`## ${heading}\n`)[1]?.split("\n## ")[0] ?? "";
      return section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| ---"));
    };
    expect(tableRows("Votes")).toHaveLength(plan.rounds.length + 1);
    const heat = tableRows("Principle heatmap");
    expect(heat).toHaveLength(debrief.heatmap.rows.length + 1);
    const columns = (line: string) => line.replace(/\\\|/g, "").split("|").length;
    for (const line of heat) expect(columns(line)).toBe(columns(heat[0] ?? ""));
  });

  it("escapes the candidate's words so they cannot break the document", () => {
    expect(markdown).toContain("“I chose the \\*simple\\* path \\| not the rewrite”");
    expect(markdown).toContain("“We would probably \\<b\\>look\\</b\\>”");
    expect(markdown).not.toContain("<b>");
  });

  it("is the same text for the same debrief", () => {
    expect(
      debriefToMarkdown(sampleDebrief().debrief, {
        questionText: (id) => pack.questions.find((q) => q.id === id)?.text,
      }),
    ).toBe(markdown);
  });
});

describe("escapeMarkdown", () => {
  it("escapes Markdown syntax and folds line breaks", () => {
    expect(escapeMarkdown("a *b* _c_ [d](e) `f` # g | h\n\n i")).toBe(
      "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\# g \\| h i",
    );
  });
});
