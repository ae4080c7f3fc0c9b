/**
 * How weak the user is on each principle and functional area, from 0 (solid) to 1 (nothing
 * yet). The planner schedules the weakest work first and keeps it when hours run short.
 */
import { PRINCIPLE_IDS, type PrincipleId, type QuestionType } from "../content/pack-schema.js";
import type { PlanInput } from "./plan-schema.js";

/** Two strong stories per principle is the goal the plan writes towards (DOMAIN.md: 2-3). */
export const STORIES_PER_PRINCIPLE = 2;

/**
 * Work with no votes yet counts as a vote of 2 (Not Inclined): a principle never practised
 * has not been shown, so it ranks with the weak ones rather than in the middle.
 */
const UNTESTED_VOTE = 2;

/** Only the latest votes count, so early stumbles stop weighing once the user has improved. */
const RECENT_VOTE_COUNT = 5;

function voteGap(votes: readonly number[] | undefined): number {
  const recent = (votes ?? []).slice(-RECENT_VOTE_COUNT);
  const mean = recent.length > 0 ? recent.reduce((sum, vote) => sum + vote, 0) / recent.length : UNTESTED_VOTE;
  return (4 - mean) / 3;
}

export function storyCount(input: PlanInput, principleId: PrincipleId): number {
  return input.storiesPerPrinciple?.[principleId] ?? 0;
}

/** The mean of the signals there are: missing stories, matrix coverage, recent votes. */
export function principleWeakness(input: PlanInput, principleId: PrincipleId): number {
  const signals = [1 - Math.min(storyCount(input, principleId), STORIES_PER_PRINCIPLE) / STORIES_PER_PRINCIPLE];
  const coverage = input.principleCoverage?.[principleId];
  if (coverage !== undefined) signals.push(1 - coverage);
  signals.push(voteGap(input.recentVotes?.principles?.[principleId]));
  return signals.reduce((sum, value) => sum + value, 0) / signals.length;
}

export function areaWeakness(input: PlanInput, area: QuestionType): number {
  return voteGap(input.recentVotes?.areas?.[area]);
}

/** Principles from weakest to strongest; ties keep the canonical order. */
export function principlesByWeakness(input: PlanInput): PrincipleId[] {
  return PRINCIPLE_IDS.map((id, index) => ({ id, index, weakness: principleWeakness(input, id) }))
    .sort((a, b) => b.weakness - a.weakness || a.index - b.index)
    .map(({ id }) => id);
}

/** Weakness of every principle, for ranking review cards that were never graded. */
export function principleWeaknessMap(input: PlanInput): Record<PrincipleId, number> {
  return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, principleWeakness(input, id)])) as Record<
    PrincipleId,
    number
  >;
}
