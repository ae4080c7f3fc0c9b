/**
 * Key-point coverage for questions that have a rubric: a key point is covered when one of its
 * signals appears undenied, or when a sentence shares enough of the key point's own content
 * words to be talking about the same thing.
 */
import type { Question } from "../content/pack-schema.js";
import { type CompiledSignals, compileSignals, matchSignals, type SignalMatch } from "../text/signal-matcher.js";
import type { TextDoc } from "../text/text-doc.js";
import { contentStems, plainWords } from "../text/word-stem.js";
import { type ClauseIndex, isNegatedAt } from "./clauses.js";
import type { KeyPointResult } from "./coach-result-schema.js";
import { readableSpan } from "./evidence.js";

interface KeyPointModel {
  signals: CompiledSignals;
  stems: Map<string, Set<string>>;
}

const models = new WeakMap<Question, KeyPointModel>();

/** Group ids carry this prefix so key points can share a matching pass with other signals. */
export const KEY_POINT_PREFIX = "kp:";

export function keyPointSignals(question: Question): CompiledSignals {
  return keyPointModel(question).signals;
}

function keyPointModel(question: Question): KeyPointModel {
  const cached = models.get(question);
  if (cached) return cached;
  const model: KeyPointModel = {
    signals: compileSignals(question.keyPoints.map((k) => ({ id: KEY_POINT_PREFIX + k.id, signals: k.signals }))),
    stems: new Map(question.keyPoints.map((k) => [k.id, contentStems(plainWords(k.text))])),
  };
  models.set(question, model);
  return model;
}

/** Shared content words a sentence needs to count as covering a key point without its signals. */
const MIN_SHARED_STEMS = 3;

export function coverKeyPoints(
  doc: TextDoc,
  clauses: ClauseIndex,
  question: Question | undefined,
  tokenStems: readonly (string | null)[],
  keyPointMatches?: SignalMatch[],
): KeyPointResult[] {
  if (!question || !Array.isArray(question.keyPoints) || question.keyPoints.length === 0) return [];
  const model = keyPointModel(question);
  const evidence = new Map<string, { start: number; end: number }[]>();
  for (const m of keyPointMatches ?? matchSignals(doc, model.signals)) {
    if (isNegatedAt(doc.tokens, clauses, m.first) && !/n't|not /.test(m.signal)) continue;
    const id = m.group.slice(KEY_POINT_PREFIX.length);
    const list = evidence.get(id) ?? [];
    if (list.length < 3 && !list.some((e) => e.start === m.start)) list.push({ start: m.start, end: m.end });
    evidence.set(id, list);
  }
  return question.keyPoints.map((point) => {
    const spans = evidence.get(point.id) ?? [];
    if (spans.length === 0) {
      const stems = model.stems.get(point.id) ?? new Set<string>();
      let bestSentence = -1;
      let bestShared = 0;
      doc.sentences.forEach((sentence, index) => {
        let shared: Set<string> | undefined;
        for (let i = sentence.first; i < sentence.last; i++) {
          const s = tokenStems[i];
          if (!s || !stems.has(s)) continue;
          if (!shared) shared = new Set();
          shared.add(s);
        }
        if (shared && shared.size > bestShared) {
          bestShared = shared.size;
          bestSentence = index;
        }
      });
      if (bestShared >= MIN_SHARED_STEMS && bestSentence >= 0) {
        const sentence = doc.sentences[bestSentence]!;
        spans.push({ start: sentence.start, end: sentence.end });
      }
    }
    const readable: { start: number; end: number }[] = [];
    for (const s of spans) {
      const r = readableSpan(doc, clauses, s);
      if (!readable.some((e) => e.start <= r.start && e.end >= r.end)) readable.push(r);
    }
    return {
      id: point.id,
      covered: spans.length > 0,
      evidence: readable.map((s) => ({ start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) })),
    };
  });
}
