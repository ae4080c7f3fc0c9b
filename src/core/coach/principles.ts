/**
 * Leadership Principles in an answer or a question. Principles arrive as data (the content
 * pack's `signals` and prose); their matchers and vocabularies are compiled once per principle
 * array and cached in a WeakMap, so a server or a browser tab pays that cost once.
 */
import type { Principle, PrincipleId } from "../content/pack-schema.js";
import {
  type CompiledSignals,
  compileSignals,
  matchSignals,
  mergeSignals,
  type SignalMatch,
} from "../text/signal-matcher.js";
import { readText, type TextDoc } from "../text/text-doc.js";
import { contentStems, plainWords } from "../text/word-stem.js";
import type { AnswerFeatures, Span } from "./answer-features.js";
import { type ClauseIndex, isNegatedAt } from "./clauses.js";
import { readableSpan } from "./evidence.js";
import type { NumberMention } from "./numbers.js";

export interface PrincipleModel {
  signals: CompiledSignals;
  /** Per principle: stem → tf-idf weight of the principle's own prose. */
  vocabulary: Map<string, Map<string, number>>;
  names: Map<string, string>;
  ids: string[];
  /** How many principles' prose uses each stem: common interview words weigh little in topic fit. */
  documentFrequency: Map<string, number>;
}

const models = new WeakMap<readonly Principle[], PrincipleModel>();

export function principleModel(principles: readonly Principle[]): PrincipleModel {
  const cached = models.get(principles);
  if (cached) return cached;
  const signals = compileSignals(principles.map((p) => ({ id: p.id, signals: p.signals })));
  // Vocabulary: what each principle's summary, listen-for notes, probes and red flags talk about.
  const termFrequencies = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  for (const p of principles) {
    // The summary says what the principle is about, so it counts twice; the level descriptions
    // add the scope words (org, multi-team, long-term) questions use.
    const prose = [
      p.name,
      p.summary,
      p.summary,
      ...p.listenFor,
      ...p.redFlags,
      ...p.probes.map((probe) => probe.text),
      ...Object.values(p.levels ?? {}),
    ].join(" ");
    const counts = new Map<string, number>();
    for (const word of plainWords(prose)) {
      const stems = contentStems([word]);
      for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const signal of p.signals) {
      for (const s of contentStems(plainWords(signal.replaceAll("*", "")))) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    termFrequencies.set(p.id, counts);
    for (const s of counts.keys()) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  }
  const n = Math.max(1, principles.length);
  const vocabulary = new Map<string, Map<string, number>>();
  for (const [id, counts] of termFrequencies) {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [s, count] of counts) {
      const w = Math.log(1 + count) * Math.log(n / (documentFrequency.get(s) ?? 1));
      if (w <= 0) continue;
      weights.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [s, w] of weights) weights.set(s, w / norm);
    vocabulary.set(id, weights);
  }
  const model: PrincipleModel = {
    signals,
    vocabulary,
    names: new Map(principles.map((p) => [p.id, p.name])),
    ids: principles.map((p) => p.id),
    documentFrequency,
  };
  models.set(principles, model);
  return model;
}

export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export interface PrincipleScore {
  id: PrincipleId;
  name: string;
  score: number;
  evidence: Evidence[];
}

interface Accumulator {
  raw: number;
  spans: Span[];
  signals: Map<string, number>;
}

/** Saturating map from accumulated evidence to 0-1: three solid pieces of evidence ≈ 0.65. */
function saturate(raw: number, scale: number): number {
  return Math.round((1 - Math.exp(-raw / scale)) * 100) / 100;
}

/**
 * Ranks the principles an answer evidences, best first. Pack signals count once per distinct
 * signal (repeats add little), less in hypothetical clauses, and not at all when denied; the
 * behaviour signals add evidence where they map to a principle plainly (dissent → backbone).
 */
export function rankAnswerPrinciples(
  doc: TextDoc,
  clauses: ClauseIndex,
  features: AnswerFeatures,
  numbers: NumberMention[],
  principles: readonly Principle[],
  principleMatches?: SignalMatch[],
): PrincipleScore[] {
  const model = principleModel(principles);
  const acc = new Map<string, Accumulator>();
  const get = (id: string) => {
    let a = acc.get(id);
    if (!a) {
      a = { raw: 0, spans: [], signals: new Map() };
      acc.set(id, a);
    }
    return a;
  };
  const disownSpans = features.disown;
  for (const m of principleMatches ?? matchSignals(doc, model.signals)) {
    if (/\bnot\b|n't|nobody/.test(m.signal)) {
      // Signals that quote a red flag ("not my job") are not evidence for the principle.
      if (disownSpans.some((d) => d.start <= m.start && d.end >= m.end) || /not my job|nobody owned/.test(m.signal))
        continue;
    } else if (isNegatedAt(doc.tokens, clauses, m.first)) continue;
    const clause = clauses.clauses[clauses.clauseOfToken[m.first] ?? -1];
    let weight = 1;
    if (clause && (clause.tense === "hypothetical" || clause.tense === "future")) weight = 0.4;
    else if (clause && (clause.subject === "i" || clause.subject === "we")) weight = 1.15;
    const a = get(m.group);
    const seen = a.signals.get(m.signal) ?? 0;
    a.signals.set(m.signal, seen + 1);
    a.raw += seen === 0 ? weight : Math.max(0, 0.25 * weight * (seen < 3 ? 1 : 0));
    if (a.spans.length < 6 && seen === 0) a.spans.push(spanOf(doc, m));
  }

  const boost = (id: string, spans: Span[], per: number, max: number) => {
    if (!model.names.has(id) || spans.length === 0) return;
    const a = get(id);
    a.raw += Math.min(max, spans.length * per);
    for (const s of spans.slice(0, 2)) if (a.spans.length < 6) a.spans.push(s);
  };
  boost("have-backbone-disagree-and-commit", features.dissent, 1.2, 2.4);
  if (features.dissent.length > 0) boost("have-backbone-disagree-and-commit", features.resolution, 0.6, 1.2);
  boost("customer-obsession", features.customerNeeds, 0.8, 2);
  const outcomes = numbers
    .filter((n) => n.role === "outcome")
    .map((n) => ({ start: n.start, end: n.end, sentence: doc.tokens[n.first]!.sentence }));
  boost("deliver-results", outcomes, 0.8, 2);
  boost("are-right-a-lot", [...features.alternatives, ...features.tradeoffs], 0.6, 1.8);
  boost("bias-for-action", features.doors, 0.5, 1);
  boost("learn-and-be-curious", features.strongLessons, 0.6, 1.2);
  boost("ownership", features.accountability, 0.8, 1.6);
  boost("earn-trust", features.accountability, 0.4, 0.8);
  if (features.disown.length > 0 && acc.has("ownership")) get("ownership").raw *= 0.3;

  const out: PrincipleScore[] = [];
  for (const [id, a] of acc) {
    if (a.raw <= 0) continue;
    const spans: { start: number; end: number }[] = [];
    for (const s of a.spans.sort((x, y) => x.start - y.start)) {
      const r = readableSpan(doc, clauses, s);
      if (!spans.some((e) => e.start <= r.start && e.end >= r.end)) spans.push(r);
      if (spans.length === 3) break;
    }
    out.push({
      id: id as PrincipleId,
      name: model.names.get(id) ?? id,
      score: saturate(a.raw, 3),
      evidence: spans.map((s) => ({ start: s.start, end: s.end, quote: doc.text.slice(s.start, s.end) })),
    });
  }
  out.sort((x, y) => y.score - x.score || model.ids.indexOf(x.id) - model.ids.indexOf(y.id));
  return out.filter((p) => p.score > 0);
}

function spanOf(doc: TextDoc, m: SignalMatch): Span {
  return { start: m.start, end: m.end, sentence: doc.tokens[m.first]!.sentence };
}

/**
 * Everything matched in an answer in one pass: the coach's cues, the principles' signals, the
 * question's key points and (for functional questions) the functional cues. Cached per
 * principle set and question, since compiling costs far more than matching.
 */
const combined = new WeakMap<readonly Principle[], WeakMap<object, CompiledSignals>>();

export function combinedSignals(
  principles: readonly Principle[],
  parts: { question?: object; extra: readonly CompiledSignals[]; questionSignals?: CompiledSignals },
): CompiledSignals {
  let byQuestion = combined.get(principles);
  if (!byQuestion) {
    byQuestion = new WeakMap();
    combined.set(principles, byQuestion);
  }
  const key = parts.question ?? principles;
  const cached = byQuestion.get(key);
  if (cached) return cached;
  const merged = mergeSignals([
    ...parts.extra,
    principleModel(principles).signals,
    ...(parts.questionSignals ? [parts.questionSignals] : []),
  ]);
  byQuestion.set(key, merged);
  return merged;
}

export interface QuestionPrinciple {
  id: PrincipleId;
  score: number;
}

/**
 * Which principles a question targets, best first. Two views are blended: the pack's signals
 * found in the question, and how close the question's content words are to each principle's
 * own prose (tf-idf over the principles). Scores are relative: the best scores 1 when evidence
 * is clear, lower when the question is generic.
 */
/** Weight of the prose similarity against the signal matches when classifying a question. */
const SIMILARITY_WEIGHT = 6;

/** Raw evidence per principle that a question text is about it: signals plus prose similarity. */
function questionEvidence(text: string, model: PrincipleModel): Map<string, number> {
  const doc = readText(text.slice(0, 4000));
  const raw = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of matchSignals(doc, model.signals)) {
    const key = `${m.group}:${m.signal}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Longer signals are more specific: "without all the data" says more than "data".
    const specificity = 1 + 0.35 * (m.last - m.first - 1);
    raw.set(m.group, (raw.get(m.group) ?? 0) + specificity);
  }
  const stems = contentStems(doc.tokens.filter((t) => t.kind === "word").map((t) => t.lower));
  for (const id of model.ids) {
    const weights = model.vocabulary.get(id);
    if (!weights) continue;
    let similarity = 0;
    for (const s of stems) similarity += weights.get(s) ?? 0;
    raw.set(id, (raw.get(id) ?? 0) + SIMILARITY_WEIGHT * similarity);
  }
  return raw;
}

const baselines = new WeakMap<readonly Principle[], Map<string, number>>();

/**
 * How much evidence each principle collects from questions that are not about it: the mean over
 * the other principles' probe questions. Principles with common words ("customer", "deliver",
 * "result") score on almost any question; subtracting this baseline keeps them from winning by
 * default. Computed once per principle set from the principles' own probes.
 */
function questionBaselines(principles: readonly Principle[], model: PrincipleModel): Map<string, number> {
  const cached = baselines.get(principles);
  if (cached) return cached;
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const p of principles) {
    for (const probe of p.probes ?? []) {
      const raw = questionEvidence(probe.text, model);
      for (const id of model.ids) {
        if (id === p.id) continue;
        sums.set(id, (sums.get(id) ?? 0) + (raw.get(id) ?? 0));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, number>();
  for (const id of model.ids) out.set(id, (sums.get(id) ?? 0) / Math.max(1, counts.get(id) ?? 0));
  baselines.set(principles, out);
  return out;
}

export function classifyQuestion(text: string, principles: readonly Principle[]): QuestionPrinciple[] {
  if (typeof text !== "string" || principles.length === 0) return [];
  const model = principleModel(principles);
  const raw = questionEvidence(text, model);
  const baseline = questionBaselines(principles, model);
  for (const [id, v] of raw) if (v > 0) raw.set(id, v - (baseline.get(id) ?? 0));
  const ranked = [...raw.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || model.ids.indexOf(a[0]) - model.ids.indexOf(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  if (top <= 0) return [];
  // Relative to the best, damped when even the best has little evidence.
  const confidence = 1 - Math.exp(-top / 1.5);
  return ranked
    .map(([id, v]) => ({ id: id as PrincipleId, score: Math.round((v / top) * confidence * 100) / 100 }))
    .filter((p) => p.score > 0);
}
