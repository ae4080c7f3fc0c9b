/**
 * Quotes of the candidate's own words. A debrief data point is only as good as its quote, so
 * every quote here is an exact slice of the text it came from: `text.slice(start, end)`.
 */
import type { CoachEvidence } from "./coach-contract.js";

/** Where a quote came from: the main answer to a planned question, or one of its follow-ups. */
export interface QuoteSource {
  round: number;
  question: number;
  questionId: string;
  /** Index of the follow-up exchange whose answer is quoted; absent for the main answer. */
  followUp?: number;
}

export interface Quote extends QuoteSource {
  text: string;
  start: number;
  end: number;
}

/** Long enough for a full sentence, short enough to read in a debrief table. */
export const MAX_QUOTE_CHARS = 240;

/** Trims whitespace and clips a span to MAX_QUOTE_CHARS at a word boundary, keeping it a slice. */
export function clipSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e - s > MAX_QUOTE_CHARS) {
    const head = text.slice(s, s + MAX_QUOTE_CHARS);
    const cut = head.lastIndexOf(" ");
    e = s + (cut > MAX_QUOTE_CHARS / 2 ? cut : MAX_QUOTE_CHARS);
    while (e > s && /[\s,;:]/.test(text[e - 1] as string)) e--;
  }
  return e > s ? { start: s, end: e } : undefined;
}

/**
 * Turns coach evidence into a quote, checking that it really is a slice of the text. Evidence
 * whose offsets drifted (an edited answer) is re-found by its quote; evidence that cannot be
 * found is dropped rather than misquoted.
 */
export function quoteFromEvidence(text: string, evidence: CoachEvidence, source: QuoteSource): Quote | undefined {
  let start = evidence.start;
  let end = evidence.end;
  if (text.slice(start, end) !== evidence.quote) {
    if (evidence.quote.trim() === "") return undefined;
    const at = text.indexOf(evidence.quote);
    if (at < 0) return undefined;
    start = at;
    end = at + evidence.quote.length;
  }
  const span = clipSpan(text, start, end);
  return span && { ...source, text: text.slice(span.start, span.end), start: span.start, end: span.end };
}

/** The sentence around a match, clipped around the match if the sentence is long. */
export function quoteAround(text: string, start: number, end: number, source: QuoteSource): Quote | undefined {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e] as string)) e++;
  if (e < text.length && /[.!?]/.test(text[e] as string)) e++;
  const margin = Math.floor((MAX_QUOTE_CHARS - (end - start)) / 2);
  if (e - s > MAX_QUOTE_CHARS && margin > 0) {
    s = Math.max(s, start - margin);
    e = Math.min(e, end + margin);
  }
  const span = clipSpan(text, s, e);
  return span && { ...source, text: text.slice(span.start, span.end), start: span.start, end: span.end };
}
