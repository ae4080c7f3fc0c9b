/**
 * The debrief as a Markdown document, for the candidate's notes or a coach. A pure string
 * builder: the caller decides where it goes. The candidate's words are escaped so that an
 * asterisk or a pipe in an answer cannot break the document's structure.
 */
import type { DataPoint, HeatmapCell, LoopDebrief } from "./loop-debrief.js";
import { VOTE_NAMES, type Vote } from "./loop-votes.js";

export interface MarkdownOptions {
  /** Question text by id, to show what a drill asks; ids are shown when absent. */
  questionText?: (id: string) => string | undefined;
  /** Principle names by id, for drill targets outside the heatmap. */
  principleName?: (id: string) => string | undefined;
}

const ROLE_NAMES = {
  pm: "Product Manager",
  pmt: "Product Manager - Technical",
  tpm: "Technical Program Manager",
} as const;

/** Escapes Markdown syntax and folds line breaks, so user text stays inline text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
    .trim();
}

const quoted = (text: string) => `“${escapeMarkdown(text)}”`;

function dataPointLine(point: DataPoint): string {
  const stance = point.stance === "for" ? "For" : "Against";
  return `- **${stance}:** ${escapeMarkdown(point.note)}${point.quote ? ` ${quoted(point.quote.text)}` : ""}`;
}

function cellText(cell: HeatmapCell | null): string {
  if (!cell) return "·";
  if (cell.owned) {
    const vote = cell.vote === null ? "not answered" : VOTE_NAMES[cell.vote as Vote];
    return cell.score === null ? vote : `${vote} (${cell.score})`;
  }
  return cell.score === null ? "·" : `(${cell.score})`;
}

export function debriefToMarkdown(debrief: LoopDebrief, options: MarkdownOptions = {}): string {
  const lines: string[] = [];
  const kind = debrief.kind === "phone" ? "Phone screen" : "Onsite loop";
  const principleNames = new Map(debrief.heatmap.rows.map((row) => [row.principleId as string, row.name]));
  const nameOf = (id: string) => principleNames.get(id) ?? options.principleName?.(id) ?? id;

  lines.push(`# Mock loop debrief: ${ROLE_NAMES[debrief.role]}, ${debrief.level} (${kind})`, "");
  lines.push(`Seed ${debrief.seed}${debrief.complete ? "" : " · incomplete: some questions were not answered"}`, "");

  lines.push(`## Decision: ${escapeMarkdown(debrief.decision.headline)}`, "");
  lines.push(`Rule: ${escapeMarkdown(debrief.decision.rule)}`, "");
  for (const reason of debrief.decision.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
  lines.push("");

  lines.push("## Votes", "", "| Round | Interviewer | Principles | Vote |", "| --- | --- | --- | --- |");
  for (const i of debrief.interviewers) {
    const area = i.functionalArea ? ` + ${i.functionalArea}` : "";
    lines.push(
      `| ${i.round + 1} | ${escapeMarkdown(i.persona.name)} | ${i.principles.map((p) => escapeMarkdown(p.name)).join(", ")}${area} | ${i.voteName} |`,
    );
  }
  lines.push("");

  lines.push("## Interviewer feedback", "");
  for (const i of debrief.interviewers) {
    lines.push(`### Round ${i.round + 1}: ${escapeMarkdown(i.persona.name)}, ${i.voteName}`, "");
    lines.push(`Answered ${i.answered} of ${i.asked} questions.`, "");
    for (const reason of i.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
    lines.push("");
    for (const principle of i.principles) {
      const vote = principle.vote === null ? "no evidence" : VOTE_NAMES[principle.vote];
      lines.push(`#### ${escapeMarkdown(principle.name)} (${vote})`, "");
      for (const point of principle.dataPoints) lines.push(dataPointLine(point));
      lines.push("");
    }
  }

  const { calibration } = debrief;
  lines.push("## Level calibration", "", escapeMarkdown(calibration.summary), "");
  lines.push("| Dimension | Level read | Evidence |", "| --- | --- | --- |");
  for (const d of calibration.dimensions) {
    const best = d.evidence[0];
    lines.push(
      `| ${d.name} | ${d.level ?? "none"} | ${best ? `${escapeMarkdown(best.signal)}: ${quoted(best.quote.text)}` : "·"} |`,
    );
  }
  lines.push("");
  if (calibration.toRaise.length > 0) {
    lines.push("What would have supported a higher level:", "");
    for (const item of calibration.toRaise) lines.push(`- ${escapeMarkdown(item)}`);
    lines.push("");
  }

  const { heatmap } = debrief;
  lines.push("## Principle heatmap", "");
  lines.push(
    `| Principle | ${heatmap.rounds.map((r) => `${r.index + 1}. ${escapeMarkdown(r.personaName)}`).join(" | ")} |`,
  );
  lines.push(`| --- | ${heatmap.rounds.map(() => "---").join(" | ")} |`);
  for (const row of heatmap.rows)
    lines.push(`| ${escapeMarkdown(row.name)} | ${row.cells.map(cellText).join(" | ")} |`);
  lines.push("", "Owned principles show the vote and the coach score; (n) is evidence seen in another round.", "");

  if (debrief.storyReuse.length > 0) {
    lines.push("## Stories told twice", "");
    for (const reuse of debrief.storyReuse) {
      const repeats = reuse.repeats.map((r) => `the ${escapeMarkdown(r.persona)} (round ${r.round + 1})`).join(" and ");
      lines.push(
        `- Story ${escapeMarkdown(reuse.storyId)}: first to the ${escapeMarkdown(reuse.first.persona)} (round ${reuse.first.round + 1}), again to ${repeats}.`,
      );
    }
    lines.push("");
  }

  lines.push("## Next steps", "");
  for (const step of debrief.nextSteps) {
    const target = [
      step.drill.principleId ? nameOf(step.drill.principleId) : undefined,
      step.drill.functionalArea,
      step.drill.criterionId ? `criterion ${step.drill.criterionId}` : undefined,
      step.drill.redFlagId ? `red flag ${step.drill.redFlagId}` : undefined,
    ]
      .filter(Boolean)
      .join(", ");
    const questionId = step.drill.questionId;
    const question = questionId ? (options.questionText?.(questionId) ?? questionId) : undefined;
    lines.push(`${step.rank}. **${escapeMarkdown(step.title)}.** ${escapeMarkdown(step.why)}`);
    if (target || question) {
      lines.push(
        `   Drill: ${escapeMarkdown(target)}${question ? `${target ? "; " : ""}practise ${quoted(question)}` : ""}`,
      );
    }
  }
  lines.push("");
  return lines.join("\n");
}
