/**
 * Score (0-100) and vote (1-4). The score is a weighted share of criteria met, plus principle
 * and key-point evidence, minus red flags. The vote follows the score but is capped by what an
 * interviewer would never pass: an off-topic or near-empty answer is a Strong No Hire, and a
 * mostly-"we", hypothetical or resultless story cannot be a Strong Hire. Caps never raise a vote.
 */
import type {
  CoachResult,
  CriterionResult,
  KeyPointResult,
  PrincipleResult,
  RedFlagResult,
} from "./coach-result-schema.js";

export const VOTE_LABELS = ["Strong No Hire", "Not Inclined", "Inclined", "Strong Hire"] as const;

const STATUS_VALUE = { met: 1, partial: 0.5, missing: 0 } as const;

/**
 * Points taken off per red flag. Too-short and off-topic instead squeeze the score into 0-15
 * (keeping better content above worse) and cap the vote at 1.
 */
const FLAG_PENALTY: Record<RedFlagResult["id"], number> = {
  "too-short": 0,
  "off-topic": 0,
  hypothetical: 18,
  disowning: 15,
  vague: 10,
  "team-credit-taken": 10,
  "too-long": 6,
};

const FATAL_CEILING = 15;
const FATAL_SCALE = 0.15;

/** Score thresholds for votes 2, 3 and 4. */
const VOTE_AT = [40, 62, 80] as const;

export interface ScoreInput {
  criteria: CriterionResult[];
  redFlags: RedFlagResult[];
  principles: PrincipleResult[];
  keyPoints: KeyPointResult[];
  targets: readonly string[];
  functional: boolean;
  /** Actions told as "we": with no "I" at all, the candidate's part cannot be judged. */
  weActions: number;
  /** Words in the answer. */
  words?: number;
}

/**
 * A Strong No Hire is for answers with nothing to discuss: off-topic, a few words, blame, or no
 * step of the candidate's at all. A story with serious gaps, or an approach told as what the
 * candidate would do, is Not Inclined (labelling guide: vote 2).
 */
const SUBSTANCE_WORDS = 100;

export function scoreAnswer(input: ScoreInput): Pick<CoachResult, "score" | "vote" | "voteLabel" | "voteReasons"> {
  const { criteria, redFlags, principles, keyPoints, targets, functional } = input;
  let earned = 0;
  let possible = 0;
  for (const c of criteria) {
    earned += c.weight * STATUS_VALUE[c.status];
    possible += c.weight;
  }
  // Evidence for the principles the question targets.
  if (targets.length > 0) {
    const weight = functional ? 1 : 1.5;
    let best = 0;
    for (const p of principles) if (targets.includes(p.id)) best = Math.max(best, p.score);
    earned += weight * Math.min(1, best / 0.6);
    possible += weight;
  }
  // Key points: the rubric of functional questions, a lighter check for behavioural ones.
  if (keyPoints.length > 0) {
    const weight = functional ? 6 : 1.5;
    earned += (weight * keyPoints.filter((k) => k.covered).length) / keyPoints.length;
    possible += weight;
  }
  let score = possible > 0 ? (100 * earned) / possible : 0;
  for (const flag of redFlags) score -= FLAG_PENALTY[flag.id];
  score = Math.max(0, Math.min(100, score));
  const fatal = redFlags.some((r) => r.id === "too-short" || r.id === "off-topic");
  score = Math.round(fatal ? Math.min(FATAL_CEILING, score * FATAL_SCALE) : score);

  let vote = 1 + VOTE_AT.filter((at) => score >= at).length;
  const reasons: string[] = [
    `Score ${score}/100 from the criteria${keyPoints.length ? ", key points" : ""} and principle evidence.`,
  ];
  /** Lowers the vote to `max`; `always` explains the reason even when the score was already that low. */
  const cap = (max: number, why: string, always = false) => {
    if (vote > max) {
      vote = max;
      reasons.push(`${why}: capped at ${VOTE_LABELS[max - 1]}.`);
    } else if (always) {
      reasons.push(`${why}: ${VOTE_LABELS[max - 1]} at most.`);
    }
  };
  const flag = (id: RedFlagResult["id"]) => redFlags.some((r) => r.id === id);
  const status = (id: CriterionResult["id"]) => criteria.find((c) => c.id === id)?.status ?? "missing";

  if (flag("too-short")) cap(1, "Too short to show any evidence", true);
  if (flag("off-topic")) cap(1, "Does not address the question", true);
  if (flag("hypothetical")) cap(2, "Hypothetical: describes what you would do, not what you did");
  if (flag("disowning")) cap(2, "Puts the problem on others");
  if (status("judgment") === "missing")
    cap(2, "No decision, alternative or trade-off: the judgement signal is missing");
  if (!functional) {
    // All "we" is a red flag in itself (what did you do?); some "I" among the "we" is not.
    if (status("first-person") === "missing")
      cap(input.weActions >= 3 ? 2 : 3, "Mostly 'we': your own part is unclear");
    if (status("result") === "missing") cap(3, "No result");
    if (status("quantified-result") !== "met") cap(3, "The result has no measured outcome");
    if (status("action") === "missing") cap(2, "No actions of your own");
    if (status("length") !== "met") cap(3, "Outside the 2-3 minutes a full story takes");
  } else {
    if (keyPoints.length > 0 && keyPoints.filter((k) => k.covered).length / keyPoints.length < 0.5)
      cap(3, "Less than half of the key points are covered");
    if (status("length") !== "met") cap(3, "Too brief to show the reasoning this question needs");
  }
  if (flag("vague")) cap(3, "Vague where it should be specific");
  if (flag("team-credit-taken")) cap(2, "Takes the team's credit");
  if (redFlags.length > 0) cap(3, "A Strong Hire has no red flags");
  const dismissive = flag("too-short") || flag("off-topic") || flag("disowning");
  const substance = (input.words ?? 0) >= SUBSTANCE_WORDS && (status("action") !== "missing" || flag("hypothetical"));
  if (vote === 1 && !dismissive && substance) {
    vote = 2;
    score = Math.max(score, VOTE_AT[0]);
    reasons.push("There is substance to discuss despite the gaps: Not Inclined rather than Strong No Hire.");
  }
  // Keep score and vote telling the same story when a cap bites.
  const ceiling = [39, 61, 79, 100][vote - 1]!;
  score = Math.min(score, ceiling);
  return { score, vote, voteLabel: VOTE_LABELS[vote - 1]!, voteReasons: reasons };
}
