/**
 * Does the answer address the question? Three views of fit are blended: the question's own
 * content words found in the answer, evidence for the principles the question targets, and
 * key-point coverage. Any one can carry a relevant answer (a disagreement story need not repeat
 * the word "manager"), so the off-topic flag needs all three to be weak.
 */
import type { KeyPointResult, PrincipleResult } from "./coach-result-schema.js";

export interface TopicFit {
  relevance: number;
  sharedWords: string[];
  principleFit: number;
  keyPointFit: number;
  wordFit: number;
}

/** Below this blended relevance an answer of some length is off-topic. Calibrated on dev samples. */
export const OFF_TOPIC_BELOW = 0.2;

export function topicFit(
  questionStems: Set<string>,
  answerStems: Set<string>,
  principles: PrincipleResult[],
  targets: readonly string[],
  keyPoints: KeyPointResult[],
  functional: boolean,
): TopicFit {
  const shared: string[] = [];
  for (const s of questionStems) if (answerStems.has(s)) shared.push(s);
  // Long design prompts carry many words; a handful shared is already a sign of fit.
  const wordFit = questionStems.size === 0 ? 0 : Math.min(1, shared.length / Math.min(questionStems.size, 5));
  // The primary principle counts fully, secondary ones less: they are often generic.
  let principleFit = 0;
  for (const p of principles) {
    const rank = targets.indexOf(p.id);
    if (rank >= 0) principleFit = Math.max(principleFit, p.score * (rank === 0 ? 1 : 0.6));
  }
  const keyPointFit = keyPoints.length === 0 ? 0 : keyPoints.filter((k) => k.covered).length / keyPoints.length;
  // Functional key points name the subject matter; behavioural ones are generic ("data", "result").
  const keyPointWeight = functional ? 0.6 : 0.3;
  const relevance = Math.min(1, 0.5 * wordFit + 0.5 * principleFit + keyPointWeight * keyPointFit);
  return { relevance: Math.round(relevance * 100) / 100, sharedWords: shared, principleFit, keyPointFit, wordFit };
}
