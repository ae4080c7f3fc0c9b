/** Pure formatting of a coach result for the terminal. */
import type { CoachResult } from "../../core/coach/coach-result-schema.js";
import { VOTE_LABELS } from "../../core/coach/score.js";

const MARK = { met: "✓", partial: "~", missing: "✗" } as const;

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatCoachReport(result: CoachResult): string {
  const { stats } = result;
  const minutes = Math.floor(stats.spokenSeconds / 60);
  const seconds = Math.round(stats.spokenSeconds % 60);
  const lines = [
    `Vote: ${result.vote} — ${VOTE_LABELS[result.vote - 1]}    Score: ${result.score}/100`,
    `${stats.words} words, about ${minutes}:${String(seconds).padStart(2, "0")} spoken; ${stats.numbers} numbers; "I" ${stats.firstPersonSingular} × "we" ${stats.firstPersonPlural}${stats.fillers ? `; ${stats.fillers} fillers (${stats.fillersPer100.toFixed(1)} per 100 words)` : ""}`,
    "",
    "Criteria:",
    ...result.criteria.map((c) => {
      const quote = c.evidence[0] ? `  “${clip(c.evidence[0].quote, 70)}”` : "";
      const advice = c.status === "met" ? "" : `\n      → ${c.advice}`;
      return `  ${MARK[c.status]} ${c.id.padEnd(18)}${quote}${advice}`;
    }),
  ];
  if (result.redFlags.length > 0) {
    lines.push("", "Red flags:");
    for (const flag of result.redFlags) {
      lines.push(
        `  ! ${flag.id}${flag.evidence[0] ? `  “${clip(flag.evidence[0].quote, 70)}”` : ""}`,
        `      → ${flag.advice}`,
      );
    }
  }
  if (result.keyPoints.length > 0) {
    lines.push("", "Key points:");
    for (const point of result.keyPoints) lines.push(`  ${point.covered ? "✓" : "✗"} ${point.id}`);
  }
  if (result.principles.length > 0) {
    lines.push(
      "",
      `Principles shown: ${result.principles
        .slice(0, 4)
        .map((p) => `${p.name} (${p.score.toFixed(2)})`)
        .join(", ")}`,
    );
  }
  if (result.followUps.length > 0) {
    lines.push("", "An interviewer would ask next:");
    for (const f of result.followUps) lines.push(`  • ${f.text}`, `      (${f.reason})`);
  }
  return lines.join("\n");
}
