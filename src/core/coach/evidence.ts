/**
 * Readable evidence. The rules find their signal in a word or two ("argued", "rather than",
 * "2023"); a person reading the checklist needs the clause that shows it. Each span is widened to
 * the clause holding it, joined with its neighbours in the sentence while it is too short to read
 * on its own, and kept under about 200 characters around the signal. The result is always a slice
 * of the answer, cut at word boundaries.
 */
import type { TextDoc } from "../text/text-doc.js";
import type { ClauseIndex } from "./clauses.js";

/** A quote shorter than this many words reads as a fragment; join the next clause. */
const MIN_WORDS = 6;
/** Longest quote, in characters. */
export const MAX_QUOTE_CHARS = 200;

export interface CharSpan {
  start: number;
  end: number;
}

/** Index of the token containing (or first after) character `at`. */
function tokenAt(doc: TextDoc, at: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function wordsIn(doc: TextDoc, first: number, last: number): number {
  let n = 0;
  for (let i = first; i < last; i++) {
    const kind = doc.tokens[i]!.kind;
    if (kind === "word" || kind === "number") n++;
  }
  return n;
}

/** The clause (or clauses) around `span`, readable on its own and at most ~200 characters. */
export function readableSpan(doc: TextDoc, clauses: ClauseIndex, span: CharSpan): CharSpan {
  const text = doc.text;
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  if (doc.tokens.length === 0 || clauses.clauses.length === 0 || end <= start) return { start, end };
  const index = clauses.clauseOfToken[tokenAt(doc, start)] ?? -1;
  const clause = clauses.clauses[index];
  if (!clause) return { start, end };
  let first = index;
  let last = index;
  let from = Math.min(start, clause.start);
  let to = Math.max(end, clause.end);
  // Join neighbouring clauses of the same sentence while the quote is a fragment.
  while (wordsIn(doc, clauses.clauses[first]!.first, clauses.clauses[last]!.last) < MIN_WORDS) {
    const next = clauses.clauses[last + 1];
    const previous = clauses.clauses[first - 1];
    if (next && next.sentence === clause.sentence && next.end - from <= MAX_QUOTE_CHARS) {
      last++;
      to = Math.max(to, next.end);
    } else if (previous && previous.sentence === clause.sentence && to - previous.start <= MAX_QUOTE_CHARS) {
      first--;
      from = Math.min(from, previous.start);
    } else break;
  }
  if (to - from <= MAX_QUOTE_CHARS) return { start: from, end: to };
  return trimAround(text, from, to, start, end);
}

/** A window of at most MAX_QUOTE_CHARS inside [from, to) that keeps [start, end), cut at spaces. */
function trimAround(text: string, from: number, to: number, start: number, end: number): CharSpan {
  if (end - start >= MAX_QUOTE_CHARS) {
    let cut = start + MAX_QUOTE_CHARS;
    const space = text.lastIndexOf(" ", cut);
    if (space > start + MAX_QUOTE_CHARS / 2) cut = space;
    return tidy(text, start, cut);
  }
  const room = MAX_QUOTE_CHARS - (end - start);
  // Most of the room after the signal: a clause usually continues with what it is about.
  let left = Math.max(from, start - Math.floor(room / 3));
  let right = Math.min(to, end + (room - (start - left)));
  left = Math.max(from, Math.min(left, right - MAX_QUOTE_CHARS));
  if (left > from) {
    const space = text.indexOf(" ", left);
    if (space >= 0 && space < start) left = space + 1;
  }
  if (right < to) {
    const space = text.lastIndexOf(" ", right);
    if (space > end) right = space;
  }
  return tidy(text, left, right);
}

/** Drops spaces and trailing commas or dashes at the ends of a cut. */
function tidy(text: string, start: number, end: number): CharSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : { start, end };
}

/** `readableSpan` for each span, keeping the sentence index some callers carry. */
export function readableSpans<T extends CharSpan>(doc: TextDoc, clauses: ClauseIndex, spans: readonly T[]): T[] {
  return spans.map((s) => ({ ...s, ...readableSpan(doc, clauses, s) }));
}
