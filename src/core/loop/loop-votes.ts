/**
 * The four-step vote and how one answer's vote is read from the coach. An answer's vote is the
 * coach's vote, one step lower when its follow-ups did not hold up: their average coach vote is
 * a full step or more below the answer's own (the story came apart under probing).
 */
import type { LoopAnswer } from "./loop-schema.js";

export type Vote = 1 | 2 | 3 | 4;

export const VOTE_NAMES: Record<Vote, string> = {
  1: "Strong No Hire",
  2: "Not Inclined",
  3: "Inclined",
  4: "Strong Hire",
};

export const clampVote = (value: number): Vote => Math.min(4, Math.max(1, Math.round(value))) as Vote;

export const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The answer's vote after checking whether it held up under follow-up (null: no coached follow-ups). */
export function answerVote(answer: LoopAnswer): { vote: Vote; heldUp: boolean | null } {
  const base = clampVote(answer.coach.vote);
  const probed = answer.followUps.flatMap((f) => (f.coach ? [f.coach.vote] : []));
  if (probed.length === 0) return { vote: base, heldUp: null };
  const heldUp = mean(probed) > base - 1;
  return { vote: heldUp ? base : clampVote(base - 1), heldUp };
}
