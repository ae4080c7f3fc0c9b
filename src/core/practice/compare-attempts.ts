/**
 * Two attempts at the same question side by side: what the user changed in the words, and what
 * that did to the coach's reading (criteria that moved, vote and score, red flags, key points).
 * The text diff is of the opening answers, the part the user re-practises; the coach's side is
 * the whole thread's reading (`final`), because that is what the vote was given on.
 */
import type { CriterionId, RedFlagId } from "../coach/index.js";
import { diffWords, type WordDiff } from "../stories/story-diff.js";
import type { Attempt } from "./attempt-schema.js";
import { PracticeError } from "./practice-error.js";

type CriterionStatus = "met" | "partial" | "missing";
const STATUS_RANK: Record<CriterionStatus, number> = { missing: 0, partial: 1, met: 2 };

export interface CriterionChange {
  id: CriterionId;
  /** Absent when the criterion was not reported for that attempt. */
  before?: CriterionStatus;
  after?: CriterionStatus;
  change: "improved" | "worse";
}

export interface NumberChange {
  before: number;
  after: number;
  delta: number;
}

export type ComparableAttempt = Pick<Attempt, "id" | "questionId" | "turns" | "final" | "vote" | "score"> &
  Partial<Pick<Attempt, "submittedAt" | "answerSeconds" | "overrunSeconds">>;

export interface AttemptComparison {
  beforeId: string;
  afterId: string;
  /** Word-level diff of the opening answers. */
  text: WordDiff;
  criteria: CriterionChange[];
  vote: NumberChange;
  score: NumberChange;
  redFlags: { added: RedFlagId[]; removed: RedFlagId[] };
  keyPoints: { newlyCovered: string[]; noLongerCovered: string[] };
  /** Seconds to first submit, when both attempts recorded it. */
  answerSeconds?: NumberChange;
  /** One line per change, for a compact view. */
  summary: string[];
}

const change = (before: number, after: number): NumberChange => ({ before, after, delta: after - before });

/**
 * Compares `before` with `after` (pass them oldest first). Throws a PracticeError when the two
 * attempts answer different questions: their criteria and key points would not line up.
 */
export function compareAttempts(before: ComparableAttempt, after: ComparableAttempt): AttemptComparison {
  if (before.questionId !== after.questionId)
    throw new PracticeError(
      "different-questions",
      `Only attempts at the same question can be compared ("${before.questionId}" and "${after.questionId}").`,
    );
  const text = diffWords(before.turns[0]?.answer ?? "", after.turns[0]?.answer ?? "");

  const beforeCriteria = new Map(before.final.criteria.map((c) => [c.id, c.status]));
  const afterCriteria = new Map(after.final.criteria.map((c) => [c.id, c.status]));
  const criteria: CriterionChange[] = [];
  const ids = [...new Set([...beforeCriteria.keys(), ...afterCriteria.keys()])];
  for (const id of ids) {
    const x = beforeCriteria.get(id);
    const y = afterCriteria.get(id);
    const rankX = x === undefined ? -1 : STATUS_RANK[x];
    const rankY = y === undefined ? -1 : STATUS_RANK[y];
    if (rankX === rankY) continue;
    criteria.push({
      id,
      ...(x !== undefined ? { before: x } : {}),
      ...(y !== undefined ? { after: y } : {}),
      change: rankY > rankX ? "improved" : "worse",
    });
  }

  const flagsBefore = new Set(before.final.redFlags.map((f) => f.id));
  const flagsAfter = new Set(after.final.redFlags.map((f) => f.id));
  const redFlags = {
    added: [...flagsAfter].filter((id) => !flagsBefore.has(id)),
    removed: [...flagsBefore].filter((id) => !flagsAfter.has(id)),
  };

  const coveredBefore = new Set(before.final.keyPoints.filter((k) => k.covered).map((k) => k.id));
  const coveredAfter = new Set(after.final.keyPoints.filter((k) => k.covered).map((k) => k.id));
  const keyPoints = {
    newlyCovered: [...coveredAfter].filter((id) => !coveredBefore.has(id)),
    noLongerCovered: [...coveredBefore].filter((id) => !coveredAfter.has(id)),
  };

  const vote = change(before.vote, after.vote);
  const score = change(before.score, after.score);
  const answerSeconds =
    typeof before.answerSeconds === "number" && typeof after.answerSeconds === "number"
      ? change(before.answerSeconds, after.answerSeconds)
      : undefined;

  const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
  const summary = [
    vote.delta !== 0 ? `Vote ${vote.before} → ${vote.after}` : `Vote unchanged (${vote.after})`,
    `Score ${score.before} → ${score.after} (${signed(score.delta)})`,
    ...criteria.map((c) => `${c.id}: ${c.before ?? "not checked"} → ${c.after ?? "not checked"}`),
    ...redFlags.added.map((id) => `New red flag: ${id}`),
    ...redFlags.removed.map((id) => `Red flag gone: ${id}`),
    ...keyPoints.newlyCovered.map((id) => `Now covers: ${id}`),
    ...keyPoints.noLongerCovered.map((id) => `No longer covers: ${id}`),
    `Words: ${text.summary}`,
  ];

  return {
    beforeId: before.id,
    afterId: after.id,
    text,
    criteria,
    vote,
    score,
    redFlags,
    keyPoints,
    ...(answerSeconds ? { answerSeconds } : {}),
    summary,
  };
}
