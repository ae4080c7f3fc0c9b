/**
 * Retelling consistency: when an answer tells a banked story, do its numbers and names agree
 * with the story and with earlier tellings of it? An interviewer who hears "latency fell 40%"
 * in one round and "30%" in the next, or "my director, Priya" and later "my director, Sam",
 * stops trusting the whole story.
 *
 * Precision comes first: a wrong flag teaches the user to ignore the feature, a missed one only
 * costs a hint. So two numbers are compared only when they clearly state the same fact: the same
 * metric (from a fixed list of measurable things: latency, conversion, cost...), the same unit,
 * the same role in the sentence (the change "by 40%", the starting point "from 2.4 s", the end
 * point "to 780 ms"), no conflicting qualifier (p50 vs p99, mobile vs desktop) and no opposite
 * direction. Plain levels ("latency was 2.4 s") are not compared: a story often states the same
 * metric before and after. Values agree within 5%, within 10% with "about", "almost" and the like,
 * and within 12% when one is the other rounded (see `valuesAgree`). When one side states several
 * different values for the same fact, nothing is flagged. A name is flagged only when both sides bind a different person
 * to the same unique role ("my manager", "our VP") and neither name appears on the other side.
 */
import type { StoryContent } from "../stories/story-schema.js";

export interface Span {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  quote: string;
}

export type NumberRole = "change" | "baseline" | "outcome" | "level";

export interface NumberFact extends Span {
  /** The value in base units: seconds for time, units for money, a fraction-free number for %. */
  value: number;
  /** "percent", "points", "multiple", "time", "money:$", "count:seller", "none". */
  dimension: string;
  /** What it measures ("latency", "cost", "team size"); undefined when not clearly attached. */
  metric?: string;
  role: NumberRole;
  direction?: "up" | "down";
  /** "about", "almost", "under"...: the speaker rounded. */
  approximate: boolean;
  /** For money: "a year", "per month". */
  period?: string;
  /** p99, mobile, Europe...: by kind. */
  qualifiers: Record<string, string>;
  /** The clause the number sits in, for quoting. */
  clause: Span;
  /** Smallest step the quoted digits express (for rounding), in base units. */
  precision: number;
  /** The metric's own statement allows comparing plain levels (team size, savings). */
  levelComparable: boolean;
}

export type NameKind = "person" | "team" | "project" | "name";

export interface NameFact extends Span {
  kind: NameKind;
  /** For a person bound to a role: "manager", "director", "vp". */
  role?: string;
  /** The name alone (without the role words). */
  name: string;
}

export interface TextFacts {
  numbers: NumberFact[];
  names: NameFact[];
}

// ---------------------------------------------------------------------------------------------
// Numbers

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/**
 * A story told in an interview holds a few dozen numbers; past this many the text is not a story
 * (a pasted table, a log), and comparing every pair would only cost time.
 */
const MAX_NUMBERS = 300;
/** How far around a number its role words are looked for: a few words either side. */
const CONTEXT_CHARS = 80;

const DAY = 86_400;
/** Unit word → [dimension, factor to the base unit]. Months and years in average days. */
const UNITS: readonly [RegExp, string, number][] = [
  [/^(%|percent|per cent)$/, "percent", 1],
  [/^(percentage points?|pp|points?|pts)$/, "points", 1],
  [/^(x|×|times|fold)$/, "multiple", 1],
  [/^(ms|milliseconds?)$/, "time", 0.001],
  [/^(s|secs?|seconds?)$/, "time", 1],
  [/^(mins?|minutes?)$/, "time", 60],
  [/^(h|hrs?|hours?)$/, "time", 3_600],
  [/^days?$/, "time", DAY],
  [/^weeks?$/, "time", 7 * DAY],
  [/^months?$/, "time", 30.4375 * DAY],
  [/^quarters?$/, "time", 91.3125 * DAY],
  [/^years?$/, "time", 365.25 * DAY],
  [/^(dollars?|usd)$/, "money:$", 1],
  [/^euros?$/, "money:€", 1],
];

const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join("|");
/**
 * A number with its currency, scale and unit: "$600k", "2.4 s", "40%", "1.8 points", "10x",
 * "two weeks". Not part of a word or code ("p99", "Q3", "L6") thanks to the look-behind.
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,$€£])(?<sign>[+\u2212]|-(?=\d))?(?<cur>[$€£])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUMBER_WORD_PATTERN})(?=[\s-]))` +
    String.raw`(?:\s?(?<scale>k|K|thousand|m|M|mn|million|bn|billion)\b)?` +
    String.raw`(?:(?:\s|-)?(?<unit>%|×|x\b|(?:percent|per cent|percentage points?|pp|points?|pts|times|fold|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|quarters?|years?|dollars?|usd|euros?)\b))?`,
  "giu",
);

/** Words between a number and what it qualifies that mark the number as rounded. */
const APPROX_PHRASES = [
  "about",
  "around",
  "roughly",
  "approximately",
  "nearly",
  "almost",
  "over",
  "under",
  "some",
  "more than",
  "less than",
  "fewer than",
  "close to",
  "just over",
  "just under",
  "well over",
  "well under",
  "~",
  "only",
  "just",
  "another",
  "a further",
  "an extra",
];
const CHANGE_VERBS_DOWN =
  /^(cut|cuts|reduced?|reducing|lowered|lower|fell|falls?|falling|dropped|drops?|decreased?|declined?|shrank|shrunk|slashed|trimmed|shaved|down|saved?|saving|halved)$/;
const CHANGE_VERBS_UP =
  /^(rose|rises?|rising|increased?|increasing|grew|grows?|growing|boosted|raised|lifted|jumped|climbed|up|doubled|tripled|gained)$/;
const CHANGE_VERBS_NEUTRAL = /^(improved|improving|changed|moved|shifted|swung|went)$/;
const CHANGE_NOUNS_AFTER =
  /^(cut|reduction|drop|decrease|decline|fall|saving|savings|increase|rise|improvement|gain|lift|jump|boost|uplift|growth|less|fewer|lower|more|higher|faster|slower|cheaper)\b/;
const DOWN_AFTER = /^(cut|reduction|drop|decrease|decline|fall|saving|savings|less|fewer|lower|cheaper)\b/;
const UP_AFTER = /^(increase|rise|gain|lift|jump|boost|uplift|growth|more|higher)\b/;

/** Words that end a clause: a number is attached only to a metric in its own clause. */
const CLAUSE_BREAK =
  /[.!?](?=\s|$)|[;\n]|,(?!\d)|\s[—–-]\s|[—–]|\b(?:and|but|while|whilst|whereas|which|so|although|though|because|after|before|when|then|since|until|whereas)\b/giu;

interface MetricEntry {
  id: string;
  pattern: RegExp;
  /** Level statements of this metric are stable facts worth comparing. */
  levelComparable?: boolean;
  /** The metric is itself a change ("savings"), so a level and a change say the same thing. */
  delta?: boolean;
}

/** Measurable things interview stories quote. Each id is the key two numbers must share. */
const METRICS: readonly MetricEntry[] = [
  { id: "latency", pattern: /\b(latency|latencies|response times?|p\d{2,3}|tail latency)\b/i },
  { id: "load time", pattern: /\b(load times?|page loads?|page speed)\b/i },
  { id: "conversion", pattern: /\bconversion(?: rates?)?\b/i },
  { id: "churn", pattern: /\bchurn(?: rates?)?\b/i },
  { id: "retention", pattern: /\bretention\b/i },
  { id: "activation", pattern: /\bactivation(?: rates?)?\b/i },
  { id: "adoption", pattern: /\badoption\b/i },
  { id: "revenue", pattern: /\b(revenue|revenues|sales|gmv|bookings)\b/i },
  { id: "cost", pattern: /\b(costs?|spend|spending|bill|expenses?)\b/ },
  { id: "savings", pattern: /\b(saving|savings|saved|save)\b/i, levelComparable: true, delta: true },
  { id: "error rate", pattern: /\b(error rates?|errors|failure rates?|failures)\b/i },
  { id: "defects", pattern: /\b(defects?|bugs)\b/i },
  { id: "crash-free rate", pattern: /\bcrash[- ]free(?: rate)?\b/i },
  { id: "crashes", pattern: /\b(crashes|crash rates?|crash reports)\b/i },
  { id: "availability", pattern: /\b(availability|uptime)\b/i },
  { id: "downtime", pattern: /\b(downtime|outages?)\b/i },
  { id: "tickets", pattern: /\b(tickets|support contacts|contact rate)\b/i },
  { id: "complaints", pattern: /\bcomplaints\b/i },
  { id: "nps", pattern: /\b(nps|net promoter score)\b/i },
  { id: "csat", pattern: /\b(csat|customer satisfaction)\b/i },
  { id: "engagement", pattern: /\bengagement\b/i },
  { id: "throughput", pattern: /\b(throughput|qps|requests per second|tps)\b/i },
  { id: "abandonment", pattern: /\b(abandonment|drop[- ]?off|bounce rate)\b/i },
  { id: "sign-ups", pattern: /\b(sign[- ]?ups|registrations)\b/i },
  { id: "refunds", pattern: /\brefunds\b/i },
  { id: "fraud", pattern: /\bfraud(?: rates?| losses)?\b/i },
  { id: "accuracy", pattern: /\baccuracy\b/i },
  { id: "build time", pattern: /\bbuild times?\b/i },
  { id: "deploy time", pattern: /\b(deploy(?:ment)? times?)\b/i },
  { id: "lead time", pattern: /\blead times?\b/i },
  { id: "cycle time", pattern: /\bcycle times?\b/i },
  { id: "time to market", pattern: /\btime[- ]to[- ]market\b/i },
  { id: "onboarding time", pattern: /\bonboarding times?\b/i },
  { id: "incidents", pattern: /\b(incidents|pages|alerts)\b/i },
  { id: "headcount", pattern: /\bheadcount\b/i, levelComparable: true },
  { id: "margin", pattern: /\bmargins?\b/i },
  { id: "click-through rate", pattern: /\b(click[- ]through(?: rates?)?|ctr)\b/i },
  { id: "on-time delivery", pattern: /\bon[- ]time deliver(?:y|ies)\b/i },
];

/** Qualifiers that split one metric into several: a p50 is not a p99. */
const QUALIFIERS: readonly [string, RegExp][] = [
  ["percentile", /\b(p\d{2,3}|median|mean|average)\b/i],
  ["platform", /\b(mobile|desktop|ios|android)\b/i],
  ["region", /\b(europe|eu|us|uk|asia|india|japan|emea|apac|latam|north america)\b/i],
];

const PEOPLE_NOUNS =
  /^(engineers?|people|developers?|devs|designers?|pms|scientists?|analysts?|members?|reports|contractors?|testers?|folks|staff)$/;
const PERIOD_AFTER = /^\s*(?:a|an|per|each|every|\/)\s*(year|yr|annum|month|mo|week|day|quarter)\b/i;
const PERIOD_WORDS: readonly [RegExp, string][] = [
  [/\b(annual|annually|yearly|per year|a year)\b/i, "year"],
  [/\b(monthly|per month|a month)\b/i, "month"],
  [/\b(weekly|per week|a week)\b/i, "week"],
  [/\b(daily|per day|a day)\b/i, "day"],
  [/\b(quarterly|per quarter|a quarter)\b/i, "quarter"],
];
const PERIOD_NORMAL: Readonly<Record<string, string>> = { yr: "year", annum: "year", mo: "month" };

const COUNT_STOP = new Set([
  "times",
  "percent",
  "points",
  "years",
  "months",
  "weeks",
  "days",
  "hours",
  "minutes",
  "seconds",
  "others",
  "things",
  "ways",
  "steps",
  "levels",
  "rounds",
  "options",
]);

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, quote: text.slice(start, end) };
}

/** Clause spans covering the text, trimmed of surrounding white space. */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push(spanOf(text, s, e));
  };
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return out;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|~/gu) ?? [];
}

function stripApprox(words: string[]): { words: string[]; approximate: boolean } {
  let rest = words;
  let approximate = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const phrase of APPROX_PHRASES) {
      const parts = phrase.split(" ");
      if (rest.length >= parts.length && parts.every((p, i) => rest[rest.length - parts.length + i] === p)) {
        rest = rest.slice(0, rest.length - parts.length);
        approximate = true;
        changed = true;
      }
    }
  }
  return { words: rest, approximate };
}

function precisionOf(digits: string): number {
  const plain = digits.replace(/,/g, "");
  const dot = plain.indexOf(".");
  if (dot >= 0) return 10 ** -(plain.length - dot - 1);
  const zeros = /0+$/.exec(plain)?.[0].length ?? 0;
  return zeros >= plain.length ? 1 : 10 ** zeros;
}

interface Located {
  metric?: MetricEntry;
  qualifiers: Record<string, string>;
}

/** The metric the clause talks about, when it names exactly one. */
function metricOf(clauseText: string): Located {
  const found = new Set<MetricEntry>();
  for (const entry of METRICS) if (entry.pattern.test(clauseText)) found.add(entry);
  // "p99" alone names latency; with "latency" in the clause it is only a qualifier.
  const qualifiers: Record<string, string> = {};
  for (const [kind, pattern] of QUALIFIERS) {
    const m = pattern.exec(clauseText);
    if (m) qualifiers[kind] = m[1]!.toLowerCase();
  }
  if (found.size === 0) {
    // Not a listed metric: the noun a change verb reports on still names it ("declines fell
    // from 8% to 3%", "our backlog dropped to 40"), so two tellings of it can be compared.
    const subject = CHANGE_SUBJECT.exec(clauseText)?.[1]?.toLowerCase();
    if (subject && !SUBJECT_STOP.has(subject)) {
      const stem = subject.replace(/(ies)$/, "y").replace(/s$/, "");
      return { metric: { id: subject, pattern: new RegExp(`\\b${stem}`, "i") }, qualifiers };
    }
  }
  return { ...(found.size === 1 ? { metric: [...found][0]! } : {}), qualifiers };
}

const CHANGE_SUBJECT =
  /\b([a-z][a-z-]{2,})\s+(?:fell|dropped|rose|grew|went|increased|decreased|climbed|declined|improved|shrank|jumped|doubled|halved|came down|went down|went up)\b/i;
/** Words that sit before a change verb without naming what changed. */
const SUBJECT_STOP = new Set([
  "it",
  "this",
  "that",
  "they",
  "which",
  "numbers",
  "number",
  "figure",
  "figures",
  "metric",
  "rate",
  "then",
  "also",
  "finally",
  "eventually",
  "quickly",
  "steadily",
  "sharply",
  "slowly",
]);

function unitOf(word: string | undefined): { dimension: string; factor: number } | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  for (const [pattern, dimension, factor] of UNITS) if (pattern.test(lower)) return { dimension, factor };
  return undefined;
}

function singular(noun: string): string {
  if (/ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/ss$/.test(noun)) return noun;
  return noun.replace(/s$/, "");
}

interface RawNumber {
  start: number;
  end: number;
  value: number;
  precision: number;
  dimension: string;
  factor: number;
  sign?: "+" | "-";
  countNoun?: string;
  period?: string;
  isWord: boolean;
}

function readNumbers(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const g = match.groups ?? {};
    const digits = g.num ?? "";
    const isWord = !/^\d/.test(digits);
    let base = isWord ? (NUMBER_WORDS[digits.toLowerCase()] ?? Number.NaN) : Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(base)) continue;
    // Small counts are exact ("a team of ten" is not "about ten"); "twenty" and up may be rounded.
    let precision =
      base <= 12 && Number.isInteger(base) ? 1 : isWord ? (base % 10 === 0 ? 10 : 1) : precisionOf(digits);
    const scale = g.scale ? SCALES[g.scale.toLowerCase()] : undefined;
    // "m" without a currency is as likely minutes or metres as millions: leave it unread.
    if (g.scale && /^m$/i.test(g.scale) && !g.cur) continue;
    if (scale) {
      base *= scale;
      precision *= scale;
    }
    const unitWord = g.unit;
    const unit = unitOf(unitWord);
    let dimension = g.cur ? `money:${g.cur}` : (unit?.dimension ?? "none");
    const factor = g.cur ? 1 : (unit?.factor ?? 1);
    if (!g.cur && unit?.dimension.startsWith("money")) dimension = unit.dimension;
    let end = match.index + match[0].length;
    // A year ("2023", "the 1990s") is a date, not a measurement.
    if (!isWord && !g.cur && !scale && /^(19|20)\d\d$/.test(digits) && (!unitWord || /^s$/i.test(unitWord))) continue;
    // Trailing spaces can be swallowed by the optional groups; keep the quote tight.
    while (end > match.index && /\s/.test(text[end - 1]!)) end--;
    const after = text.slice(end, end + 40);
    let countNoun: string | undefined;
    if (dimension === "none") {
      const next = /^\s+([a-z]{3,})\b/.exec(after)?.[1];
      if (next?.endsWith("s") && !COUNT_STOP.has(next)) {
        countNoun = singular(next);
        dimension = `count:${countNoun}`;
      }
    }
    // Number words are only read with a unit or a counted noun ("two weeks", "five engineers").
    if (isWord && dimension === "none") continue;
    const periodMatch = PERIOD_AFTER.exec(text.slice(end, end + 20));
    const period = periodMatch
      ? (PERIOD_NORMAL[periodMatch[1]!.toLowerCase()] ?? periodMatch[1]!.toLowerCase())
      : undefined;
    const sign = g.sign === "+" ? "+" : g.sign ? "-" : undefined;
    out.push({
      start: match.index,
      end,
      value: base * factor,
      precision: precision * factor,
      dimension,
      factor,
      ...(sign ? { sign } : {}),
      ...(countNoun ? { countNoun } : {}),
      ...(period ? { period } : {}),
      isWord,
    });
  }
  return out;
}

const PAST_VERB = /^[a-z]{3,}ed$|^(met|ran|led|hired|spoke|took|made|won|shipped|sent|built|wrote)$/;
const TEAM_VERB = /^(led|lead|leading|managed|manage|managing|ran|run|running|grew|built|hired)$/;

/**
 * Every number in the text with the metric, role and direction it carries. `hint` names the
 * metric when the text is a value on its own (a story's metric "2.4 s to 780 ms" labelled
 * "p99 latency").
 */
export function extractNumbers(text: string, hint?: string): NumberFact[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const raws = readNumbers(text).slice(0, MAX_NUMBERS);
  const spans = clauses(text);
  const facts: NumberFact[] = [];
  // Per clause, computed once: a long clause full of numbers must not be re-read per number.
  const perClause = new Map<number, { located: Located; words: string[] }>();
  let spanIndex = 0;
  for (const raw of raws) {
    while (spanIndex < spans.length && spans[spanIndex]!.end <= raw.start) spanIndex++;
    const found = spans[spanIndex];
    const clause = found && found.start <= raw.start ? found : spanOf(text, raw.start, raw.end);
    let cached = perClause.get(clause.start);
    if (!cached) {
      const located = metricOf(hint ? `${hint} ${clause.quote}` : clause.quote);
      if (hint) Object.assign(located.qualifiers, metricOf(hint).qualifiers);
      cached = { located, words: wordsOf(clause.quote) };
      perClause.set(clause.start, cached);
    }
    const { located } = cached;
    const before = wordsOf(text.slice(Math.max(clause.start, raw.start - CONTEXT_CHARS), raw.start));
    const { words: beforeWords, approximate } = stripApprox(before);
    const prev = beforeWords.at(-1);
    const prev2 = beforeWords.at(-2);
    const afterText = text
      .slice(raw.end, Math.min(clause.end, raw.end + CONTEXT_CHARS))
      .trimStart()
      .toLowerCase();

    let role: NumberRole = "level";
    if (prev === "from") role = "baseline";
    // "to 780 ms" is where it ended; "compared to 30%" is only a reference point.
    else if (prev === "to" && !(prev2 && /^(compared|relative|next|due|according)$/.test(prev2))) role = "outcome";
    else if (prev === "by" || (prev === "of" && prev2 && CHANGE_NOUNS_AFTER.test(prev2))) role = "change";
    else if (prev && (CHANGE_VERBS_DOWN.test(prev) || CHANGE_VERBS_UP.test(prev) || CHANGE_VERBS_NEUTRAL.test(prev)))
      role = prev === "went" ? "level" : "change";
    else if (CHANGE_NOUNS_AFTER.test(afterText)) role = "change";
    else if (raw.sign) role = "change";
    else if (/^to\s+[$€£+]?\d/.test(afterText)) role = "baseline";
    else if (
      prev &&
      prev2 &&
      located.metric?.pattern.test(prev) &&
      (CHANGE_VERBS_DOWN.test(prev2) || CHANGE_VERBS_UP.test(prev2) || CHANGE_VERBS_NEUTRAL.test(prev2))
    )
      role = "change";

    let direction: "up" | "down" | undefined;
    if (role !== "level") {
      const clauseWords = cached.words;
      const down = clauseWords.some((w) => CHANGE_VERBS_DOWN.test(w)) || DOWN_AFTER.test(afterText) || raw.sign === "-";
      const up = clauseWords.some((w) => CHANGE_VERBS_UP.test(w)) || UP_AFTER.test(afterText) || raw.sign === "+";
      if (down !== up) direction = down ? "down" : "up";
    }

    let metric: string | undefined = located.metric?.id;
    let levelComparable = located.metric?.levelComparable ?? false;
    if (raw.countNoun && PEOPLE_NOUNS.test(`${raw.countNoun}s`) && prev && TEAM_VERB.test(prev)) {
      metric = "team size";
      levelComparable = true;
    } else if (
      (prev === "of" && prev2 === "team") ||
      (raw.countNoun &&
        PEOPLE_NOUNS.test(`${raw.countNoun}s`) &&
        /\bteam of\s*$/i.test(text.slice(Math.max(0, raw.start - CONTEXT_CHARS), raw.start)))
    ) {
      metric = "team size";
      levelComparable = true;
    } else if (raw.countNoun && prev && PAST_VERB.test(prev) && role === "level") {
      // "interviewed 20 sellers": the verb and the counted noun name the fact.
      metric = `${prev.replace(/e?d$/, "")} ${raw.countNoun}`;
      levelComparable = true;
    }
    if (located.metric?.delta && role === "level") role = "change";

    let period = raw.period;
    if (!period && raw.dimension.startsWith("money")) {
      for (const [pattern, name] of PERIOD_WORDS)
        if (pattern.test(hint ? `${hint} ${clause.quote}` : clause.quote)) {
          period = name;
          break;
        }
    }

    facts.push({
      ...spanOf(text, raw.start, raw.end),
      value: raw.value,
      dimension: raw.dimension,
      ...(metric ? { metric } : {}),
      role,
      ...(direction ? { direction } : {}),
      approximate,
      ...(period ? { period } : {}),
      qualifiers: located.qualifiers,
      clause,
      precision: raw.precision,
      levelComparable,
    });
  }
  inheritUnits(facts, raws);
  directMoves(facts);
  return facts;
}

/** "from 900 ms to 2.4 s" went up whatever the verb; the pair's values settle the direction. */
function directMoves(facts: NumberFact[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i]!;
    const b = facts[i + 1]!;
    if (a.clause.start !== b.clause.start || a.role !== "baseline" || b.role !== "outcome") continue;
    if (a.dimension !== b.dimension || a.value === b.value) continue;
    const direction = b.value > a.value ? "up" : "down";
    a.direction = direction;
    b.direction = direction;
  }
}

/** "from 40 to 12 minutes": the bare 40 takes the unit of its partner in the same clause. */
function inheritUnits(facts: NumberFact[], raws: readonly RawNumber[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i]!;
    const b = facts[i + 1]!;
    if (a.clause.start !== b.clause.start || a.role !== "baseline" || b.role !== "outcome") continue;
    const fromIndex = a.dimension === "none" ? i + 1 : i;
    const from = facts[fromIndex]!;
    const to = fromIndex === i ? b : a;
    const factor = raws[fromIndex]?.factor;
    if (to.dimension !== "none" || from.dimension === "none" || factor === undefined) continue;
    to.dimension = from.dimension;
    to.value *= factor;
    to.precision *= factor;
    if (from.period) to.period = from.period;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

/** Capitalised words that start sentences or name things that are not people. */
const NOT_NAMES = new Set(
  (
    "I We You He She They It The A An My Our Your His Her Their Its This That These Those Then When After Before So But " +
    "And Or If As At In On By For From To With Without Once While Because Since Although Though Finally First Second " +
    "Third Next Later Eventually Initially Today Yesterday Tomorrow Also However Instead Unfortunately Luckily Ultimately " +
    "Over Within During Each Every Both All Some Most Many Everyone Nobody No Yes Not Only Even Still Here There What Why " +
    "How Who Where Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June " +
    "July August September October November December Q1 Q2 Q3 Q4 OK Okay Result Situation Task Action Overall Looking " +
    "Given Based Working Together Meanwhile Afterwards Until Whether One Two Three Four Five Six Seven Eight Nine Ten"
  ).split(" "),
);

/** Roles one person holds at a time, from the teller's point of view. */
const ROLE_PATTERN = String.raw`(?:[Mm]y|[Oo]ur)\s+(?:(?:former|then|new|old|direct)\s+)?(?<role>skip[- ]level(?:\s+manager)?|engineering manager|product manager|general manager|hiring manager|tech(?:nical)? lead|team lead|vice president|head of [a-z]+|manager|director|vp|svp|cto|ceo|cfo|coo|cpo|gm|mentor|boss|lead)`;
const NAME_PATTERN = "(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})";
const ROLE_THEN_NAME = new RegExp(String.raw`\b${ROLE_PATTERN},?\s+${NAME_PATTERN}\b(?![ -]?[A-Z])`, "g");
const NAME_THEN_ROLE = new RegExp(String.raw`\b${NAME_PATTERN},?\s+\(?${ROLE_PATTERN}\b`, "g");
const MULTI_WORD_NAME = /\b[A-Z][\p{L}'’]+(?:[ -](?:of |de |van |von )?[A-Z][\p{L}'’]+)+\b/gu;
const TEAM_NAME = /\b(?:the\s+)?(?<name>[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)\s+team\b/gu;
const PROJECT_NAME = /\b(?:[Pp]roject|[Cc]odename|[Cc]ode-named)\s+(?<name>[A-Z][\p{L}]+)\b/gu;

function normaliseRole(role: string): string {
  const r = role.toLowerCase().replace(/\s+/g, " ");
  if (r.startsWith("skip")) return "skip-level manager";
  if (r === "vice president") return "vp";
  if (r === "boss") return "manager";
  if (r === "technical lead") return "tech lead";
  return r;
}

/** Drops leading words that only start a sentence ("Then Priya Raman" → "Priya Raman"). */
function cleanName(name: string, start: number): { name: string; start: number } | undefined {
  const parts = name.split(/([ -])/);
  let offset = start;
  while (parts.length > 0 && NOT_NAMES.has(parts[0]!)) {
    offset += parts[0]!.length + (parts[1]?.length ?? 0);
    parts.splice(0, 2);
  }
  const cleaned = parts.join("");
  return cleaned ? { name: cleaned, start: offset } : undefined;
}

/** Names in the text: people bound to a role, teams, projects, and other capitalised multi-word names. */
export function extractNames(text: string): NameFact[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const out: NameFact[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const add = (fact: NameFact) => {
    if (overlaps(fact.start, fact.end)) return;
    taken.push([fact.start, fact.end]);
    out.push(fact);
  };
  for (const pattern of [ROLE_THEN_NAME, NAME_THEN_ROLE]) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups!;
      const nameAt = pattern === ROLE_THEN_NAME ? m.index + m[0].lastIndexOf(g.name!) : m.index;
      const cleaned = cleanName(g.name!, nameAt);
      if (!cleaned) continue;
      // "Then Priya, my director": the quote starts at the name, not at the sentence's first word.
      const start = pattern === ROLE_THEN_NAME ? m.index : cleaned.start;
      add({
        ...spanOf(text, start, m.index + m[0].length),
        kind: "person",
        role: normaliseRole(g.role!),
        name: cleaned.name,
      });
    }
  }
  for (const m of text.matchAll(PROJECT_NAME)) {
    const name = m.groups!.name!;
    if (!NOT_NAMES.has(name)) add({ ...spanOf(text, m.index, m.index + m[0].length), kind: "project", name });
  }
  for (const m of text.matchAll(TEAM_NAME)) {
    const cleaned = cleanName(m.groups!.name!, m.index);
    if (cleaned) add({ ...spanOf(text, m.index, m.index + m[0].length), kind: "team", name: cleaned.name });
  }
  for (const m of text.matchAll(MULTI_WORD_NAME)) {
    const cleaned = cleanName(m[0], m.index);
    if (!cleaned || !/[ -]/.test(cleaned.name)) continue;
    add({ ...spanOf(text, cleaned.start, cleaned.start + cleaned.name.length), kind: "name", name: cleaned.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function extractFacts(text: string, hint?: string): TextFacts {
  return { numbers: extractNumbers(text, hint), names: extractNames(text) };
}

// ---------------------------------------------------------------------------------------------
// Comparison

export type StoryField =
  | "situation"
  | "task"
  | "action"
  | "result"
  | "dissent"
  | "lessons"
  | "deepDiveNotes"
  | "judgementCalls"
  | "metrics";

export type RetellingSource =
  | { kind: "story"; field: StoryField /** For list fields: which item. */; index?: number }
  | { kind: "telling"; attemptId: string; at?: string };

export interface EarlierTelling {
  attemptId: string;
  text: string;
  /** When it was told (ISO), for the message. */
  at?: string;
}

export interface RetellingQuote extends Span {
  /** The number or name itself, inside the quote. */
  value: Span;
}

export interface RetellingFlag {
  kind: "number" | "name";
  /** The metric ("latency") or the role ("director") both sides talk about. */
  subject: string;
  /** In the attempt's text. */
  here: RetellingQuote;
  /** In the source's text (a story field, a metric's value, or an earlier telling). */
  there: RetellingQuote & { source: RetellingSource };
  message: string;
}

interface SourceText {
  source: RetellingSource;
  text: string;
  /** For a story metric: its label names the metric. */
  hint?: string;
}

function storyTexts(story: StoryContent): SourceText[] {
  const out: SourceText[] = [];
  for (const field of ["situation", "task", "action", "result", "dissent", "lessons", "deepDiveNotes"] as const) {
    const value = story[field];
    if (typeof value === "string" && value) out.push({ source: { kind: "story", field }, text: value });
  }
  (story.judgementCalls ?? []).forEach((text, index) => {
    out.push({ source: { kind: "story", field: "judgementCalls", index }, text });
  });
  (story.metrics ?? []).forEach((m, index) => {
    out.push({ source: { kind: "story", field: "metrics", index }, text: m.value, hint: m.label });
  });
  return out;
}

function comparable(a: NumberFact, b: NumberFact): boolean {
  if (!a.metric || a.metric !== b.metric || a.dimension !== b.dimension || a.period !== b.period) return false;
  const levelOk = a.levelComparable && b.levelComparable;
  if (a.role !== b.role || (a.role === "level" && !levelOk)) return false;
  for (const kind of new Set([...Object.keys(a.qualifiers), ...Object.keys(b.qualifiers)])) {
    const x = a.qualifiers[kind];
    const y = b.qualifiers[kind];
    if (x && y && x !== y) return false;
  }
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  return true;
}

function roundTo(value: number, step: number): number {
  return step > 0 ? Math.round(value / step) * step : value;
}

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/**
 * Same value, allowing for how people retell numbers: within 5% always (52% and "half" told as
 * 50%), within 10% when either side says "about", and within 12% when one value is the other
 * rounded to its own precision (1.8 points told as 2). 25% against 30% stays a contradiction.
 */
export function valuesAgree(a: NumberFact, b: NumberFact): boolean {
  if (close(a.value, b.value)) return true;
  const diff = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  if (diff <= 0.05) return true;
  if ((a.approximate || b.approximate) && diff <= 0.1 + 1e-9) return true;
  const rounded = close(roundTo(a.value, b.precision), b.value) || close(roundTo(b.value, a.precision), a.value);
  return rounded && diff <= 0.12;
}

function sourceName(source: RetellingSource): string {
  if (source.kind === "telling")
    return source.at ? `in your telling of ${source.at.slice(0, 10)}` : "in an earlier telling";
  const field: Record<StoryField, string> = {
    situation: "situation",
    task: "task",
    action: "action",
    result: "result",
    dissent: "dissent notes",
    lessons: "lessons",
    deepDiveNotes: "deep-dive notes",
    judgementCalls: "judgement calls",
    metrics: "metrics",
  };
  return `in the story's ${field[source.field]}`;
}

function quoteOf(fact: Span & { clause?: Span }): RetellingQuote {
  const outer = fact.clause ?? fact;
  return {
    start: outer.start,
    end: outer.end,
    quote: outer.quote,
    value: { start: fact.start, end: fact.end, quote: fact.quote },
  };
}

function numberFlags(
  here: readonly NumberFact[],
  there: readonly { fact: NumberFact; src: SourceText }[],
): RetellingFlag[] {
  const flags: RetellingFlag[] = [];
  const seen = new Set<string>();
  for (const mine of here) {
    if (!mine.metric) continue;
    // The attempt itself must be consistent about this fact before it can contradict anything.
    const ownPeers = here.filter((other) => other !== mine && comparable(mine, other));
    if (ownPeers.some((other) => !valuesAgree(mine, other))) continue;
    const facts = there.filter((t) => comparable(mine, t.fact));
    if (facts.length === 0) continue;
    if (facts.some((t) => valuesAgree(mine, t.fact))) continue;
    // The other side gives several different values for it: too ambiguous to call.
    if (facts.some((t) => !valuesAgree(facts[0]!.fact, t.fact))) continue;
    const { fact: theirs, src } = facts[0]!;
    const key = `${mine.metric}|${mine.role}|${mine.value}|${JSON.stringify(src.source)}|${theirs.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push({
      kind: "number",
      subject: mine.metric,
      here: quoteOf(mine),
      there: { ...quoteOf(theirs), source: src.source },
      message: `${capitalise(mine.metric)}: ${mine.quote} here, ${theirs.quote} ${sourceName(src.source)}.`,
    });
  }
  return flags;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function firstName(name: string): string {
  return name.split(/[ -]/)[0]!.toLowerCase();
}

function samePerson(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/[ -]/);
  const y = b.toLowerCase().split(/[ -]/);
  return x[0] === y[0] || x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

function mentions(text: string, name: string): boolean {
  const first = firstName(name);
  return new RegExp(String.raw`\b${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "i").test(text);
}

function nameFlags(
  hereText: string,
  here: readonly NameFact[],
  there: readonly { fact: NameFact; src: SourceText }[],
  thereText: string,
): RetellingFlag[] {
  const flags: RetellingFlag[] = [];
  const roles = new Set(here.filter((n) => n.kind === "person" && n.role).map((n) => n.role!));
  for (const role of roles) {
    const mine = here.filter((n) => n.role === role);
    const theirs = there.filter((t) => t.fact.role === role);
    if (mine.length === 0 || theirs.length === 0) continue;
    // Each side must name one person for the role, or it may be two managers over time.
    if (mine.some((n) => !samePerson(n.name, mine[0]!.name))) continue;
    if (theirs.some((t) => !samePerson(t.fact.name, theirs[0]!.fact.name))) continue;
    const a = mine[0]!;
    const b = theirs[0]!;
    if (samePerson(a.name, b.fact.name)) continue;
    // Either person showing up on the other side means they may both be in the story.
    if (mentions(thereText, a.name) || mentions(hereText, b.fact.name)) continue;
    const nameSpan = (fact: NameFact): Span => {
      const at = fact.quote.indexOf(fact.name);
      return spanOf(fact.quote, at, at + fact.name.length);
    };
    const shift = (fact: NameFact, span: Span): Span => ({
      ...span,
      start: fact.start + span.start,
      end: fact.start + span.end,
    });
    flags.push({
      kind: "name",
      subject: role,
      here: { start: a.start, end: a.end, quote: a.quote, value: shift(a, nameSpan(a)) },
      there: {
        start: b.fact.start,
        end: b.fact.end,
        quote: b.fact.quote,
        value: shift(b.fact, nameSpan(b.fact)),
        source: b.src.source,
      },
      message: `Your ${role}: ${a.name} here, ${b.fact.name} ${sourceName(b.src.source)}.`,
    });
  }
  return flags;
}

/**
 * Contradictions between an answer (`text`, usually the attempt's opening answer or its whole
 * thread) and the story it tells, then each earlier telling. Story flags come first.
 */
export function checkRetelling(
  text: string,
  story: StoryContent,
  earlier: readonly EarlierTelling[] = [],
): RetellingFlag[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const hereNumbers = extractNumbers(text);
  const hereNames = extractNames(text);
  const groups: SourceText[][] = [
    storyTexts(story),
    ...earlier
      .filter((t) => typeof t.text === "string" && t.text.length > 0)
      .map((t) => [
        {
          source: { kind: "telling", attemptId: t.attemptId, ...(t.at ? { at: t.at } : {}) } as RetellingSource,
          text: t.text,
        },
      ]),
  ];
  const flags: RetellingFlag[] = [];
  for (const group of groups) {
    const numbers = group.flatMap((src) => extractNumbers(src.text, src.hint).map((fact) => ({ fact, src })));
    const names = group.flatMap((src) => (src.hint ? [] : extractNames(src.text).map((fact) => ({ fact, src }))));
    const groupText = group.map((src) => src.text).join("\n");
    flags.push(...numberFlags(hereNumbers, numbers), ...nameFlags(text, hereNames, names, groupText));
  }
  return flags;
}
