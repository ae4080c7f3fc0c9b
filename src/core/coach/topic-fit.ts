/**
 * Does the answer address the question? Three views of fit are blended: the question's own
 * content words found in the answer, evidence for the principles the question targets, and
 * key-point coverage. Any one can carry a relevant answer (a disagreement story need not repeat
 * the word "manager"), so the off-topic flag needs all three to be weak.
 */
import { contentStem } from "../text/word-stem.js";
import type { KeyPointResult, PrincipleResult } from "./coach-result-schema.js";
import * as lexicon from "./lexicon.js";

/** Read once (module bindings can be accessor calls under some loaders). */
const { CONCEPTS } = lexicon;

export interface TopicFit {
  relevance: number;
  sharedWords: string[];
  principleFit: number;
  keyPointFit: number;
  wordFit: number;
}

/** Below this blended relevance an answer of some length is off-topic. Calibrated on dev samples. */
export const OFF_TOPIC_BELOW = 0.2;

export interface TopicInput {
  questionStems: Set<string>;
  answerStems: Set<string>;
  principles: PrincipleResult[];
  targets: readonly string[];
  keyPoints: KeyPointResult[];
  functional: boolean;
  /** Stem → number of principles whose prose uses it (out of `principleCount`). */
  documentFrequency: ReadonlyMap<string, number>;
  principleCount: number;
  /** Distinct words of working life in the answer. */
  workWords: number;
}

/** A question word matched only through its concept counts this much of a direct match. */
const CONCEPT_MATCH = 0.8;
/** Stem → the concepts it belongs to. */
const CONCEPT_OF = new Map<string, string[]>();
for (const [id, words] of Object.entries(CONCEPTS)) {
  for (const word of words.split(/\s+/)) {
    const s = contentStem(word);
    if (!s) continue;
    const list = CONCEPT_OF.get(s) ?? [];
    if (!list.includes(id)) list.push(id);
    CONCEPT_OF.set(s, list);
  }
}

function conceptsOf(stems: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const s of stems) for (const c of CONCEPT_OF.get(s) ?? []) out.add(c);
  return out;
}

/** An answer with fewer distinct work words than this is not about work at all. */
const MIN_WORK_WORDS = 3;

/**
 * Words every interview question shares ("team", "customer", "decision") say little about
 * which question it is; words no principle uses ("garage", "refund") say a lot.
 */
function distinctiveness(stem: string, input: TopicInput): number {
  const df = input.documentFrequency.get(stem) ?? 0;
  return Math.log((input.principleCount + 1) / (df + 0.5));
}

export function topicFit(input: TopicInput): TopicFit {
  const { questionStems, answerStems, principles, targets, keyPoints, functional } = input;
  const shared: string[] = [];
  let sharedWeight = 0;
  let totalWeight = 0;
  let maxWeight = 0;
  const answerConcepts = conceptsOf(answerStems);
  for (const s of questionStems) {
    const w = distinctiveness(s, input);
    totalWeight += w;
    maxWeight = Math.max(maxWeight, w);
    if (answerStems.has(s)) {
      shared.push(s);
      sharedWeight += w;
    } else if ((CONCEPT_OF.get(s) ?? []).some((c) => answerConcepts.has(c))) {
      // The same idea in other words ("dropped" asked, "declines doubled" answered).
      shared.push(s);
      sharedWeight += CONCEPT_MATCH * w;
    }
  }
  // Long design prompts carry many words; a few distinctive ones shared is already a sign of fit.
  const wordFit = totalWeight <= 0 ? 0 : Math.min(1, sharedWeight / Math.min(totalWeight, 3 * maxWeight));
  // The primary principle counts fully, secondary ones less: they are often generic.
  let principleFit = 0;
  for (const p of principles) {
    const rank = targets.indexOf(p.id);
    if (rank >= 0) principleFit = Math.max(principleFit, p.score * (rank === 0 ? 1 : 0.6));
  }
  const keyPointFit = keyPoints.length === 0 ? 0 : keyPoints.filter((k) => k.covered).length / keyPoints.length;
  // Functional key points name the subject matter; behavioural ones are generic ("data", "result").
  const keyPointWeight = functional ? 0.6 : 0.3;
  let relevance = Math.min(1, 0.5 * wordFit + 0.5 * principleFit + keyPointWeight * keyPointFit);
  if (input.workWords < MIN_WORK_WORDS) relevance *= 0.4;
  return { relevance: Math.round(relevance * 100) / 100, sharedWords: shared, principleFit, keyPointFit, wordFit };
}
