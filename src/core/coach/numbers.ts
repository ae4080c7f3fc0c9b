/**
 * Numbers and their role in the story. A number means little alone: "12%" is a baseline in
 * "from 12% to 4%", an outcome after "cut", a target after "our goal was". The role comes from
 * the number's unit, the words around it and the verb of its clause, in that order of strength.
 */
import type { TextDoc, TextToken } from "../text/text-doc.js";
import type { Clause, ClauseIndex } from "./clauses.js";
import * as lexicon from "./lexicon.js";

/** Word lists read once (module bindings can be accessor calls under some loaders). */
const {
  ACHIEVE_VERBS,
  CHANGE_NOUNS,
  CHANGE_VERBS,
  COMPARATIVES,
  METRIC_UNITS,
  MONTHS,
  MULTIPLIER_VERBS,
  NUMBER_WORDS,
  PEOPLE_UNITS,
  SCALE_WORDS,
  TIME_UNITS,
} = lexicon;

export type NumberRole = "outcome" | "baseline" | "target" | "year" | "team-size" | "duration" | "version" | "count";

export interface NumberMention {
  start: number;
  end: number;
  quote: string;
  role: NumberRole;
  /** The word after the number that says what it counts ("engineers", "days", "%"). */
  unit: string;
  /** Token range [first, last). */
  first: number;
  last: number;
  clause: number;
}

const CURRENCY = new Set(["$", "€", "£", "¥", "₹"]);
const TARGET_WORDS = new Set([
  "goal",
  "goals",
  "target",
  "targets",
  "targeted",
  "aim",
  "aimed",
  "aiming",
  "objective",
  "objectives",
  "okr",
  "okrs",
  "plan",
  "planned",
  "hoping",
  "hoped",
  "expected",
  "projected",
  "forecast",
  "forecasted",
  "estimated",
  "budget",
  "budgeted",
  "promise",
  "promised",
  "committed",
  "commitment",
  "sla",
  "slo",
]);
/** Prepositions that make a time span the duration of the work, not a measured change. */
const DURATION_PREPOSITIONS = new Set([
  "within",
  "in",
  "over",
  "after",
  "for",
  "during",
  "every",
  "per",
  "each",
  "across",
  "first",
  "last",
  "next",
  "past",
]);
/** Words that mark a subject as a statistic: "the median refund took nine days" is a baseline. */
const STATISTIC_WORDS = new Set(["median", "average", "mean", "typical", "p50", "p90", "p95", "p99", "avg"]);
const VERSION_WORDS = new Set([
  "version",
  "release",
  "v",
  "build",
  "ios",
  "android",
  "python",
  "java",
  "node",
  "api",
  "spec",
  "schema",
  "phase",
  "gen",
  "generation",
  "iteration",
  "mk",
  "model",
]);
const YEAR_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "during",
  "of",
  "early",
  "mid",
  "late",
  "until",
  "before",
  "after",
  "circa",
  "around",
  "from",
  "to",
  "through",
  "'",
  "fy",
  "summer",
  "winter",
  "spring",
  "fall",
  "autumn",
  "q1",
  "q2",
  "q3",
  "q4",
  "h1",
  "h2",
  "year",
  "between",
]);
const STATIVE_METRIC_VERBS = new Set([
  "be",
  "sit",
  "stand",
  "hover",
  "average",
  "run",
  "stay",
  "remain",
  "have",
  "measure",
  "take",
  "cost",
  "spend",
]);

function isDigitNumber(token: TextToken): boolean {
  return token.kind === "number" || /^\d[\d,.]*$/.test(token.value);
}

function wordNumber(token: TextToken): boolean {
  return (
    NUMBER_WORDS.has(token.lower) &&
    (token.pos === "NUM" ||
      token.lower === "half" ||
      token.lower === "dozen" ||
      token.lower === "hundred" ||
      token.lower === "thousand")
  );
}

function nextNonSpace(tokens: TextToken[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.kind === "space") j++;
  return j;
}

/** Finds number mentions and classifies each one. */
export function extractNumbers(doc: TextDoc, clauses: ClauseIndex): NumberMention[] {
  const { tokens, text } = doc;
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Cheap gate: digits, "v2", a currency sign, or a number word.
    const c = token.lower.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 118 || token.kind === "symbol" || NUMBER_WORDS.has(token.lower))) continue;
    if (isListMarker(doc, i)) continue;
    let first = i;
    let last = i + 1;
    let isVersion = false;
    if (/^v\d+$/i.test(token.value)) {
      isVersion = true;
    } else if (
      CURRENCY.has(token.value) &&
      tokens[i + 1] &&
      isDigitNumber(tokens[i + 1]!) &&
      tokens[i + 1]!.start === token.end
    ) {
      last = i + 2;
    } else if (isDigitNumber(token)) {
      // "10x" and "3x" arrive as one or two tokens; so do "40k" and "1.2M".
    } else if (/^\d+(?:\.\d+)?(?:x|k|m|bn|b|ms|s|%|pp|pts)$/i.test(token.value)) {
      // Already one token.
    } else if (wordNumber(token)) {
      if (!wordNumberCounts(tokens, i)) continue;
      while (last < tokens.length && wordNumber(tokens[last]!)) last++;
      if (tokens[last]?.lower === "-" && tokens[last + 1] && wordNumber(tokens[last + 1]!)) last += 2;
    } else {
      continue;
    }
    if (first > 0 && CURRENCY.has(tokens[first - 1]!.value) && tokens[first - 1]!.end === tokens[first]!.start) first--;
    // Decimal and version tails split by the tokenizer: "v2" "." "3", "1" "." "5".
    while (
      tokens[last]?.value === "." &&
      tokens[last + 1] &&
      /^\d+$/.test(tokens[last + 1]!.value) &&
      tokens[last]!.start === tokens[last - 1]!.end &&
      tokens[last + 1]!.start === tokens[last]!.end
    ) {
      last += 2;
      if (tokens[last]?.value === "." && tokens[last + 1] && /^\d+$/.test(tokens[last + 1]!.value)) isVersion = true;
    }
    // Scale and percent suffixes glued or following: "1.2 M", "40K", "12 %", "3 x", "20 percent".
    let unitIndex = nextNonSpace(tokens, last);
    const glued = tokens[last] && tokens[last]!.start === tokens[last - 1]!.end;
    // "$7M." arrives as "$" "7" "M." at the end of a sentence: the stop is not part of the number.
    const scale = tokens[unitIndex]?.lower.replace(/\.$/, "") ?? "";
    let dropFinalDot = false;
    if (
      tokens[unitIndex] &&
      (SCALE_WORDS.has(scale) || scale === "x") &&
      (glued || scale.length > 2 || scale === "x")
    ) {
      dropFinalDot = tokens[unitIndex]!.lower.endsWith(".");
      last = unitIndex + 1;
      unitIndex = nextNonSpace(tokens, last);
    }
    if (
      tokens[unitIndex]?.lower === "percentage" &&
      tokens[nextNonSpace(tokens, unitIndex + 1)]?.lower.startsWith("point")
    ) {
      last = nextNonSpace(tokens, unitIndex + 1) + 1;
      unitIndex = nextNonSpace(tokens, last);
    } else if (
      tokens[unitIndex] &&
      (tokens[unitIndex]!.value === "%" || tokens[unitIndex]!.lower === "percent" || tokens[unitIndex]!.lower === "pct")
    ) {
      last = unitIndex + 1;
      if (tokens[last]?.lower === "points" || tokens[nextNonSpace(tokens, last)]?.lower === "points")
        last = nextNonSpace(tokens, last) + 1;
      unitIndex = nextNonSpace(tokens, last);
    } else if (tokens[unitIndex]?.lower === "per" && tokens[nextNonSpace(tokens, unitIndex + 1)]?.lower === "cent") {
      last = nextNonSpace(tokens, unitIndex + 1) + 1;
      unitIndex = nextNonSpace(tokens, last);
    }
    const unit = unitOf(tokens, first, last, unitIndex);
    const startChar = tokens[first]!.start;
    const endChar = tokens[last - 1]!.end - (dropFinalDot ? 1 : 0);
    const clause = clauses.clauseOfToken[i] ?? 0;
    const mention: NumberMention = {
      start: startChar,
      end: endChar,
      quote: text.slice(startChar, endChar),
      role: "count",
      unit,
      first,
      last,
      clause,
    };
    mention.role = isVersion ? "version" : classifyRole(doc, clauses, mention);
    mentions.push(mention);
    i = last - 1;
  }
  addMultipliers(doc, clauses, mentions);
  pairFromTo(doc, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** "1." or "2)" opening a line: a list item's number, not a quantity. */
function isListMarker(doc: TextDoc, i: number): boolean {
  const token = doc.tokens[i]!;
  if (!/^\d{1,2}$/.test(token.value)) return false;
  const next = doc.tokens[i + 1];
  if (!next || (next.value !== "." && next.value !== ")") || next.start !== token.end) return false;
  let k = token.start - 1;
  while (k >= 0 && (doc.text[k] === " " || doc.text[k] === "\t")) k--;
  return k < 0 || doc.text[k] === "\n";
}

/** Number words count only when they quantify something ("eight engineers", "two weeks"), not "one of". */
function wordNumberCounts(tokens: TextToken[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[nextNonSpace(tokens, i + 1)];
  if (!next) return false;
  // "a two-month pilot", "a five-person team" — but not "one-way door" or "one-on-one".
  if (next.lower === "-") {
    const after = tokens[nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1)]?.lower ?? "";
    return TIME_UNITS.has(after) || PEOPLE_UNITS.has(after) || after === "person";
  }
  if (next.lower === "of" || next.lower === "another" || next.lower === "on") return false;
  // A number closing a phrase: "a team of eight.", "from twelve to four".
  const before = tokens[i - 1]?.lower ?? "";
  if (
    (next.kind === "punct" || next.pos === "CCONJ") &&
    (before === "of" ||
      before === "to" ||
      before === "from" ||
      before === "by" ||
      before === "around" ||
      before === "about")
  )
    return token.lower !== "one";
  // "half a day", "half an hour".
  if (token.lower === "half" && (next.lower === "a" || next.lower === "an")) {
    const unit = tokens[nextNonSpace(tokens, nextNonSpace(tokens, i + 1) + 1)]?.lower ?? "";
    return TIME_UNITS.has(unit) || SCALE_WORDS.has(unit);
  }
  if (token.lower === "one" || token.lower === "half") {
    const unitish =
      PEOPLE_UNITS.has(next.lower) ||
      TIME_UNITS.has(next.lower) ||
      METRIC_UNITS.has(next.lower) ||
      next.lower === "%" ||
      next.lower === "percent";
    return unitish;
  }
  return (
    next.pos === "NOUN" ||
    next.pos === "PROPN" ||
    next.lower === "percent" ||
    next.lower === "%" ||
    wordNumber(next) ||
    next.pos === "ADJ" ||
    PEOPLE_UNITS.has(next.lower) ||
    TIME_UNITS.has(next.lower)
  );
}

function unitOf(tokens: TextToken[], first: number, last: number, unitIndex: number): string {
  const quote = tokens
    .slice(first, last)
    .map((t) => t.lower)
    .join("");
  if (quote.endsWith("%") || quote.endsWith("percent") || quote.endsWith("points") || quote.endsWith("cent"))
    return "%";
  if (/\dx$/.test(quote)) return "x";
  if (CURRENCY.has(tokens[first]!.value)) return "$";
  const glued = quote.match(/\d(ms|s|k|m|bn|b|pp|pts)$/);
  if (glued) return glued[1]!;
  let u = unitIndex;
  // "8-person team", "6-week sprint": the unit sits after a hyphen.
  if (tokens[u]?.lower === "-") u = nextNonSpace(tokens, u + 1);
  const t = tokens[u];
  if (!t) return "";
  if (t.kind !== "word") return "";
  if (t.lower.endsWith(".") && t.lower.length > 1) return t.lower.slice(0, -1);
  // Skip one adjective: "8 senior engineers", "40 more tickets".
  if ((t.pos === "ADJ" || t.pos === "ADV") && tokens[u + 1] && !COMPARATIVES.has(t.lower)) {
    const n = tokens[nextNonSpace(tokens, u + 1)];
    if (n && n.pos === "NOUN") return n.lower;
  }
  return t.lower;
}

/** Comparatives of position: a change only right after the number ("14% above last year"). */
const POSITIONAL = new Set(["above", "below"]);

/** Strong change verbs move a measure whatever its unit; weak ones ("go", "bring") only with a metric unit. */
export const WEAK_CHANGE_VERBS: ReadonlySet<string> = new Set([
  "go",
  "move",
  "bring",
  "add",
  "remove",
  "free",
  "expand",
  "scale",
  "return",
  "win",
  "lose",
  "earn",
  "reach",
  "hit",
  "make",
]);
const NEED_TARGET_WORDS = new Set([
  "needed",
  "need",
  "wanted",
  "want",
  "asked",
  "tasked",
  "supposed",
  "expected",
  "hoping",
  "trying",
  "tried",
]);

function classifyRole(doc: TextDoc, clauses: ClauseIndex, m: NumberMention): NumberRole {
  const { tokens } = doc;
  const clause = clauses.clauses[m.clause];
  const lowerBefore = (k: number) => tokens[prevWord(tokens, m.first, k)]?.lower ?? "";
  const prev1 = lowerBefore(1);
  const prev2 = lowerBefore(2);
  const core = m.quote.replace(/[,\s]/g, "");
  const nextToken = tokens[nextNonSpace(tokens, m.last)];
  const isMetricUnit =
    m.unit === "%" ||
    m.unit === "$" ||
    m.unit === "x" ||
    METRIC_UNITS.has(m.unit) ||
    m.unit === "k" ||
    m.unit === "m" ||
    m.unit === "bn" ||
    m.unit === "b";
  const isTimeUnit = TIME_UNITS.has(m.unit);

  // 1. Versions: "version 3", "release 2.1", "1.4.2".
  if (VERSION_WORDS.has(prev1) && !isMetricUnit && !PEOPLE_UNITS.has(m.unit) && !isTimeUnit) return "version";
  if (/^\d+\.\d+\.\d+/.test(core)) return "version";

  // 2. Years: a bare 19xx/20xx after a time preposition or not followed by what it counts ("2,000 garages").
  if (/^(19[5-9]\d|20\d\d)$/.test(core)) {
    const countsSomething =
      nextToken?.pos === "NOUN" &&
      (nextToken.lower.endsWith("s") || PEOPLE_UNITS.has(nextToken.lower)) &&
      !TIME_UNITS.has(nextToken.lower);
    if (YEAR_PREPOSITIONS.has(prev1) || MONTHS.has(prev1) || MONTHS.has(prev2) || !countsSomething) return "year";
  }

  const from = clause ? clause.first : m.first;
  const to = clause ? clause.last : m.last;
  const before: TextToken[] = [];
  for (let i = Math.max(from, m.first - 10); i < m.first; i++) if (tokens[i]!.kind !== "space") before.push(tokens[i]!);
  const after: TextToken[] = [];
  for (let i = m.last; i < Math.min(to, m.last + 4); i++) if (tokens[i]!.kind !== "space") after.push(tokens[i]!);
  // A change verb, or a noun naming a change ("a cut of 20%"); an adjective such as "free" in
  // "free-shipping threshold" or a noun such as "drop" (a delivery) names no change.
  const changeVerbBefore = before.some((t) =>
    t.pos === "VERB" || t.pos === "AUX"
      ? CHANGE_VERBS.has(t.lemma) && (!WEAK_CHANGE_VERBS.has(t.lemma) || isMetricUnit)
      : t.pos === "NOUN" && CHANGE_NOUNS.has(t.lower) && t.lower !== "drop" && t.lower !== "win",
  );
  const changeNounAfter = after.slice(0, 3).some((t) => CHANGE_NOUNS.has(t.lower));
  // "14% above the previous event" is a difference; "2%, below the 5% average" compares a level.
  const comparativeAfter =
    after.slice(0, 3).some((t, k) => COMPARATIVES.has(t.lower) && (k === 0 || !POSITIONAL.has(t.lower))) &&
    after[0]?.lower !== "than";
  const clauseHasChangeVerb = clause
    ? clause.verbLemmas.some((l) => CHANGE_VERBS.has(l) && (!WEAK_CHANGE_VERBS.has(l) || isMetricUnit))
    : false;
  // "I owned the cost target: bring the bill under $110,000": the target named just before a colon.
  const isTargetWord = (t: TextToken) => TARGET_WORDS.has(t.lower) || NEED_TARGET_WORDS.has(t.lower);
  const targetBefore =
    before.some(isTargetWord) || (clause !== undefined && introducedBy(tokens, clauses, clause, isTargetWord));
  const achieved = clause
    ? clause.verbLemmas.some((l) => ACHIEVE_VERBS.has(l)) && (clause.tense === "past" || clause.tense === "none")
    : false;
  // "which would have saved 25%", "if p99 went above 800 ms": a number in an unreal or
  // conditional clause measures nothing that happened.
  const conditional = clause !== undefined && /^(if|unless|whether)$/.test(firstWordOf(tokens, clause));
  const hypothetical = clause
    ? clause.tense === "hypothetical" || clause.tense === "future" || clause.tense === "counterfactual" || conditional
    : false;

  // 3. Team size: people units ("8 engineers", "a team of eight", "a 5-person squad").
  const teamOf = prev1 === "of" && /^(team|squad|group|org|crew|staff)s?$/.test(prev2);
  if (PEOPLE_UNITS.has(m.unit) || teamOf || (m.unit === "-" && nextToken?.lower === "-")) return "team-size";

  // A time span after "within", "in", "over"... is how long something took, even next to a result verb.
  if (isTimeUnit && DURATION_PREPOSITIONS.has(prev1) && prev1 !== "by") return "duration";
  if (
    isTimeUnit &&
    clause &&
    clause.subjectFirst >= 0 &&
    clause.verb < m.first &&
    STATIVE_METRIC_VERBS.has(clause.verbLemma)
  ) {
    for (let i = clause.subjectFirst; i < clause.subjectLast; i++)
      if (STATISTIC_WORDS.has(tokens[i]!.lower)) return "baseline";
  }

  // 4. A change in a measure: "by 20%", "saved $40K", "3x faster", "a 20% reduction", "up 4 points".
  const nearChange = changeVerbBefore || changeNounAfter || comparativeAfter || (prev1 === "by" && clauseHasChangeVerb);
  const upDown = prev1 === "up" || prev1 === "down" || prev1 === "another";
  if (prev1 === "from") {
    // The pair pass below upgrades "from X to Y"; a lone "from X" is where things started.
    if (isMetricUnit || clauseHasChangeVerb || isTimeUnit) return "baseline";
  }
  if (targetBefore && !achieved && (nearChange || isMetricUnit || clauseHasChangeVerb)) return "target";
  if (hypothetical && (nearChange || isMetricUnit)) return "target";
  if (nearChange || upDown) {
    if (clause?.negated && !clause.subjectNegative && prev1 !== "by") return isMetricUnit ? "baseline" : "count";
    return "outcome";
  }
  if (achieved && (isMetricUnit || isTimeUnit)) return "outcome";

  // 5. Durations: time units outside a change ("in 6 weeks", "a two-month pilot").
  if (isTimeUnit) return "duration";

  // 6. A metric stated as a state, with no change: "conversion was 2%", "p99 sat at 900 ms".
  if (isMetricUnit) {
    if (clauseHasChangeVerb && clause && clause.verb >= 0 && clause.verb < m.first && clause.tense === "past")
      return "outcome";
    const verbLemma = clause?.verbLemma ?? "";
    if (
      STATIVE_METRIC_VERBS.has(verbLemma) ||
      prev1 === "at" ||
      prev1 === "of" ||
      prev1 === "only" ||
      prev1 === "just" ||
      prev1 === "about" ||
      prev1 === "around"
    )
      return "baseline";
    return m.unit === "$" ? "count" : "baseline";
  }
  return "count";
}

function firstWordOf(tokens: TextToken[], clause: Clause): string {
  for (let k = clause.first; k < clause.last; k++) {
    const t = tokens[k]!;
    if (t.kind === "word") return t.lower;
  }
  return "";
}

/** Does the previous clause end with a colon introducing this one, and hold a token that passes `test`? */
function introducedBy(
  tokens: TextToken[],
  clauses: ClauseIndex,
  clause: Clause,
  test: (t: TextToken) => boolean,
): boolean {
  const previous = clauses.clauses[clause.index - 1];
  if (!previous || previous.sentence !== clause.sentence) return false;
  let k = clause.first - 1;
  while (k >= previous.first && tokens[k]!.kind === "space") k--;
  if (tokens[k]?.lower !== ":" && tokens[clause.first]?.lower !== ":") return false;
  for (let i = previous.first; i < previous.last; i++) if (test(tokens[i]!)) return true;
  return false;
}

function prevWord(tokens: TextToken[], i: number, k: number): number {
  let j = i - 1;
  let n = 0;
  while (j >= 0) {
    if (tokens[j]!.kind !== "space") {
      n++;
      if (n === k) return j;
    }
    j--;
  }
  return -1;
}

/**
 * "from 12% to 4%": the first is the baseline, the second the outcome (or target if aimed at).
 * "ended at $12M, up from $7M": the number before "up from" is the outcome.
 */
function pairFromTo(doc: TextDoc, mentions: NumberMention[]): void {
  const { tokens } = doc;
  for (let k = 1; k < mentions.length; k++) {
    const b = mentions[k]!;
    const before = tokens[prevWord(tokens, b.first, 2)]?.lower;
    if (tokens[prevWord(tokens, b.first, 1)]?.lower !== "from" || (before !== "up" && before !== "down")) continue;
    const a = mentions[k - 1]!;
    if (b.first - a.last > 10 || tokens[a.first]!.sentence !== tokens[b.first]!.sentence) continue;
    if (a.role === "year" || a.role === "version" || a.role === "team-size" || a.role === "duration") continue;
    a.role = "outcome";
    b.role = "baseline";
  }
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!;
    if (a.role === "year" || a.role === "version" || a.role === "team-size") continue;
    const prev = tokens[prevWord(tokens, a.first, 1)]?.lower;
    if (prev !== "from") continue;
    for (let n = k + 1; n < mentions.length; n++) {
      const b = mentions[n]!;
      if (b.first - a.last > 8) break;
      if (
        tokens[prevWord(tokens, b.first, 1)]?.lower !== "to" &&
        tokens[prevWord(tokens, b.first, 1)]?.lower !== "down" &&
        tokens[prevWord(tokens, b.first, 1)]?.lower !== "under"
      )
        continue;
      if (b.role === "year" || b.role === "version") break;
      a.role = "baseline";
      if (b.role !== "target") b.role = "outcome";
      break;
    }
  }
}

/** "doubled conversion", "halved the backlog", "cut it in half", "twice as fast": quantified without digits. */
function addMultipliers(doc: TextDoc, clauses: ClauseIndex, mentions: NumberMention[]): void {
  const { tokens, text } = doc;
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.first; i < m.last; i++) taken.add(i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.lower !== "in" &&
      t.lower !== "by" &&
      t.lower !== "twice" &&
      t.lower !== "thrice" &&
      !(t.pos === "VERB" && MULTIPLIER_VERBS.has(t.lemma))
    )
      continue;
    if (taken.has(i)) continue;
    let last = -1;
    if (t.pos === "VERB" && MULTIPLIER_VERBS.has(t.lemma)) last = i + 1;
    else if (
      (t.lower === "twice" || t.lower === "thrice") &&
      (tokens[nextNonSpace(tokens, i + 1)]?.lower === "as" ||
        COMPARATIVES.has(tokens[nextNonSpace(tokens, i + 1)]?.lower ?? ""))
    )
      last = i + 1;
    else if (t.lower === "in" && tokens[nextNonSpace(tokens, i + 1)]?.lower === "half" && i > 0)
      last = nextNonSpace(tokens, i + 1) + 1;
    else if (t.lower === "by" && tokens[nextNonSpace(tokens, i + 1)]?.lower === "half")
      last = nextNonSpace(tokens, i + 1) + 1;
    if (last < 0) continue;
    const clause = clauses.clauses[clauses.clauseOfToken[i] ?? -1];
    if (!clause || clause.negated) continue;
    const hypothetical = clause.tense === "hypothetical" || clause.tense === "future";
    const start = t.start;
    const end = tokens[last - 1]!.end;
    mentions.push({
      start,
      end,
      quote: text.slice(start, end),
      role: hypothetical ? "target" : "outcome",
      unit: "x",
      first: i,
      last,
      clause: clause.index,
    });
  }
}
