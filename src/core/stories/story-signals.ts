/**
 * Which parts of a story speak to a principle, found with the content pack's principle signals
 * (lowercase phrases; a trailing `*` on a word matches any ending). This is how the matrix
 * suggests re-angling an existing story for a gap, and how the loop plan values a story for a
 * principle the user has not mapped it to.
 *
 * A small tokenizer of its own instead of the coach's wink pass: the Stories page runs this for
 * the whole bank on every edit, and must not load the NLP model to do it. Both the story and the
 * signal go through the same tokenizer, so "two-way door", "didn't" and "a/b test*" line up.
 */
import type { PrincipleId } from "../content/pack-schema.js";
import type { StoryContent } from "./story-schema.js";

/** principle id → its signals, e.g. the content pack's `signals` lists. */
export type PrincipleSignals = Readonly<Partial<Record<PrincipleId, readonly string[]>>>;

/** The parts of a story searched for signals, and how much a hit there says. */
export const SIGNAL_FIELDS = [
  "title",
  "situation",
  "task",
  "action",
  "result",
  "metrics",
  "judgementCalls",
  "dissent",
  "lessons",
  "deepDiveNotes",
] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

/**
 * What the candidate did (action, judgement calls, dissent) shows a principle; the setting
 * (situation, title) mostly names a topic. A hit in the action counts double one in the situation.
 */
const FIELD_WEIGHT: Record<SignalField, number> = {
  title: 0.5,
  situation: 0.5,
  task: 0.7,
  action: 1,
  result: 0.9,
  metrics: 0.8,
  judgementCalls: 1,
  dissent: 1,
  lessons: 0.8,
  deepDiveNotes: 0.6,
};

/**
 * Evidence score = 1 - exp(-sum / 2) over the distinct signals found (each at its best field's
 * weight). One signal in the action scores 0.39, two score 0.63; one in the task 0.30, in the
 * deep-dive notes 0.26; a lone hit in the situation 0.22.
 */
const SCORE_SCALE = 2;

/**
 * A story can be re-told for a principle when its evidence reaches this: one signal anywhere in
 * what the candidate set out to do, did, decided or learned (0.26-0.39), or two in the setting.
 * A single word in the title or the situation (0.22) names a topic, not an angle.
 */
export const RE_ANGLE_MIN_SCORE = 0.25;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters and digits), single symbols, and line breaks, which phrases may not cross. */
function tokenize(value: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+|\n|[^\s\p{L}\p{N}]/gu;
  for (const m of value.matchAll(re)) {
    out.push({ text: m[0].toLowerCase().replace("’", "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface SignalPattern {
  signal: string;
  words: { text: string; prefix: boolean }[];
}

interface PatternIndex {
  /** First word matched exactly → patterns. */
  exact: Map<string, SignalPattern[]>;
  /** Patterns whose first word is a prefix ("owner*"): few per principle, tried on every token. */
  prefix: SignalPattern[];
}

export type CompiledPrincipleSignals = ReadonlyMap<PrincipleId, PatternIndex>;

const compiledCache = new WeakMap<object, CompiledPrincipleSignals>();

export function compilePrincipleSignals(signals: PrincipleSignals): CompiledPrincipleSignals {
  const cached = compiledCache.get(signals);
  if (cached) return cached;
  const out = new Map<PrincipleId, PatternIndex>();
  for (const [id, list] of Object.entries(signals) as [PrincipleId, readonly string[] | undefined][]) {
    const patterns: SignalPattern[] = [];
    for (const signal of new Set(list ?? [])) {
      const words: SignalPattern["words"] = [];
      for (const word of signal.trim().toLowerCase().split(/\s+/)) {
        const prefix = word.endsWith("*");
        const parts = tokenize(word.replace(/\*+$/, "")).filter((t) => t.text !== "\n");
        parts.forEach((part, index) => {
          words.push({ text: part.text, prefix: prefix && index === parts.length - 1 });
        });
      }
      if (words.length > 0) patterns.push({ signal, words });
    }
    const index: PatternIndex = { exact: new Map(), prefix: [] };
    for (const pattern of patterns) {
      const head = pattern.words[0]!;
      if (head.prefix) index.prefix.push(pattern);
      else {
        const list = index.exact.get(head.text);
        if (list) list.push(pattern);
        else index.exact.set(head.text, [pattern]);
      }
    }
    out.set(id, index);
  }
  compiledCache.set(signals, out);
  return out;
}

export interface SignalHit {
  field: SignalField;
  signal: string;
  /** Offsets into that field's text (for metrics and judgement calls: the lines joined by "\n"). */
  start: number;
  end: number;
}

export interface StoryPart {
  field: SignalField;
  signals: string[];
  /** The sentence around the first hit, cut to about 160 characters. */
  excerpt: string;
}

export interface PrincipleEvidence {
  principle: PrincipleId;
  score: number;
  hits: SignalHit[];
  /** The parts of the story that carry the principle, strongest first. */
  parts: StoryPart[];
}

/** The text of each searchable part; list fields are one item per line. */
export function storyFieldTexts(story: StoryContent): Record<SignalField, string> {
  return {
    title: story.title,
    situation: story.situation ?? "",
    task: story.task ?? "",
    action: story.action ?? "",
    result: story.result ?? "",
    metrics: story.metrics.map((m) => `${m.label}: ${m.value}`).join("\n"),
    judgementCalls: story.judgementCalls.join("\n"),
    dissent: story.dissent ?? "",
    lessons: story.lessons ?? "",
    deepDiveNotes: story.deepDiveNotes ?? "",
  };
}

function matchAt(tokens: Token[], i: number, pattern: SignalPattern): number {
  let j = i;
  for (const word of pattern.words) {
    const token = tokens[j];
    if (!token) return -1;
    if (word.prefix ? !token.text.startsWith(word.text) : token.text !== word.text) return -1;
    j++;
  }
  return j;
}

function isStop(value: string, i: number): boolean {
  const c = value[i];
  return (c === "." || c === "!" || c === "?") && (i + 1 === value.length || /\s/.test(value[i + 1]!));
}

function excerptAround(value: string, start: number, end: number): string {
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (value[i] === "\n" || isStop(value, i)) {
      from = i + 1;
      break;
    }
  }
  let to = value.length;
  for (let i = end; i < value.length; i++) {
    if (value[i] === "\n") {
      to = i;
      break;
    }
    if (isStop(value, i)) {
      to = i + 1;
      break;
    }
  }
  let prefix = "";
  let suffix = "";
  if (to - from > 160) {
    const cutFrom = Math.max(from, start - 70);
    const cutTo = Math.min(to, end + 70);
    if (cutFrom > from) prefix = "…";
    if (cutTo < to) suffix = "…";
    from = cutFrom;
    to = cutTo;
  }
  return `${prefix}${value.slice(from, to).trim()}${suffix}`;
}

/** Story content is treated as immutable (an edit makes a new object), so caching by identity is safe. */
const tokenCache = new WeakMap<StoryContent, Record<SignalField, Token[]>>();

function storyTokens(story: StoryContent, texts: Record<SignalField, string>): Record<SignalField, Token[]> {
  const cached = tokenCache.get(story);
  if (cached) return cached;
  const out = {} as Record<SignalField, Token[]>;
  for (const field of SIGNAL_FIELDS) out[field] = tokenize(texts[field]);
  tokenCache.set(story, out);
  return out;
}

/** How well the story could be told for the principle, and where in it the evidence sits. */
export function principleEvidence(
  story: StoryContent,
  principle: PrincipleId,
  signals: CompiledPrincipleSignals,
): PrincipleEvidence {
  const index = signals.get(principle);
  const texts = storyFieldTexts(story);
  const hits: SignalHit[] = [];
  if (index) {
    const tokens = storyTokens(story, texts);
    for (const field of SIGNAL_FIELDS) {
      const list = tokens[field];
      for (let i = 0; i < list.length; i++) {
        const exact = index.exact.get(list[i]!.text);
        for (const group of [exact, index.prefix]) {
          if (!group) continue;
          for (const pattern of group) {
            const j = matchAt(list, i, pattern);
            if (j > i) hits.push({ field, signal: pattern.signal, start: list[i]!.start, end: list[j - 1]!.end });
          }
        }
      }
    }
  }
  const bestWeight = new Map<string, number>();
  for (const hit of hits)
    bestWeight.set(hit.signal, Math.max(bestWeight.get(hit.signal) ?? 0, FIELD_WEIGHT[hit.field]));
  let sum = 0;
  for (const weight of bestWeight.values()) sum += weight;
  const score = 1 - Math.exp(-sum / SCORE_SCALE);

  const byField = new Map<SignalField, SignalHit[]>();
  for (const hit of hits) {
    const list = byField.get(hit.field);
    if (list) list.push(hit);
    else byField.set(hit.field, [hit]);
  }
  const parts: StoryPart[] = [...byField.entries()]
    .map(([field, fieldHits]) => ({
      field,
      signals: [...new Set(fieldHits.map((h) => h.signal))],
      excerpt: excerptAround(texts[field], fieldHits[0]!.start, fieldHits[0]!.end),
    }))
    .sort((a, b) => b.signals.length * FIELD_WEIGHT[b.field] - a.signals.length * FIELD_WEIGHT[a.field]);
  return { principle, score: Math.round(score * 1000) / 1000, hits, parts };
}
