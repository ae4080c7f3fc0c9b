/**
 * Follow-up questions by interviewer. Each persona has a depth ladder: the depth of each
 * successive follow-up on one answer, and so how many follow-ups it asks at most. The Bar
 * Raiser goes four levels deep and prefers the hardest probes (depth 3-4); the others ask two
 * or three, starting gently. Candidates are the principle's probes (each has a depth in the
 * pack) and the question's own follow-ups, which the pack lists from gentle to hard, so their
 * depth is read from their position in the list.
 */
import type { Principle, PrincipleId, Question } from "../content/pack-schema.js";
import type { PersonaId, PlannedQuestion } from "./loop-schema.js";
import { deriveSeed, mulberry32, pickOne } from "./seeded-random.js";

export const FOLLOW_UP_LADDERS: Record<PersonaId, readonly number[]> = {
  "bar-raiser": [3, 3, 4, 4],
  "hiring-manager": [1, 2, 3],
  peer: [1, 2, 3],
  "engineering-manager": [1, 2, 3],
  // The partner's round is about influence, tested mostly through breadth of stories.
  "cross-functional-partner": [1, 2],
};

export function followUpLimit(persona: PersonaId): number {
  return FOLLOW_UP_LADDERS[persona].length;
}

export interface FollowUpSuggestion {
  text: string;
  depth: number;
  source: "probe" | "question";
}

/** Depth of the i-th of n question follow-ups: spread evenly from 1 to 4 in list order. */
export function questionFollowUpDepth(index: number, count: number): number {
  if (count <= 1) return 2;
  return 1 + Math.round((index * 3) / (count - 1));
}

export interface SuggestFollowUpInput {
  persona: PersonaId;
  planned: PlannedQuestion;
  question: Question | undefined;
  principles: readonly Principle[];
  /** Texts already asked on this answer; never asked twice. */
  asked: readonly string[];
  /** Makes the choice among equally good probes reproducible. */
  seed: number;
  /** Where in the loop, so different answers get different picks. */
  round: number;
  questionIndex: number;
}

/** The next follow-up for an answer, or undefined when this interviewer has gone as deep as it goes. */
export function suggestFollowUp(input: SuggestFollowUpInput): FollowUpSuggestion | undefined {
  const ladder = FOLLOW_UP_LADDERS[input.persona];
  const step = input.asked.length;
  const depth = ladder[step];
  if (depth === undefined) return undefined;
  const principleId: PrincipleId | undefined = input.planned.principleId ?? input.question?.principles[0];
  const principle = input.principles.find((p) => p.id === principleId);
  const asked = new Set(input.asked.map((text) => text.trim().toLowerCase()));
  const questionFollowUps = input.question?.followUps ?? [];
  const candidates: FollowUpSuggestion[] = [
    ...questionFollowUps.map((text, i) => ({
      text,
      depth: questionFollowUpDepth(i, questionFollowUps.length),
      source: "question" as const,
    })),
    ...(principle?.probes ?? []).map((probe) => ({ text: probe.text, depth: probe.depth, source: "probe" as const })),
  ].filter((c) => !asked.has(c.text.trim().toLowerCase()));
  if (candidates.length === 0) return undefined;
  // Closest depth wins; when none is exact, the Bar Raiser goes deeper and others gentler.
  const deeper = input.persona === "bar-raiser";
  const distance = (c: FollowUpSuggestion) =>
    Math.abs(c.depth - depth) + ((deeper ? c.depth < depth : c.depth > depth) ? 0.5 : 0);
  const best = Math.min(...candidates.map(distance));
  const random = mulberry32(deriveSeed(input.seed, "follow-up", input.round, input.questionIndex, step));
  return pickOne(
    random,
    candidates.filter((c) => distance(c) === best),
  );
}
