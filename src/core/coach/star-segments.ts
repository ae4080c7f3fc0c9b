/**
 * STAR segmentation: labels each sentence situation, task, action, result or reflection and
 * reports each part's share of the answer. Each sentence gets a score per label from its clause
 * features, then a left-to-right decode keeps the order a story usually follows (going back
 * is allowed but costs), so a lone ambiguous sentence takes the label of its neighbours.
 */
import type { TextDoc } from "../text/text-doc.js";
import type { SentenceFeatures } from "./answer-features.js";

export const STAR_LABELS = ["situation", "task", "action", "result", "reflection"] as const;
export type StarLabel = (typeof STAR_LABELS)[number];

export interface StarSentence {
  start: number;
  end: number;
  label: StarLabel;
  words: number;
}

export interface StarSegments {
  sentences: StarSentence[];
  /** Share of words per label, 0-1. */
  shares: Record<StarLabel, number>;
  advice: string[];
}

/**
 * Share targets for a 2-3 minute story: context short, actions the bulk. Coaches commonly give
 * roughly 15-20% situation and task together, 50-60% action, 15-20% result and reflection.
 */
const MAX_SITUATION = 0.25;
const MAX_SITUATION_AND_TASK = 0.35;
const MIN_ACTION = 0.35;
const MIN_RESULT = 0.08;
/** Cost of moving backwards through the STAR order between adjacent sentences. */
const BACKWARD_COST = 1.6;

function emissions(f: SentenceFeatures, position: number, n: number): number[] {
  // position in [0, 1]; short answers lean less on position.
  const weight = n >= 4 ? 1 : 0.5;
  const situation =
    1.4 * f.situation +
    0.9 * f.statesOfThings +
    0.6 * f.contextNumbers +
    weight * 1.6 * (1 - position) ** 3 -
    0.8 * f.iAction -
    1.2 * f.outcomeNumbers -
    0.6 * f.decision;
  const task =
    2.2 * f.task +
    0.9 * f.targetNumbers +
    weight * 0.5 * Math.max(0, 1 - Math.abs(position - 0.2) * 4) -
    0.4 * f.outcomeNumbers;
  const action =
    1.2 * f.iAction +
    0.8 * f.weAction +
    0.9 * f.decision +
    weight * 0.6 * Math.max(0, 1 - Math.abs(position - 0.5) * 2.2) +
    0.2 -
    0.3 * f.hypothetical;
  const result = 1.6 * f.result + 1.8 * f.outcomeNumbers + weight * 1.1 * position ** 3 - 0.4 * f.task;
  const reflection = 1.8 * f.reflection + weight * 0.5 * position ** 6 - 0.5 * f.outcomeNumbers;
  return [situation, task, action, result, reflection];
}

export function segmentStar(doc: TextDoc, perSentence: SentenceFeatures[]): StarSegments {
  const n = doc.sentences.length;
  const labels: StarLabel[] = [];
  if (n > 0) {
    const scores = perSentence.map((f, i) => emissions(f, n === 1 ? 0.5 : i / (n - 1), n));
    // Viterbi over the five labels.
    const best: number[][] = [scores[0]!.slice()];
    const back: number[][] = [[0, 0, 0, 0, 0]];
    for (let i = 1; i < n; i++) {
      const row: number[] = [];
      const from: number[] = [];
      for (let to = 0; to < 5; to++) {
        let bestScore = Number.NEGATIVE_INFINITY;
        let bestFrom = 0;
        for (let prev = 0; prev < 5; prev++) {
          const cost = to < prev ? BACKWARD_COST * (prev - to === 1 ? 1 : 1.3) : 0;
          const score = best[i - 1]![prev]! - cost;
          if (score > bestScore) {
            bestScore = score;
            bestFrom = prev;
          }
        }
        row.push(bestScore + scores[i]![to]!);
        from.push(bestFrom);
      }
      best.push(row);
      back.push(from);
    }
    let state = 0;
    const lastRow = best[n - 1]!;
    for (let k = 1; k < 5; k++) if (lastRow[k]! > lastRow[state]!) state = k;
    const path = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      path[i] = state;
      state = back[i]![state]!;
    }
    for (const k of path) labels.push(STAR_LABELS[k]!);
  }

  const sentences = doc.sentences.map((s, i) => ({ start: s.start, end: s.end, label: labels[i]!, words: s.words }));
  const total = sentences.reduce((sum, s) => sum + s.words, 0);
  const shares = { situation: 0, task: 0, action: 0, result: 0, reflection: 0 } as Record<StarLabel, number>;
  if (total > 0) {
    for (const s of sentences) shares[s.label] += s.words / total;
    for (const label of STAR_LABELS) shares[label] = Math.round(shares[label] * 100) / 100;
  }
  return { sentences, shares, advice: shareAdvice(shares, total) };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function shareAdvice(shares: Record<StarLabel, number>, words: number): string[] {
  if (words < 40) return [];
  const advice: string[] = [];
  if (shares.situation > MAX_SITUATION) {
    advice.push(
      `Situation is ${percent(shares.situation)} of the answer; keep it under 20% and get to what you did sooner.`,
    );
  } else if (shares.situation + shares.task > MAX_SITUATION_AND_TASK) {
    advice.push(
      `Situation and task take ${percent(shares.situation + shares.task)} of the answer; keep the set-up under a third.`,
    );
  }
  if (shares.action < MIN_ACTION) {
    advice.push(`Action is only ${percent(shares.action)} of the answer; make your own steps at least half of it.`);
  }
  if (shares.result < MIN_RESULT) {
    advice.push(`Result is ${percent(shares.result)} of the answer; close with what changed, in numbers.`);
  }
  return advice;
}
