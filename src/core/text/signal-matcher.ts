/**
 * Content-pack signals ("root cause*", "push* back", "two-way door") compiled once into a
 * token-level matcher. Signals are tokenised by the same wink tokenizer as the text they are
 * matched against, so contractions, hyphens and symbols line up ("didn't" is did + n't).
 */
import { getNlp, type TextDoc } from "./text-doc.js";

interface PatternToken {
  text: string;
  prefix: boolean;
}

interface Pattern {
  group: string;
  signal: string;
  tokens: PatternToken[];
}

/**
 * Patterns that share a first token, split by their second token so that common first words
 * ("i", "the", "we") do not make every occurrence try every pattern.
 */
interface Bucket {
  single: number[];
  /** Second token (exact) → patterns. */
  bySecond: Map<string, number[]>;
  /** Patterns whose second token is a prefix: checked one by one. */
  secondPrefix: number[];
}

export interface CompiledSignals {
  patterns: Pattern[];
  /** First token, exact text → patterns. */
  exact: Map<string, Bucket>;
  /** First token is a prefix: bucketed by its first (up to) three characters (see `keyOf`). */
  prefix: Map<number, Bucket>;
  /** Lengths (1 or 2) of first-token prefixes shorter than the bucket key length. */
  shortPrefixLengths: Set<number>;
  /** Word → the buckets it can start, memoised: one lookup per token once a word has been seen. */
  byWord: Map<string, readonly Bucket[]>;
}

const NO_BUCKETS: readonly Bucket[] = [];
const BY_WORD_LIMIT = 50_000;

function bucketsFor(compiled: CompiledSignals, lower: string): readonly Bucket[] {
  const memo = compiled.byWord.get(lower);
  if (memo) return memo;
  const found: Bucket[] = [];
  const exact = compiled.exact.get(lower);
  if (exact) found.push(exact);
  const prefix = compiled.prefix.get(keyOf(lower));
  if (prefix) found.push(prefix);
  for (const length of compiled.shortPrefixLengths) {
    if (lower.length <= length) continue;
    const short = compiled.prefix.get(keyOf(lower, length));
    if (short) found.push(short);
  }
  const buckets = found.length ? found : NO_BUCKETS;
  if (compiled.byWord.size >= BY_WORD_LIMIT) compiled.byWord.clear();
  compiled.byWord.set(lower, buckets);
  return buckets;
}

/**
 * A number standing for the first `n` (at most three) characters of `text`: bucket keys without
 * allocating a substring for every token of every document.
 */
function keyOf(text: string, n = 3): number {
  const length = Math.min(n, text.length);
  let key = length;
  for (let i = 0; i < length; i++) key = key * 65536 + text.charCodeAt(i);
  return key;
}

function addToBucket<K>(map: Map<K, Bucket>, key: K, pattern: Pattern, index: number): void {
  let bucket = map.get(key);
  if (!bucket) {
    bucket = { single: [], bySecond: new Map(), secondPrefix: [] };
    map.set(key, bucket);
  }
  const second = pattern.tokens[1];
  if (!second) bucket.single.push(index);
  else if (second.prefix) bucket.secondPrefix.push(index);
  else {
    const list = bucket.bySecond.get(second.text);
    if (list) list.push(index);
    else bucket.bySecond.set(second.text, [index]);
  }
}

export interface SignalGroup {
  id: string;
  signals: readonly string[];
}

export interface SignalMatch {
  group: string;
  signal: string;
  /** Token indexes, inclusive first and exclusive last. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const signalTokenCache = new Map<string, PatternToken[]>();
const SIGNAL_CACHE_LIMIT = 20_000;

function tokeniseSignal(signal: string): PatternToken[] {
  const cached = signalTokenCache.get(signal);
  if (cached) return cached;
  const its = getNlp().its;
  const out: PatternToken[] = [];
  for (const word of signal.trim().toLowerCase().replaceAll("’", "'").split(/\s+/)) {
    if (!word) continue;
    const prefix = word.endsWith("*");
    const base = word.replace(/\*+$/, "");
    if (!base) continue;
    const values = (getNlp().readDoc(base).tokens().out(its.value) as string[]).filter((v) => v.trim() !== "");
    values.forEach((value, index) => {
      out.push({ text: value.toLowerCase(), prefix: prefix && index === values.length - 1 });
    });
  }
  if (signalTokenCache.size >= SIGNAL_CACHE_LIMIT) signalTokenCache.clear();
  signalTokenCache.set(signal, out);
  return out;
}

export function compileSignals(groups: readonly SignalGroup[]): CompiledSignals {
  const compiled: CompiledSignals = {
    patterns: [],
    exact: new Map(),
    prefix: new Map(),
    shortPrefixLengths: new Set(),
    byWord: new Map(),
  };
  const seen = new Set<string>();
  for (const group of groups) {
    for (const signal of group.signals) {
      const key = `${group.id}\u0000${signal}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tokens = tokeniseSignal(signal);
      const head = tokens[0];
      if (!head) continue;
      const pattern: Pattern = { group: group.id, signal, tokens };
      const index = compiled.patterns.push(pattern) - 1;
      if (head.prefix) {
        if (head.text.length < 3) compiled.shortPrefixLengths.add(head.text.length);
        addToBucket(compiled.prefix, keyOf(head.text), pattern, index);
      } else {
        addToBucket(compiled.exact, head.text, pattern, index);
      }
    }
  }
  return compiled;
}

/**
 * One matcher holding the patterns of several: one pass over a document instead of one per
 * matcher. Group ids must not clash across the inputs (prefix them).
 */
export function mergeSignals(list: readonly CompiledSignals[]): CompiledSignals {
  const merged: CompiledSignals = {
    patterns: [],
    exact: new Map(),
    prefix: new Map(),
    shortPrefixLengths: new Set(),
    byWord: new Map(),
  };
  for (const compiled of list) {
    for (const pattern of compiled.patterns) {
      const head = pattern.tokens[0]!;
      const index = merged.patterns.push(pattern) - 1;
      if (head.prefix) {
        if (head.text.length < 3) merged.shortPrefixLengths.add(head.text.length);
        addToBucket(merged.prefix, keyOf(head.text), pattern, index);
      } else {
        addToBucket(merged.exact, head.text, pattern, index);
      }
    }
  }
  return merged;
}

function tokenMatches(pattern: PatternToken, lower: string): boolean {
  return pattern.prefix ? lower.startsWith(pattern.text) : lower === pattern.text;
}

function matchAt(tokens: TextDoc["tokens"], i: number, pattern: Pattern, matches: SignalMatch[]): void {
  const token = tokens[i]!;
  if (!tokenMatches(pattern.tokens[0]!, token.lower)) return;
  let j = i + 1;
  for (let k = 1; k < pattern.tokens.length; k++) {
    while (j < tokens.length && tokens[j]!.kind === "space" && tokens[j]!.sentence === token.sentence) j++;
    const next = tokens[j];
    if (!next || next.sentence !== token.sentence || !tokenMatches(pattern.tokens[k]!, next.lower)) return;
    j++;
  }
  matches.push({
    group: pattern.group,
    signal: pattern.signal,
    first: i,
    last: j,
    start: token.start,
    end: tokens[j - 1]!.end,
  });
}

function matchBucket(
  tokens: TextDoc["tokens"],
  i: number,
  second: string | undefined,
  bucket: Bucket,
  patterns: Pattern[],
  matches: SignalMatch[],
): void {
  for (let p = 0; p < bucket.single.length; p++) matchAt(tokens, i, patterns[bucket.single[p]!]!, matches);
  if (second !== undefined) {
    const list = bucket.bySecond.get(second);
    if (list) for (let p = 0; p < list.length; p++) matchAt(tokens, i, patterns[list[p]!]!, matches);
    for (let p = 0; p < bucket.secondPrefix.length; p++)
      matchAt(tokens, i, patterns[bucket.secondPrefix[p]!]!, matches);
  }
}

/**
 * All matches in the document, in text order. Space tokens (line breaks) are skipped inside
 * multi-word signals; a match never crosses a sentence boundary.
 */
export function matchSignals(doc: TextDoc, compiled: CompiledSignals): SignalMatch[] {
  const { tokens } = doc;
  const { patterns } = compiled;
  const matches: SignalMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "space") continue;
    const buckets = bucketsFor(compiled, token.lower);
    if (buckets.length === 0) continue;
    // The next word in the same sentence, for two-word lookups.
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === "space" && tokens[j]!.sentence === token.sentence) j++;
    const second = j < tokens.length && tokens[j]!.sentence === token.sentence ? tokens[j]!.lower : undefined;
    for (const bucket of buckets) matchBucket(tokens, i, second, bucket, patterns, matches);
  }
  return matches;
}
