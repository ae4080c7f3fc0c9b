/**
 * Text to structure: one wink-nlp pass turned into plain arrays with character offsets, and
 * sentences that fit how people actually write and speak answers (prose, bullet lists,
 * markdown, and unpunctuated speech transcripts split into clause-sized pseudo-sentences).
 *
 * The wink instance is created lazily, once per module, so importing this file is cheap in the
 * browser until the first analysis.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type TokenKind = "word" | "number" | "punct" | "symbol" | "space" | "other";

export interface TextToken {
  /** Original text of the token (also `text.slice(start, end)` unless wink altered it). */
  value: string;
  /** Lower case, curly apostrophes straightened: what word lists and signals match against. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, AUX, PRON, PROPN, NUM, ADP, ...). */
  pos: string;
  kind: TokenKind;
  /** wink's negation scope flag ("I did not consider alternatives": consider, alternatives). */
  negated: boolean;
  start: number;
  end: number;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface TextSentence {
  start: number;
  end: number;
  /** Token range [first, last) into `tokens`. */
  first: number;
  last: number;
  words: number;
  /** True when this sentence came from splitting a long unpunctuated run. */
  pseudo: boolean;
}

export interface TextDoc {
  text: string;
  tokens: TextToken[];
  sentences: TextSentence[];
  words: number;
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

/** The shared wink instance. Sentiment and custom entities are left out of the pipe: unused. */
export function getNlp(): Wink {
  if (!nlp) nlp = winkNLP(model, ["sbd", "negation", "pos"]);
  return nlp;
}

const KIND: Record<string, TokenKind> = {
  word: "word",
  number: "number",
  ordinal: "number",
  punctuation: "punct",
  symbol: "symbol",
  currency: "symbol",
  tabCRLF: "space",
  emoji: "other",
  emoticon: "other",
  url: "other",
  email: "other",
  mention: "other",
  hashtag: "other",
  shortForm: "word",
  abbreviation: "word",
  apostrophe: "punct",
  quoted_phrase: "other",
  alpha: "word",
  unknown: "other",
  time: "number",
};

const WORD_RE = /[\p{L}\p{N}]/u;

/** Words as a reader counts them: whitespace-separated chunks holding a letter or digit. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inChunk = false;
  let chunkHasWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
    if (space) {
      if (inChunk && chunkHasWord) words++;
      inChunk = false;
      chunkHasWord = false;
    } else {
      inChunk = true;
      if (!chunkHasWord) {
        // ASCII fast path; fall back to the Unicode class for everything else.
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) chunkHasWord = true;
        else if (c > 127 && WORD_RE.test(text[i]!)) chunkHasWord = true;
      }
    }
  }
  if (inChunk && chunkHasWord) words++;
  return words;
}

function normalise(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

const BULLET_START = /^[ \t]*(?:[-*+•◦▪‣–—]|\d{1,3}[.)]|[a-z][.)]|#{1,6}|>)\s/;

/** Discourse openers that start a new thought in speech ("and then", "so we", "after that"). */
const SUBJECT_PRONOUNS = new Set(["i", "we", "he", "she", "they", "it", "you", "my", "our", "their"]);
const OPENERS = new Set(["so", "then", "but", "and", "eventually", "finally", "afterwards", "anyway", "basically", "ultimately", "um", "uh", "okay", "ok"]);

/**
 * Runs without punctuation longer than this many words are split. 30 words is about 12 seconds
 * of speech: well past the length of a typical written sentence (15-20 words).
 */
const LONG_RUN_WORDS = 30;
/** A pseudo-sentence shorter than this is not worth splitting off. */
const MIN_PIECE_WORDS = 4;

/**
 * Reads a text into tokens with offsets and sentences. Never throws: wink only rejects
 * non-strings, and offsets are re-derived from the text itself.
 */
export function readText(text: string): TextDoc {
  const doc = getNlp().readDoc(text);
  const its = getNlp().its;
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  const posTags = tokenList.out(its.pos) as string[];
  const types = tokenList.out(its.type) as string[];
  const negations = tokenList.out(its.negationFlag) as unknown as boolean[];
  // wink types its.lemma as needing model add-ons; the lite web model provides them.
  const lemmas = (tokenList.out as (f: unknown) => unknown)(its.lemma) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const tokens: TextToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    // wink keeps token text verbatim; if a token is not found nearby (an unusual Unicode
    // normalisation), give it an empty span rather than pointing at the wrong text.
    if (start < 0 || start - cursor > 256) start = -1;
    const kind = KIND[types[i]!] ?? "other";
    const token: TextToken = {
      value,
      lower: normalise(value),
      lemma: lemmas[i] ? normalise(lemmas[i]!) : normalise(value),
      pos: posTags[i] ?? "X",
      kind: value.trim() === "" ? "space" : kind,
      negated: negations[i] === true,
      start: start < 0 ? cursor : start,
      end: start < 0 ? cursor : start + value.length,
      sentence: 0,
    };
    if (start >= 0) cursor = start + value.length;
    tokens[i] = token;
  }

  const sentences = buildSentences(text, tokens, spans);
  return { text, tokens, sentences, words: countWords(text) };
}

function buildSentences(text: string, tokens: TextToken[], spans: [number, number][]): TextSentence[] {
  if (tokens.length === 0) return [];
  // 1. Boundaries from wink, minus those inside a run of text without a space ("v2.3", "e.g.").
  const breakBefore = new Uint8Array(tokens.length + 1);
  for (const [first] of spans) {
    if (first <= 0 || first >= tokens.length) continue;
    const previous = tokens[first - 1]!;
    if (previous.end === tokens[first]!.start && previous.kind !== "space") continue;
    breakBefore[first] = 1;
  }
  // 2. Line structure: blank lines, bullets, headings, and lines that end a sentence.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "space" || !token.value.includes("\n")) continue;
    const next = i + 1;
    if (next >= tokens.length) continue;
    const lineStart = token.end;
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, lineStart + 200) : lineEnd);
    const previousLineStart = text.lastIndexOf("\n", token.start - 1) + 1;
    const previousLine = text.slice(previousLineStart, token.start).trim();
    const blank = (token.value.match(/\n/g)?.length ?? 0) > 1;
    const bullet = BULLET_START.test(line) || BULLET_START.test(`${line} `);
    const endsSentence = /[.!?:;)]["'”’)]*$/.test(previousLine);
    const heading = previousLine.length > 0 && previousLine.length < 60 && !/[,]$/.test(previousLine) && /^[A-Z#*]/.test(line.trim()) && countWords(previousLine) <= 6;
    if (blank || bullet || endsSentence || heading) breakBefore[next] = 1;
  }

  // 3. Sentences from boundaries, skipping leading space tokens.
  const ranges: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || breakBefore[i]) {
      ranges.push([first, i]);
      first = i;
    }
  }
  const sentences: TextSentence[] = [];
  for (const [a, b] of ranges) {
    let s = a;
    let e = b;
    while (s < e && tokens[s]!.kind === "space") s++;
    while (e > s && tokens[e - 1]!.kind === "space") e--;
    if (s >= e) continue;
    for (const piece of splitLongRun(tokens, s, e)) sentences.push(makeSentence(text, tokens, piece[0], piece[1], piece[2]));
  }
  // Spaces between sentences belong to the sentence before them, so every token has one.
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (k + 1 < sentences.length && i >= sentences[k + 1]!.first) k++;
    tokens[i]!.sentence = k;
  }
  return sentences;
}

function makeSentence(text: string, tokens: TextToken[], first: number, last: number, pseudo: boolean): TextSentence {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { start, end, first, last, words: countWords(text, start, end), pseudo };
}

function isWord(token: TextToken | undefined): boolean {
  return token !== undefined && (token.kind === "word" || token.kind === "number");
}

/**
 * Splits a run with no sentence punctuation into clause-sized pieces at the places a speaker
 * starts a new thought: "and then", "so" + subject, a conjunction + a subject pronoun, a tag
 * question ("right?"), or a discourse opener. Returns [first, last, pseudo] triples.
 */
function splitLongRun(tokens: TextToken[], first: number, last: number): [number, number, boolean][] {
  let words = 0;
  for (let i = first; i < last; i++) if (isWord(tokens[i])) words++;
  if (words <= LONG_RUN_WORDS) return [[first, last, false]];

  const pieces: [number, number, boolean][] = [];
  let pieceStart = first;
  let pieceWords = 0;
  const remainingWords = (from: number) => {
    let n = 0;
    for (let i = from; i < last && n < MIN_PIECE_WORDS; i++) if (isWord(tokens[i])) n++;
    return n;
  };
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (i > pieceStart && pieceWords >= MIN_PIECE_WORDS && isSplitPoint(tokens, i, last) && remainingWords(i) >= MIN_PIECE_WORDS) {
      pieces.push([pieceStart, i, true]);
      pieceStart = i;
      pieceWords = 0;
    }
    if (isWord(token)) pieceWords++;
    // A tag question closes a thought: split after "right?" / "you know?".
    if (token.lower === "?" && i + 1 < last && pieceWords >= MIN_PIECE_WORDS && remainingWords(i + 1) >= MIN_PIECE_WORDS) {
      let next = i + 1;
      while (next < last && tokens[next]!.kind === "space") next++;
      pieces.push([pieceStart, i + 1, true]);
      pieceStart = next;
      pieceWords = 0;
      i = next - 1;
    }
  }
  pieces.push([pieceStart, last, pieces.length > 0]);
  return pieces.filter(([a, b]) => a < b);
}

function nextWord(tokens: TextToken[], from: number, last: number): TextToken | undefined {
  for (let i = from; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === "space") continue;
    return t;
  }
  return undefined;
}

function isSplitPoint(tokens: TextToken[], i: number, last: number): boolean {
  const token = tokens[i]!;
  const lower = token.lower;
  if (!OPENERS.has(lower)) return false;
  const next = nextWord(tokens, i + 1, last);
  if (!next) return false;
  // "and then", "so then", "but then", "and so".
  if ((lower === "and" || lower === "so" || lower === "but") && (next.lower === "then" || next.lower === "so" || next.lower === "after")) return true;
  // Conjunction or opener followed by a subject: "and we", "so I", "then my manager".
  if (SUBJECT_PRONOUNS.has(next.lower) || next.pos === "PROPN") return true;
  if (lower === "um" || lower === "uh" || lower === "eventually" || lower === "finally" || lower === "afterwards" || lower === "ultimately") return true;
  return false;
}
