/** Pure formatting of a generated mock loop and its story plan for the terminal. */
import type { LoopPlan } from "../../core/loop/loop-schema.js";
import type { LoopStoryPlan } from "../../core/stories/loop-plan.js";

export function formatLoopPlan(
  plan: LoopPlan,
  questionText: (id: string) => string,
  storyPlan?: LoopStoryPlan,
): string {
  const lines = [
    `${plan.kind === "phone" ? "Phone screen" : `Onsite loop, ${plan.rounds.length} rounds`} — ${plan.role.toUpperCase()} ${plan.level} (seed ${plan.seed})`,
  ];
  for (const round of plan.rounds) {
    lines.push(
      "",
      `Round ${round.index + 1}: ${round.persona.name} — ${round.minutes} min${round.functionalArea ? `, ${round.functionalArea}` : ""}`,
      `  Principles: ${round.principles.join(", ")}`,
    );
    for (const q of round.questions) lines.push(`  • [${q.kind}] ${questionText(q.questionId)}  (${q.questionId})`);
  }
  if (storyPlan) {
    lines.push("", "Story plan from your bank:");
    if (storyPlan.slots.every((s) => !s.primary))
      lines.push("  (no stories in the bank yet: add them on the Stories page)");
    for (const slot of storyPlan.slots) {
      if (!slot.primary) continue;
      lines.push(
        `  ${slot.principleName}: ${slot.primary.title}${slot.backup ? `  (backup: ${slot.backup.title})` : ""}${slot.reuse ? "  — reused, tell it from another angle" : ""}`,
      );
    }
    if (storyPlan.uncovered.length > 0)
      lines.push(`  Uncovered: ${storyPlan.uncovered.map((u) => u.principleName).join(", ")}`);
  }
  return lines.join("\n");
}
