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

export interface CompiledSignals {
  patterns: Pattern[];
  /** First token, exact text → pattern indexes. */
  exact: Map<string, number[]>;
  /** First token is a prefix: bucket by its first (up to) three characters. */
  prefix: Map<string, number[]>;
  /** Lengths (1 or 2) of first-token prefixes shorter than the bucket key length. */
  shortPrefixLengths: Set<number>;
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
  const compiled: CompiledSignals = { patterns: [], exact: new Map(), prefix: new Map(), shortPrefixLengths: new Set() };
  const seen = new Set<string>();
  for (const group of groups) {
    for (const signal of group.signals) {
      const key = `${group.id}\u0000${signal}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tokens = tokeniseSignal(signal);
      const head = tokens[0];
      if (!head) continue;
      const index = compiled.patterns.push({ group: group.id, signal, tokens }) - 1;
      if (head.prefix) {
        const bucket = head.text.slice(0, 3);
        if (head.text.length < 3) compiled.shortPrefixLengths.add(head.text.length);
        const list = compiled.prefix.get(bucket);
        if (list) list.push(index);
        else compiled.prefix.set(bucket, [index]);
      } else {
        const list = compiled.exact.get(head.text);
        if (list) list.push(index);
        else compiled.exact.set(head.text, [index]);
      }
    }
  }
  return compiled;
}

function tokenMatches(pattern: PatternToken, lower: string): boolean {
  return pattern.prefix ? lower.startsWith(pattern.text) : lower === pattern.text;
}

/**
 * All matches in the document, in text order. Space tokens (line breaks) are skipped inside
 * multi-word signals; a match never crosses a sentence boundary.
 */
export function matchSignals(doc: TextDoc, compiled: CompiledSignals): SignalMatch[] {
  const { tokens } = doc;
  const matches: SignalMatch[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "space") continue;
    const lower = token.lower;
    candidates.length = 0;
    const exact = compiled.exact.get(lower);
    if (exact) for (const p of exact) candidates.push(p);
    const bucket = compiled.prefix.get(lower.slice(0, 3));
    if (bucket) for (const p of bucket) candidates.push(p);
    for (const length of compiled.shortPrefixLengths) {
      if (lower.length <= length) continue;
      const short = compiled.prefix.get(lower.slice(0, length));
      if (short) for (const p of short) candidates.push(p);
    }
    for (const p of candidates) {
      const pattern = compiled.patterns[p]!;
      if (!tokenMatches(pattern.tokens[0]!, lower)) continue;
      let j = i + 1;
      let ok = true;
      for (let k = 1; k < pattern.tokens.length; k++) {
        while (j < tokens.length && tokens[j]!.kind === "space" && tokens[j]!.sentence === token.sentence) j++;
        const next = tokens[j];
        if (!next || next.sentence !== token.sentence || !tokenMatches(pattern.tokens[k]!, next.lower)) {
          ok = false;
          break;
        }
        j++;
      }
      if (!ok) continue;
      matches.push({ group: pattern.group, signal: pattern.signal, first: i, last: j, start: token.start, end: tokens[j - 1]!.end });
    }
  }
  return matches;
}
