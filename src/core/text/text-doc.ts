/**
 * Text to structure: one wink-nlp pass (tokens, POS, lemmas) turned into tokens with character
 * offsets, negation scopes, and sentences that fit how people actually write and speak answers
 * (prose, bullet lists, markdown, and unpunctuated speech transcripts split into clause-sized
 * pseudo-sentences).
 *
 * The wink instance is created lazily, once per module, so importing this file is cheap in the
 * browser until the first analysis.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

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

/** The shared wink instance: POS tagging only (sentences and negation are done in readText). */
export function getNlp(): Wink {
  if (!nlp) nlp = winkNLP(model, ["pos"]);
  return nlp;
}

const PUNCTUATION = new Set([
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "'",
  '"',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "-",
  "–",
  "—",
  "…",
  "/",
  "\\",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  "`",
]);
const LETTER_RE = /[\p{L}\p{N}]/u;

/** Token kind from its text (cheaper than asking wink, and the same classes the rules need). */
function kindOf(value: string): TokenKind {
  const c = value.charCodeAt(0);
  if (c >= 48 && c <= 57) return "number";
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
  if (value.trim() === "") return "space";
  let punct = true;
  for (const ch of value) {
    if (!PUNCTUATION.has(ch)) {
      punct = false;
      break;
    }
  }
  if (punct) return "punct";
  // "n't", "'s", "’re" and words starting with a non-ASCII letter.
  for (let i = 0; i < value.length; i++) {
    const k = value.charCodeAt(i);
    if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90)) return "word";
  }
  if (LETTER_RE.test(value)) return "word";
  if (value.length <= 2 && /^[\p{S}%&+=#*@^~<>|$]+$/u.test(value)) return "symbol";
  return "other";
}

/** Words as a reader counts them: whitespace-separated chunks holding a letter or digit. */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inChunk = false;
  let chunkHasWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      c === 10 ||
      c === 13 ||
      c === 9 ||
      c === 12 ||
      c === 11 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x3000;
    if (space) {
      if (inChunk && chunkHasWord) words++;
      inChunk = false;
      chunkHasWord = false;
    } else {
      inChunk = true;
      if (!chunkHasWord) {
        // ASCII fast path; fall back to the Unicode class for everything else.
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) chunkHasWord = true;
        else if (c > 127 && LETTER_RE.test(String.fromCodePoint(text.codePointAt(i)!))) chunkHasWord = true;
      }
    }
  }
  if (inChunk && chunkHasWord) words++;
  return words;
}

/** `countWords` from the tokens: a new chunk starts after whitespace; it counts if it holds a word. */
function countTokenWords(tokens: TextToken[]): number {
  let words = 0;
  let previousEnd = -1;
  let chunkCounted = false;
  for (const t of tokens) {
    if (t.kind === "space") continue;
    if (t.start !== previousEnd) chunkCounted = false;
    previousEnd = t.end;
    if (!chunkCounted && (t.kind === "word" || t.kind === "number")) {
      words++;
      chunkCounted = true;
    }
  }
  return words;
}

const normalised = new Map<string, string>();
const NORMALISED_LIMIT = 50_000;

/**
 * Lower case with straight apostrophes, memoised: wink hands out the same string object for a
 * known word every time, so the lowered form is reused too and every later lookup keyed by it
 * (signals, word lists, stems) hits a string whose hash is already computed.
 */
function normalise(value: string): string {
  let lower = normalised.get(value);
  if (lower === undefined) {
    lower = value.toLowerCase();
    if (lower.includes("’")) lower = lower.replaceAll("’", "'");
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    normalised.set(value, lower);
  }
  return lower;
}

const BULLET_START = /^[ \t]*(?:[-*+•◦▪‣–—]|\d{1,3}[.)]|[a-z][.)]|#{1,6}|>)\s/;

/** Discourse openers that start a new thought in speech ("and then", "so we", "after that"). */
const SUBJECT_PRONOUNS = new Set(["i", "we", "he", "she", "they", "it", "you", "my", "our", "their"]);
const OPENERS = new Set([
  "so",
  "then",
  "but",
  "and",
  "eventually",
  "finally",
  "afterwards",
  "anyway",
  "basically",
  "ultimately",
  "um",
  "uh",
  "okay",
  "ok",
]);

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
 *
 * wink runs with POS tagging only: sentence boundaries and negation scope are cheap to compute
 * here from the tokens, and doing so lets the rules see bullets, headings and speech, and keeps
 * "v2.3" in one sentence.
 */
export function readText(text: string): TextDoc {
  const doc = getNlp().readDoc(text);
  const its = getNlp().its;
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  const posTags = tokenList.out(its.pos) as string[];

  const tokens: TextToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    // wink keeps token text verbatim; if a token is not found nearby (an unusual Unicode
    // normalisation), give it an empty span rather than pointing at the wrong text.
    if (start < 0 || start - cursor > 256) start = -1;
    const lower = normalise(value);
    const pos = posTags[i] ?? "X";
    tokens[i] = {
      value,
      lower,
      lemma: LEMMATISED_POS.has(pos) ? lemmaOf(tokenList, i, lower, pos) : lower,
      pos,
      kind: kindOf(value),
      negated: false,
      start: start < 0 ? cursor : start,
      end: start < 0 ? cursor : start + value.length,
      sentence: 0,
    };
    if (start >= 0) cursor = start + value.length;
  }
  markNegationScope(tokens);
  const sentences = buildSentences(text, tokens);
  return { text, tokens, sentences, words: countTokenWords(tokens) };
}

/** Parts of speech whose lemma differs from the word ("led" → lead, "customers" → customer). */
const LEMMATISED_POS = new Set(["VERB", "AUX", "NOUN", "ADJ"]);
/**
 * Lemmas by part of speech and word. wink's lemmatiser depends only on the word and its POS
 * (contractions aside), and it is the costliest step after tagging, so each pair is asked once.
 */
const lemmaCache = new Map<string, Map<string, string>>();
const LEMMA_CACHE_LIMIT = 20_000;
let lemmaCacheSize = 0;

type TokenCollection = ReturnType<ReturnType<Wink["readDoc"]>["tokens"]>;

function lemmaOf(tokens: TokenCollection, index: number, lower: string, pos: string): string {
  const contraction = lower.startsWith("'");
  let byWord = lemmaCache.get(pos);
  const cached = contraction ? undefined : byWord?.get(lower);
  if (cached !== undefined) return cached;
  const item = tokens.itemAt(index);
  // wink types its.lemma as needing model add-ons; the lite web model provides them.
  const raw = item ? ((item.out as (f: unknown) => unknown)(getNlp().its.lemma) as string) : lower;
  const lemma = typeof raw === "string" && raw ? normalise(raw) : lower;
  if (!contraction) {
    if (lemmaCacheSize >= LEMMA_CACHE_LIMIT) {
      lemmaCache.clear();
      lemmaCacheSize = 0;
    }
    if (!byWord) {
      byWord = new Map();
      lemmaCache.set(pos, byWord);
    }
    byWord.set(lower, lemma);
    lemmaCacheSize++;
  }
  return lemma;
}

const NEGATORS = new Set(["not", "n't", "never", "no", "without", "nor", "cannot", "neither"]);
/** A negation reaches to the end of its clause: punctuation, a conjunction or a subordinator. */
const SCOPE_ENDS = new Set([
  "and",
  "but",
  "or",
  "so",
  "because",
  "although",
  "though",
  "while",
  "which",
  "who",
  "when",
  "if",
  "since",
  "until",
  "instead",
  "rather",
  "whereas",
  "then",
  "yet",
]);
const MAX_NEGATION_SCOPE = 8;

function markNegationScope(tokens: TextToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATORS.has(tokens[i]!.lower)) continue;
    for (let j = i + 1, n = 0; j < tokens.length && n < MAX_NEGATION_SCOPE; j++, n++) {
      const t = tokens[j]!;
      if (t.kind === "punct" || t.kind === "space" || SCOPE_ENDS.has(t.lower)) break;
      t.negated = true;
    }
  }
}

/** Abbreviations after which a full stop does not end a sentence. */
const NEVER_FINAL = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "e.g",
  "i.e",
  "eg",
  "ie",
  "approx",
  "cf",
  "fig",
  "no",
  "vol",
  "mt",
  "gen",
  "sgt",
  "capt",
  "lt",
  "col",
  "rev",
  "hon",
]);
/** Abbreviations that end a sentence only when a capital follows ("... and so on etc. Then"). */
const MAYBE_FINAL = new Set(["etc", "inc", "ltd", "co", "corp", "llc", "plc", "al", "a.m", "p.m", "u.s", "u.k"]);
const TERMINATORS = new Set([".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);

function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return value[0] !== undefined && value[0] !== value[0].toLowerCase();
}

function nextNonSpaceIndex(tokens: TextToken[], from: number): number {
  let j = from;
  while (j < tokens.length && tokens[j]!.kind === "space") j++;
  return j;
}

/** Sentence ends from punctuation: a terminator, then whitespace, then what starts a sentence. */
function punctuationBreaks(tokens: TextToken[], breakBefore: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct" || !TERMINATORS.has(t.value)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      CLOSERS.has(tokens[last + 1]!.value) &&
      tokens[last + 1]!.start === tokens[last]!.end
    )
      last++;
    const next = nextNonSpaceIndex(tokens, last + 1);
    if (next >= tokens.length) continue;
    // No space after the stop: "v2.3", "e.g.,", "amazon.com".
    if (tokens[next]!.start === tokens[last]!.end) continue;
    if (t.value === ".") {
      const previous = tokens[i - 1];
      if (previous && previous.end === t.start) {
        const word = previous.lower;
        if (NEVER_FINAL.has(word)) continue;
        // A single letter is an initial ("J. Smith") unless it is the pronoun "I".
        if (word.length === 1 && /[a-z]/.test(word) && word !== "i" && startsUpper(tokens[next]!.value)) continue;
        if (MAYBE_FINAL.has(word) && !startsUpper(tokens[next]!.value)) continue;
      }
    } else if (t.value === "…" || t.value === "...") {
      if (!startsUpper(tokens[next]!.value)) continue;
    }
    breakBefore[next] = 1;
  }
}

function buildSentences(text: string, tokens: TextToken[]): TextSentence[] {
  if (tokens.length === 0) return [];
  // 1. Boundaries from sentence punctuation.
  const breakBefore = new Uint8Array(tokens.length + 1);
  punctuationBreaks(tokens, breakBefore);
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
    const heading =
      previousLine.length > 0 &&
      previousLine.length < 60 &&
      !/[,]$/.test(previousLine) &&
      /^[A-Z#*]/.test(line.trim()) &&
      countWords(previousLine) <= 6;
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
    for (const piece of splitLongRun(tokens, s, e))
      sentences.push(makeSentence(text, tokens, piece[0], piece[1], piece[2]));
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
    if (
      i > pieceStart &&
      pieceWords >= MIN_PIECE_WORDS &&
      isSplitPoint(tokens, i, last) &&
      remainingWords(i) >= MIN_PIECE_WORDS
    ) {
      pieces.push([pieceStart, i, true]);
      pieceStart = i;
      pieceWords = 0;
    }
    if (isWord(token)) pieceWords++;
    // A tag question closes a thought: split after "right?" / "you know?".
    if (
      token.lower === "?" &&
      i + 1 < last &&
      pieceWords >= MIN_PIECE_WORDS &&
      remainingWords(i + 1) >= MIN_PIECE_WORDS
    ) {
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
  if (
    (lower === "and" || lower === "so" || lower === "but") &&
    (next.lower === "then" || next.lower === "so" || next.lower === "after")
  )
    return true;
  // Conjunction or opener followed by a subject: "and we", "so I", "then my manager".
  if (SUBJECT_PRONOUNS.has(next.lower) || next.pos === "PROPN") return true;
  if (
    lower === "um" ||
    lower === "uh" ||
    lower === "eventually" ||
    lower === "finally" ||
    lower === "afterwards" ||
    lower === "ultimately"
  )
    return true;
  return false;
}
