/**
 * Length and delivery: spoken time, and in spoken answers the fillers ("um", a filler "like",
 * "you know") and tag questions ("..., right?"). Each filler is decided by its neighbours, so
 * "I like the idea" and "tools like Jira" are not fillers while "we, like, shipped it" is.
 */
import type { TextDoc, TextToken } from "../text/text-doc.js";
import * as lexicon from "./lexicon.js";

/** Read once (module bindings can be accessor calls under some loaders). */
const { SPOKEN_FILLERS } = lexicon;

/**
 * Conversational English runs at about 150 words per minute (interview coaches and speech
 * studies commonly cite 140-160 wpm for explaining something aloud), so 300-450 words is the
 * 2-3 minute story Amazon interviewers expect.
 */
export const WORDS_PER_MINUTE = 150;

export function spokenSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

export interface Filler {
  start: number;
  end: number;
  quote: string;
}

export interface DeliveryStats {
  fillers: Filler[];
  tagQuestions: Filler[];
}

const SUBJECT_BEFORE_LIKE_VERB = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "people",
  "customers",
  "users",
  "would",
  "'d",
  "n't",
  "not",
  "to",
  "did",
  "do",
  "does",
  "really",
  "also",
  "don't",
  "didn't",
]);
const PREPOSITIONAL_LIKE = new Set([
  "look",
  "looks",
  "looked",
  "looking",
  "seem",
  "seems",
  "seemed",
  "feel",
  "feels",
  "felt",
  "sound",
  "sounds",
  "sounded",
  "something",
  "anything",
  "nothing",
  "things",
  "just",
  "more",
  "much",
  "exactly",
  "very",
  "act",
  "acted",
  "behave",
  "behaved",
  "treat",
  "treated",
  "smell",
  "taste",
  "tastes",
  "is",
  "was",
]);
const CLAUSE_OPENERS = new Set(["and", "but", "so", "then", "because", "um", "uh", "well", "okay", "ok", "or", "yeah"]);
const SUBJECTS_AFTER = new Set([
  "i",
  "we",
  "he",
  "she",
  "they",
  "it",
  "you",
  "so",
  "and",
  "like",
  "um",
  "uh",
  "the",
  "my",
  "our",
  "that",
  "there",
]);
const KIND_DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "what",
  "which",
  "some",
  "any",
  "every",
  "each",
  "one",
  "same",
  "different",
  "these",
  "those",
  "other",
  "no",
  "all",
  "whatever",
  "right",
  "wrong",
  "new",
]);

function prevNonSpace(tokens: TextToken[], i: number): TextToken | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j]!.kind !== "space") return tokens[j];
  return undefined;
}

function nextNonSpace(tokens: TextToken[], i: number): TextToken | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]!.kind !== "space") return tokens[j];
  return undefined;
}

function isBoundary(token: TextToken | undefined): boolean {
  return token === undefined || token.kind === "punct";
}

/** A filler "like": a discourse marker, not the verb ("I like") nor the preposition ("tools like Jira"). */
function isFillerLike(tokens: TextToken[], i: number): boolean {
  const prev = prevNonSpace(tokens, i);
  const next = nextNonSpace(tokens, i);
  const prevLower = prev?.lower ?? "";
  // Quotative "he was like, ..." / "was like why" is a filler in interview speech.
  if (
    (prevLower === "was" || prevLower === "were" || prevLower === "'s") &&
    (next === undefined ||
      isBoundary(next) ||
      next.pos === "ADV" ||
      next.pos === "PRON" ||
      next.lower === "why" ||
      next.lower === "oh")
  )
    return true;
  // "we like shipped it": a past verb cannot be the object of the verb "like".
  if (
    next &&
    next.pos === "VERB" &&
    next.lower !== next.lemma &&
    !next.lower.endsWith("ing") &&
    !next.lower.endsWith("s")
  )
    return true;
  if (SUBJECT_BEFORE_LIKE_VERB.has(prevLower) || PREPOSITIONAL_LIKE.has(prevLower)) return false;
  if (prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && next && next.kind !== "punct" && next.kind !== "number")
    return false;
  // ", like," or sentence start "Like, ..." or after "and/so/um".
  if (isBoundary(prev) || CLAUSE_OPENERS.has(prevLower))
    return (
      next === undefined ||
      isBoundary(next) ||
      SUBJECTS_AFTER.has(next.lower) ||
      next.pos === "VERB" ||
      next.kind === "number" ||
      next.pos === "ADV" ||
      next.pos === "DET"
    );
  // "like 20 people", "like two weeks": an approximator in speech.
  if (next && (next.kind === "number" || next.pos === "NUM")) return true;
  // "I noticed like a bunch of": after a verb of doing, before a noun phrase.
  if (prev && prev.pos === "VERB" && next && (next.pos === "DET" || next.pos === "NUM" || next.kind === "number"))
    return true;
  // "we like shipped it": between a subject and its verb.
  if (next && next.pos === "VERB" && (prev?.pos === "PRON" || prev?.pos === "ADV")) return true;
  if (next && isBoundary(next) && next.lower === ",") return true;
  return false;
}

/** "you know" as a filler, not "do you know", "you know the drill", "you know that X". */
function isFillerYouKnow(tokens: TextToken[], i: number): boolean {
  const prev = prevNonSpace(tokens, i);
  const next = nextNonSpace(tokens, i + 1);
  const prevLower = prev?.lower ?? "";
  if (
    prevLower === "do" ||
    prevLower === "did" ||
    prevLower === "if" ||
    prevLower === "would" ||
    prevLower === "n't" ||
    prevLower === "as" ||
    prevLower === "whether" ||
    prevLower === "what"
  )
    return false;
  if (next === undefined || isBoundary(next)) return true;
  // After a boundary or an opener ("and then you know the numbers went up") it is a filler.
  if (isBoundary(prev) || CLAUSE_OPENERS.has(prevLower)) return true;
  return SUBJECTS_AFTER.has(next.lower) && next.lower !== "the" && next.lower !== "that";
}

function isFillerKindOf(tokens: TextToken[], i: number): boolean {
  const prev = prevNonSpace(tokens, i);
  return !(prev && (KIND_DETERMINERS.has(prev.lower) || prev.pos === "ADJ"));
}

function isFillerIMean(tokens: TextToken[], i: number): boolean {
  const prev = prevNonSpace(tokens, i);
  const next = nextNonSpace(tokens, i + 1);
  if (prev && (prev.lower === "what" || prev.lower === "do" || prev.lower === "did")) return false;
  if (next && (next.lower === "to" || next.lower === "it" || next.lower === "that")) return false;
  return true;
}

const NOT_TAG_BEFORE_RIGHT = new Set([
  "the",
  "a",
  "all",
  "exactly",
  "do",
  "did",
  "get",
  "got",
  "turn",
  "turned",
  "to",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "its",
  "is",
  "be",
]);
const NOT_TAG_AFTER_RIGHT = new Set([
  "away",
  "now",
  "after",
  "before",
  "thing",
  "call",
  "decision",
  "time",
  "person",
  "people",
  "choice",
  "answer",
  "way",
  "to",
  "there",
  "here",
  "side",
  "hand",
  "into",
  "at",
  "on",
  "in",
  "from",
  "then",
]);

/** "right" as a tag question: after a finished clause and before a new one or the end. */
function isTagRight(tokens: TextToken[], i: number): boolean {
  const prev = prevNonSpace(tokens, i);
  const next = nextNonSpace(tokens, i);
  if (!prev || NOT_TAG_BEFORE_RIGHT.has(prev.lower) || (prev.kind === "punct" && prev.lower !== ",")) return false;
  if (next?.lower === "?") return true;
  if (next && NOT_TAG_AFTER_RIGHT.has(next.lower)) return false;
  return (
    next === undefined ||
    isBoundary(next) ||
    CLAUSE_OPENERS.has(next.lower) ||
    next.lower === "i" ||
    next.lower === "we"
  );
}

export function findFillers(doc: TextDoc): DeliveryStats {
  const { tokens, text } = doc;
  const fillers: Filler[] = [];
  const tagQuestions: Filler[] = [];
  const push = (list: Filler[], a: TextToken, b: TextToken) =>
    list.push({ start: a.start, end: b.end, quote: text.slice(a.start, b.end) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "space" || t.kind === "punct") continue;
    const lower = t.lower;
    if (SPOKEN_FILLERS.has(lower)) {
      push(fillers, t, t);
      continue;
    }
    const next = tokens[i + 1];
    if (lower === "like" && isFillerLike(tokens, i)) {
      push(fillers, t, t);
      continue;
    }
    if (lower === "you" && next?.lower === "know" && isFillerYouKnow(tokens, i)) {
      push(fillers, t, next);
      i++;
      continue;
    }
    if ((lower === "sort" || lower === "kind") && next?.lower === "of" && isFillerKindOf(tokens, i)) {
      push(fillers, t, next);
      i++;
      continue;
    }
    if (lower === "i" && next?.lower === "mean" && isFillerIMean(tokens, i)) {
      push(fillers, t, next);
      i++;
      continue;
    }
    // Tag questions: "..., right?", and in unpunctuated speech "which I always did right and then".
    if (lower === "right" && isTagRight(tokens, i)) push(tagQuestions, t, t);
  }
  return { fillers, tagQuestions };
}
