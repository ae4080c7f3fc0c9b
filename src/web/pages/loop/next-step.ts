/** Where "move on" goes from the current question: the next one, the next interviewer, or the debrief. */
import type { LoopState } from "../../../core/loop/index.js";
import type { LoopAction } from "../../api/loops.js";

export interface NextStep {
  action: LoopAction;
  /** The button that moves on once the question is done. */
  label: string;
  /** The button that leaves the question unanswered. */
  skipLabel: string;
  /** The button that leaves the remaining follow-ups unasked. */
  moveOnLabel: string;
}

export function nextStep(state: LoopState): NextStep {
  const { round, question } = state.position;
  const current = state.plan.rounds[round];
  if (current && question + 1 < current.questions.length) {
    return {
      action: "next-question",
      label: "Next question",
      skipLabel: "Skip this question",
      moveOnLabel: "Move on to the next question",
    };
  }
  const next = state.plan.rounds[round + 1];
  if (next) {
    return {
      action: "next-round",
      label: `Next round: ${next.persona.name}`,
      skipLabel: "Skip to the next round",
      moveOnLabel: "Move on to the next round",
    };
  }
  return {
    action: "finish",
    label: "Finish and see the debrief",
    skipLabel: "Skip and finish the loop",
    moveOnLabel: "Finish the loop",
  };
}
