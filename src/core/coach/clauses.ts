/**
 * Clauses: who does what, when, and whether it is denied. Each sentence is cut at commas,
 * conjunctions and subordinators; a piece without a verb joins its neighbour. For each clause we
 * find the subject (the candidate, "we", another person or team, a customer, or a thing), the
 * verb group, its tense or modality, and negation. Most coach rules read these fields instead of
 * long phrase lists.
 */
import type { TextDoc, TextToken } from "../text/text-doc.js";
import * as lexicon from "./lexicon.js";

/**
 * Word lists read once: module bindings can be accessor calls under some loaders, and these sets
 * are consulted for every token.
 */
const { AGENT_NOUNS, CUSTOMER_NOUNS } = lexicon;

export type SubjectKind = "i" | "we" | "you" | "agent" | "customer" | "thing" | "none";
export type Tense = "past" | "present" | "habitual" | "future" | "hypothetical" | "counterfactual" | "modal" | "none";

export interface Clause {
  index: number;
  sentence: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  subject: SubjectKind;
  /** True when the subject was not written and was inherited or implied (bullets, "and then shipped it"). */
  subjectImplied: boolean;
  /** Subject token range, or -1 when implied. */
  subjectFirst: number;
  subjectLast: number;
  /** "nobody", "no one", "none of them", "neither". */
  subjectNegative: boolean;
  /** Possessor of a thing subject: "their code" → agent, "my plan" → i, "our churn" → we. */
  owner: SubjectKind;
  /** Index of the main verb token, or -1. */
  verb: number;
  verbLemma: string;
  /** Lemmas of every verb in the clause ("decided to cut" → decide, cut). */
  verbLemmas: string[];
  tense: Tense;
  negated: boolean;
  passive: boolean;
}

const SPLIT_WORDS = new Set([
  "and",
  "but",
  "or",
  "yet",
  "so",
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "unless",
  "since",
  "which",
  "who",
  "whom",
  "where",
  "when",
  "if",
  "after",
  "before",
  "until",
  "once",
  "then",
]);
const SPLIT_PUNCT = new Set([",", ";", ":", "—", "–", "(", ")", "--", "!", "?", "."]);
const I_WORDS = new Set(["i", "me", "myself"]);
const WE_WORDS = new Set(["we", "us", "ourselves"]);
const AGENT_PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "them",
  "him",
  "her",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "anyone",
  "people",
]);
const THING_PRONOUNS = new Set([
  "it",
  "this",
  "that",
  "these",
  "those",
  "which",
  "what",
  "everything",
  "something",
  "anything",
]);
const NEGATIVE_SUBJECTS = new Set(["nobody", "none", "neither", "nothing", "noone"]);
const NEGATIVE_PEOPLE = new Set(["nobody", "noone", "none", "neither"]);
const NEGATORS = new Set(["not", "n't", "never", "no", "nor", "neither", "hardly", "barely", "without"]);
const POSSESSIVE_OWNER: Record<string, SubjectKind> = {
  my: "i",
  our: "we",
  their: "agent",
  his: "agent",
  her: "agent",
  your: "you",
  its: "thing",
};
const MODAL_HYPOTHETICAL = new Set(["would", "should", "'d"]);
const MODAL_OTHER = new Set(["could", "might", "may", "must", "can", "ca"]);
const MODAL_FUTURE = new Set(["will", "'ll", "shall", "wo", "gonna"]);
const PAST_AUX = new Set(["did", "was", "were", "had", "'d"]);
const PRESENT_AUX = new Set(["do", "does", "am", "is", "are", "'m", "'re", "'s"]);
const PERFECT_AUX = new Set(["have", "has", "'ve"]);
const BE_FORMS = new Set(["be", "been", "being", "was", "were", "is", "are", "am", "'m", "'re", "'s"]);
const HABITUAL_ADVERBS = new Set([
  "always",
  "usually",
  "typically",
  "generally",
  "normally",
  "often",
  "regularly",
  "constantly",
]);
/** Verbs whose base form equals their past form: tense depends on the story's dominant tense. */
const SAME_FORM_VERBS = new Set([
  "cut",
  "put",
  "set",
  "hit",
  "let",
  "read",
  "shut",
  "quit",
  "cost",
  "spread",
  "split",
  "hurt",
  "bet",
  "broadcast",
  "upset",
  "forecast",
]);

function isVerbLike(token: TextToken): boolean {
  return token.pos === "VERB" || token.pos === "AUX";
}

const POSSESSIVES = new Set(["our", "my", "their", "his", "her", "its", "your"]);
const MODIFIER_BEFORE = new Set(["our", "my", "their", "his", "her", "its", "the", "a", "an", "your"]);

/**
 * A verb form inside a noun phrase: "our routing engineers", "the billing date". The tagger
 * often calls these verbs; read as verbs they would give the clause a false head.
 */
function isNounModifier(tokens: TextToken[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB") return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (next === undefined || (next.pos !== "NOUN" && next.pos !== "PROPN")) return false;
  // "our lead engineer", "my design lead": after a possessive any verb form is a noun.
  if (previous && POSSESSIVES.has(previous.lower)) return true;
  if (!t.lower.endsWith("ing")) return false;
  // After a determiner or possessive, or opening a sentence ("Routing engineers did the work").
  return (
    previous === undefined ||
    previous.sentence !== t.sentence ||
    MODIFIER_BEFORE.has(previous.lower) ||
    previous.pos === "DET"
  );
}

function isPastForm(token: TextToken): boolean {
  const value = token.lower;
  if (value.endsWith("ed") && value.length > 3) return true;
  return (
    value !== token.lemma &&
    !value.endsWith("s") &&
    !value.endsWith("ing") &&
    token.lemma !== "be" &&
    !SAME_FORM_VERBS.has(value)
  );
}

function isBaseForm(token: TextToken): boolean {
  return token.lower === token.lemma;
}

/** The clause builder's output plus a token → clause index. */
export interface ClauseIndex {
  clauses: Clause[];
  clauseOfToken: Int32Array;
}

export function buildClauses(doc: TextDoc): ClauseIndex {
  const { tokens, sentences } = doc;
  const clauses: Clause[] = [];
  const clauseOfToken = new Int32Array(tokens.length).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const pieces = splitSentence(tokens, sentence.first, sentence.last);
    let previous: Clause | undefined;
    for (const [first, last] of pieces) {
      const clause = analyseClause(tokens, s, first, last, clauses.length, previous, mainBefore(tokens, clauses, s));
      previous = clause;
      clauses.push(clause);
      for (let i = first; i < last; i++) clauseOfToken[i] = clause.index;
    }
  }
  // Tokens between sentences (line breaks) belong to the clause before them.
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (clauseOfToken[i]! >= 0) last = clauseOfToken[i]!;
    else clauseOfToken[i] = Math.max(0, last);
  }
  return { clauses, clauseOfToken };
}

/** Cuts a sentence into verb-bearing pieces. */
function splitSentence(tokens: TextToken[], first: number, last: number): [number, number][] {
  const raw: [number, number][] = [];
  let start = first;
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    const cut =
      (token.kind === "punct" && SPLIT_PUNCT.has(token.lower)) ||
      token.kind === "space" ||
      (SPLIT_WORDS.has(token.lower) &&
        token.pos !== "ADP" &&
        token.pos !== "DET" &&
        !(token.lower === "that") &&
        i > start) ||
      (token.lower === "that" && token.pos === "SCONJ" && i > start);
    if (cut && i > start) {
      raw.push([start, i]);
      start = i;
    }
  }
  if (start < last) raw.push([start, last]);
  // Merge verbless pieces into the previous piece (or the next one when first).
  const merged: [number, number][] = [];
  let pending: number | undefined;
  for (const [a, b] of raw) {
    let hasVerb = false;
    for (let i = a; i < b; i++) {
      if (isVerbLike(tokens[i]!) && !isNounModifier(tokens, i)) {
        hasVerb = true;
        break;
      }
    }
    if (!hasVerb) {
      const previous = merged[merged.length - 1];
      if (previous) previous[1] = b;
      else if (pending === undefined) pending = a;
      continue;
    }
    merged.push([pending ?? a, b]);
    pending = undefined;
  }
  if (pending !== undefined) merged.push([pending, last]);
  return merged.length ? merged : [[first, last]];
}

function classifyNoun(tokens: TextToken[], index: number): SubjectKind {
  const token = tokens[index]!;
  const lower = token.lower;
  if (I_WORDS.has(lower)) return "i";
  if (WE_WORDS.has(lower)) return "we";
  if (lower === "you") return "you";
  if (CUSTOMER_NOUNS.has(lower) || CUSTOMER_NOUNS.has(token.lemma)) return "customer";
  if (AGENT_PRONOUNS.has(lower) || AGENT_NOUNS.has(lower) || AGENT_NOUNS.has(token.lemma)) return "agent";
  if (token.pos === "PROPN" && /^[A-Z][a-z]/.test(token.value) && !capitalisedCommonWord(tokens, index)) return "agent";
  return "thing";
}

/** "Median refund time dropped": a sentence-initial capital before a noun is not a name. */
function capitalisedCommonWord(tokens: TextToken[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const sentenceStart =
    !previous || previous.sentence !== token.sentence || previous.kind === "punct" || previous.kind === "space";
  return sentenceStart && tokens[index + 1]?.pos === "NOUN";
}

const SUBORDINATORS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "since",
  "if",
  "when",
  "where",
  "while",
  "whether",
  "although",
  "though",
  "until",
  "unless",
  "after",
  "before",
  "once",
  "whereas",
]);

/**
 * The last main clause of this sentence so far, whose subject a clause with none inherits: in
 * "I checked whether the logic was server-driven, confirmed that the table lived in config, and
 * decided to fix it there", "decided" is the candidate's, not the table's.
 */
function mainBefore(tokens: TextToken[], clauses: Clause[], sentence: number): Clause | undefined {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.sentence !== sentence) return undefined;
    if (c.subjectImplied && c.subject === "none") continue;
    let k = c.first;
    while (k < c.last && (tokens[k]!.kind === "punct" || tokens[k]!.kind === "space" || tokens[k]!.pos === "CCONJ"))
      k++;
    if (!SUBORDINATORS.has(tokens[k]?.lower ?? "")) return c;
  }
  return undefined;
}

function analyseClause(
  tokens: TextToken[],
  sentence: number,
  first: number,
  last: number,
  index: number,
  previous: Clause | undefined,
  main: Clause | undefined,
): Clause {
  const clause: Clause = {
    index,
    sentence,
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    subject: "none",
    subjectImplied: false,
    subjectFirst: -1,
    subjectLast: -1,
    subjectNegative: false,
    owner: "none",
    verb: -1,
    verbLemma: "",
    verbLemmas: [],
    tense: "none",
    negated: false,
    passive: false,
  };
  // Trim trailing punctuation and spaces from the span.
  let end = last;
  while (end > first + 1 && (tokens[end - 1]!.kind === "punct" || tokens[end - 1]!.kind === "space")) end--;
  clause.end = tokens[end - 1]!.end;
  let begin = first;
  while (begin < end - 1 && (tokens[begin]!.kind === "punct" || tokens[begin]!.kind === "space")) begin++;
  clause.start = tokens[begin]!.start;

  // The first verb-like token heads the verb group.
  let firstVerb = -1;
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    if (isVerbLike(token) && !isNounModifier(tokens, i)) {
      // "like" tagged as a verb right after a pronoun is a verb; elsewhere wink is reliable enough.
      firstVerb = i;
      break;
    }
  }
  for (let i = first; i < last; i++) if (tokens[i]!.pos === "VERB") clause.verbLemmas.push(tokens[i]!.lemma);

  // Subject: the nominal chunk right before the first verb, skipping adverbs and "not".
  if (firstVerb >= 0) {
    let j = firstVerb - 1;
    while (j >= first && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "PART" || tokens[j]!.pos === "INTJ")) j--;
    // "Our routing engineers, led by Priya, did the solver work": a noun phrase opening the
    // clause, then a comma, then the verb; the noun phrase is the subject.
    if (j > first && tokens[j]!.lower === "," && isNominalRun(tokens, first, j)) j--;
    const chunkEnd = j;
    while (j >= first) {
      const t = tokens[j]!;
      const nominal =
        t.pos === "NOUN" ||
        t.pos === "PROPN" ||
        t.pos === "PRON" ||
        t.pos === "DET" ||
        t.pos === "ADJ" ||
        t.pos === "NUM" ||
        isNounModifier(tokens, j) ||
        (t.pos === "PART" && t.lower === "'s") ||
        (t.lower === "of" && j > first) ||
        t.lower === "-" ||
        (t.pos === "CCONJ" && t.lower === "and" && j > first && tokens[j - 1]!.pos !== "PUNCT");
      if (!nominal) break;
      j--;
    }
    const chunkStart = j + 1;
    let hasNominal = false;
    for (let k = chunkStart; k <= chunkEnd; k++) {
      const pos = tokens[k]!.pos;
      if (pos === "NOUN" || pos === "PROPN" || pos === "PRON" || pos === "NUM") hasNominal = true;
    }
    if (chunkStart <= chunkEnd && hasNominal) {
      clause.subjectFirst = chunkStart;
      clause.subjectLast = chunkEnd + 1;
      classifySubject(tokens, clause, chunkStart, chunkEnd + 1);
      // "nobody on my team had built": the negative word heads the phrase the chunk ends.
      for (let k = Math.max(first, chunkStart - 3); k < chunkStart; k++) {
        if (NEGATIVE_PEOPLE.has(tokens[k]!.lower)) {
          clause.subjectNegative = true;
          clause.subject = "agent";
        }
      }
      // "the deputy city manager, who was sceptical": a relative pronoun stands for the noun before it.
      const pronoun = tokens[chunkStart]!.lower;
      if (chunkStart === chunkEnd && (pronoun === "who" || pronoun === "whom") && previous?.sentence === sentence) {
        for (let k = previous.last - 1; k >= previous.first; k--) {
          const t = tokens[k]!;
          if (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "PRON" && AGENT_PRONOUNS.has(t.lower))) {
            clause.subject = classifyNoun(tokens, k);
            if (clause.subject === "thing") clause.subject = "agent";
            // "I'm not someone who disagrees": the denial covers the relative clause.
            if (/^(someone|somebody|anyone|anybody|person|one|type|kind)$/.test(tokens[k]!.lower)) {
              for (let j = k - 1; j >= Math.max(previous.first, k - 4); j--)
                if (NEGATORS.has(tokens[j]!.lower)) clause.subjectNegative = true;
            }
            break;
          }
        }
      }
    }
  }
  // "Nobody over there had tested it": a negative subject opening the clause, with an adverbial
  // between it and the verb.
  if (clause.subject === "none" || clause.subject === "thing") {
    const opener = tokens[firstWordIndexRaw(tokens, first, last)];
    if (opener && NEGATIVE_PEOPLE.has(opener.lower) && firstVerb > first) {
      clause.subject = "agent";
      clause.subjectNegative = true;
      clause.subjectFirst = firstWordIndexRaw(tokens, first, last);
      clause.subjectLast = clause.subjectFirst + 1;
    }
  }
  if (clause.subject === "none") {
    clause.subjectImplied = true;
    // Coordinated verbs share the main clause's subject; a subordinate clause in between does not
    // pass its own on ("..., confirmed that the table lived in config, and decided ...").
    const startsCoordinated = tokens[firstWordIndexRaw(tokens, first, last)]?.pos === "CCONJ";
    const from = startsCoordinated && main ? main : previous;
    if (from && from.sentence === sentence) {
      clause.subject = from.subject;
      clause.owner = from.owner;
    } else if (
      firstVerb >= 0 &&
      firstVerb === firstWordIndex(tokens, first, last) &&
      tokens[firstVerb]!.pos === "VERB" &&
      isPastForm(tokens[firstVerb]!)
    ) {
      // A sentence that opens with a past verb ("Led a team of 8", "Shipped v2") is résumé
      // shorthand for "I".
      clause.subject = "i";
    }
  }

  if (firstVerb >= 0) analyseVerbGroup(tokens, clause, firstVerb, last);
  return clause;
}

/** Index of the first word or number token in [first, last), or `first`. */
function firstWordIndexRaw(tokens: TextToken[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" || t.kind === "number") return i;
  }
  return first;
}

/** True when tokens [first, end) are all nominal (a noun phrase with a noun in it). */
function isNominalRun(tokens: TextToken[], first: number, end: number): boolean {
  let noun = false;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    // "Dana, our storage engineer, added a cache": an apposition inside the noun phrase.
    if (t.kind === "space" || (t.lower === "," && k > first)) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN") noun = true;
    else if (
      t.pos !== "DET" &&
      t.pos !== "ADJ" &&
      t.pos !== "PRON" &&
      t.pos !== "NUM" &&
      t.lower !== "'s" &&
      !isNounModifier(tokens, k)
    )
      return false;
  }
  return noun;
}

function firstWordIndex(tokens: TextToken[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === "word" || t.kind === "number") {
      if (
        t.pos === "CCONJ" ||
        t.pos === "INTJ" ||
        (t.pos === "ADV" &&
          (t.lower === "then" || t.lower === "so" || t.lower === "also" || t.lower === "first" || t.lower === "next"))
      )
        continue;
      return i;
    }
  }
  return -1;
}

function classifySubject(tokens: TextToken[], clause: Clause, a: number, b: number): void {
  let hasI = false;
  let hasWe = false;
  let kind: SubjectKind = "none";
  let owner: SubjectKind = "none";
  let afterOf = false;
  /** A person or customer word seen in the phrase ("the support team", "our users"). */
  let personModifier: SubjectKind | undefined;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    const lower = t.lower;
    if (NEGATIVE_SUBJECTS.has(lower) || (lower === "no" && tokens[i + 1]?.lower === "one")) {
      clause.subjectNegative = true;
      if (NEGATIVE_PEOPLE.has(lower) || lower === "no") kind = "agent";
      continue;
    }
    if (lower === "i") hasI = true;
    if (lower === "we") hasWe = true;
    const ownerKind = POSSESSIVE_OWNER[lower];
    if (ownerKind && i < b - 1) {
      owner = ownerKind;
      continue;
    }
    if (lower === "'s" && i > a) {
      owner = classifyNoun(tokens, i - 1);
      kind = "none";
      continue;
    }
    if (lower === "of") {
      afterOf = true;
      continue;
    }
    if (afterOf) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") {
      const k = THING_PRONOUNS.has(lower) ? "thing" : classifyNoun(tokens, i);
      // The head of an English noun phrase is its last noun: "the client team" is a team, "the
      // Power BI dashboard" a thing. A person word before a thing head still says who it is
      // about ("the customer's", "users' data" come through the possessive instead).
      if ((k === "agent" || k === "customer") && personWord(t)) personModifier = k;
      kind = k === "thing" && personModifier ? personModifier : k;
    }
  }
  if (hasI && hasWe) kind = "we";
  else if (hasI) kind = tokensHaveOtherPerson(tokens, a, b) ? "we" : "i";
  else if (hasWe) kind = "we";
  if (kind === "none" && clause.subjectNegative) kind = "agent";
  clause.subject = kind === "none" ? "thing" : kind;
  clause.owner = owner;
}

/** A common noun or pronoun that names people (not a proper name, which may be a product). */
function personWord(t: TextToken): boolean {
  return (
    AGENT_PRONOUNS.has(t.lower) ||
    AGENT_NOUNS.has(t.lower) ||
    AGENT_NOUNS.has(t.lemma) ||
    CUSTOMER_NOUNS.has(t.lower) ||
    CUSTOMER_NOUNS.has(t.lemma)
  );
}

function tokensHaveOtherPerson(tokens: TextToken[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.lower === "and" || t.lower === "with") return true;
  }
  return false;
}

function analyseVerbGroup(tokens: TextToken[], clause: Clause, firstVerb: number, last: number): void {
  const aux: string[] = [];
  let main = -1;
  let negated = clause.subjectNegative;
  let habitual = false;
  for (let i = clause.first; i < firstVerb; i++) {
    const lower = tokens[i]!.lower;
    if (NEGATORS.has(lower)) negated = true;
    if (HABITUAL_ADVERBS.has(lower)) habitual = true;
  }
  for (let i = firstVerb; i < last; i++) {
    const t = tokens[i]!;
    if (t.pos === "AUX") {
      aux.push(t.lower);
      main = i;
      continue;
    }
    if (t.pos === "PART" || t.pos === "ADV") {
      if (NEGATORS.has(t.lower)) negated = true;
      if (HABITUAL_ADVERBS.has(t.lower)) habitual = true;
      continue;
    }
    // A noun-verb compound after an auxiliary: "had load tested it", "was beta tested".
    if (t.pos === "NOUN" && aux.length > 0 && tokens[i + 1]?.pos === "VERB" && tokens[i + 1]!.lower.endsWith("ed"))
      continue;
    if (t.pos === "VERB") {
      main = i;
      break;
    }
    break;
  }
  if (main < 0) main = firstVerb;
  const verb = tokens[main]!;
  clause.verb = main;
  clause.verbLemma = verb.lemma;
  clause.negated = negated;

  const hasVerb = verb.pos === "VERB";
  const auxSet = new Set(aux);
  const hasHave = aux.some((a) => PERFECT_AUX.has(a) || a === "have");
  let tense: Tense = "none";
  if (aux.some((a) => MODAL_HYPOTHETICAL.has(a))) {
    // "'d" + past participle is "had" ("I'd already built it").
    if (auxSet.has("'d") && aux.length === 1 && hasVerb && isPastForm(verb)) tense = "past";
    else if (hasHave || aux.includes("have")) tense = "counterfactual";
    else tense = "hypothetical";
  } else if (aux.some((a) => MODAL_FUTURE.has(a)) || (verb.lower === "going" && tokens[main + 1]?.lower === "to")) {
    tense = "future";
  } else if (aux.some((a) => MODAL_OTHER.has(a))) {
    tense = aux.includes("could") && !hasHave ? "modal" : hasHave ? "counterfactual" : "modal";
  } else if (aux.some((a) => PAST_AUX.has(a))) {
    tense = "past";
  } else if (aux.some((a) => PERFECT_AUX.has(a))) {
    tense = "past";
  } else if (aux.some((a) => PRESENT_AUX.has(a))) {
    tense = "present";
  } else if (hasVerb) {
    if (isPastForm(verb)) tense = "past";
    else if (SAME_FORM_VERBS.has(verb.lower)) tense = "none";
    else if (isBaseForm(verb) || verb.lower.endsWith("s")) tense = "present";
  } else if (verb.pos === "AUX") {
    tense = PAST_AUX.has(verb.lower) ? "past" : PRESENT_AUX.has(verb.lower) ? "present" : "none";
  }
  if (tense === "present" && habitual) tense = "habitual";
  clause.tense = tense;
  clause.passive = hasVerb && aux.some((a) => BE_FORMS.has(a)) && isPastForm(verb) && !verb.lower.endsWith("ing");
}

/** True when the token is denied: "no alternatives", "without data", "did not consider X", "nobody disagreed". */
export function isNegatedAt(tokens: TextToken[], clauses: ClauseIndex, at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (token.negated) return true;
  const clause = clauses.clauses[clauses.clauseOfToken[at] ?? -1];
  const floor = clause ? clause.first : Math.max(0, at - 3);
  for (let i = at - 1; i >= Math.max(floor, at - 3); i--) {
    const lower = tokens[i]!.lower;
    if (
      NEGATORS.has(lower) ||
      lower === "none" ||
      lower === "lack" ||
      lower === "lacked" ||
      lower === "zero" ||
      lower === "nobody"
    )
      return true;
    if (tokens[i]!.kind === "punct") break;
  }
  if (clause?.negated && clause.verb >= 0 && at >= clause.verb) return true;
  return false;
}
