/**
 * Level calibration (L5 / L6 / L7) read from the candidate's own words, on the four dimensions
 * the pack's debrief calibrates: scope, ambiguity handled, influence without authority and size
 * of impact. Each dimension reaches the highest level it has a phrase or a number for, and each
 * level reading quotes the sentence that earned it.
 *
 * The supported level is the highest level that scope reaches and at least two of the other
 * three dimensions reach too. Scope anchors it because a debrief levels on what the candidate
 * owned; one big number in a team-sized story does not make an L7. L5 is the floor: a
 * candidate with no level signals at all is read as L5, with a note saying so.
 *
 * Only behavioural answers (and their follow-ups) are read: a design exercise that says "300
 * million customers" describes the question, not the candidate's past.
 */
import { LEVELS, type Level, type ProcessContent } from "../content/pack-schema.js";
import { type Quote, type QuoteSource, quoteAround } from "./quotes.js";

export const CALIBRATION_DIMENSIONS = ["scope", "ambiguity", "influence", "impact"] as const;
export type CalibrationDimension = (typeof CALIBRATION_DIMENSIONS)[number];

export interface LevelSource extends QuoteSource {
  text: string;
}

export interface LevelEvidence {
  level: Level;
  /** What was recognised, in plain words ("several teams", "money: $4 million"). */
  signal: string;
  quote: Quote;
}

export interface DimensionReading {
  dimension: CalibrationDimension;
  name: string;
  /** Highest level with evidence, or null when nothing was found. */
  level: Level | null;
  /** The best evidence for each level found, highest first. */
  evidence: LevelEvidence[];
}

export interface LevelCalibration {
  target: Level;
  supported: Level;
  verdict: "below" | "at" | "above";
  dimensions: DimensionReading[];
  /** What evidence would have supported the next level up (or the target, when below it). */
  toRaise: string[];
  summary: string;
}

type LevelCalibrationRows = ProcessContent["debrief"]["levelCalibration"];

const DIMENSION_NAMES: Record<CalibrationDimension, string> = {
  scope: "Scope",
  ambiguity: "Ambiguity handled",
  influence: "Influence without authority",
  impact: "Size of impact",
};

interface Pattern {
  level: Level;
  signal: string;
  re: RegExp;
}

const p = (level: Level, signal: string, source: string): Pattern => ({ level, signal, re: new RegExp(source, "gi") });
// Three or more: two teams is still "a few closely linked teams" (L5).
const COUNT_WORDS =
  "(?:[3-9]|\\d{2,}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens? of|a dozen)";

const SCOPE: Pattern[] = [
  p(
    "L7",
    "several organisations",
    `\\b(?:multiple|several|many|two|three|four|five|\\d+) (?:orgs|organi[sz]ations|business units|divisions|businesses)\\b`,
  ),
  p(
    "L7",
    "company-wide",
    "\\b(?:company[- ]?wide|across the (?:whole |entire )?company|(?:the )?(?:whole|entire) company|across amazon|multi-org|cross-org(?:ani[sz]ation(?:al)?)?|across orgs|across organi[sz]ations)\\b",
  ),
  p("L7", "a whole business line", "\\b(?:business line|line of business|(?:whole|entire) business)\\b"),
  p(
    "L6",
    "across the organisation",
    "\\b(?:across (?:the|our|my) (?:org|organi[sz]ation|department)|org[- ]wide|organi[sz]ation[- ]wide|department[- ]wide|(?:the )?whole (?:org|organi[sz]ation)|(?:my|our) (?:org|organi[sz]ation))\\b",
  ),
  p(
    "L6",
    "several teams",
    `\\b(?:several|multiple|many|${COUNT_WORDS}) (?:engineering |product |partner |other |different )?teams\\b|\\bacross teams\\b|\\bcross-team\\b`,
  ),
  p(
    "L5",
    "one team",
    "\\b(?:my|our|the) (?:own )?(?:team|feature|service|squad|product area)\\b|\\bone team\\b|\\ba partner team\\b",
  ),
];

const AMBIGUITY: Pattern[] = [
  p(
    "L7",
    "a blank page",
    "\\b(?:blank (?:page|sheet)|from a blank|no one had (?:defined|framed|identified|asked)|nobody had (?:defined|framed|identified|asked))\\b",
  ),
  p(
    "L7",
    "framed the opportunity for leadership",
    "\\b(?:framed|pitched|presented) (?:it|the (?:problem|opportunity|threat|bet)) (?:to|for) (?:leadership|the s-team|executives|vps|the board)\\b",
  ),
  p(
    "L7",
    "created the programme",
    "\\b(?:created|founded|set up|stood up|started) (?:a|the) new (?:org|organi[sz]ation|program|programme|business|team)\\b|\\b(?:spotted|found|identified) (?:the|an|a new) (?:opportunity|threat)\\b",
  ),
  p("L7", "a multi-year bet", "\\b(?:multi-year|(?:three|five|3|5)-year) (?:strategy|vision|bet|roadmap|plan)\\b"),
  p(
    "L6",
    "an ambiguous problem",
    "\\b(?:ambiguous|ambiguity|undefined|open-ended|no playbook|no precedent|no clear (?:owner|goal|requirements|direction|problem|answer))\\b",
  ),
  p(
    "L6",
    "chose which problem to solve",
    "\\b(?:decided|chose|choose|figure[d]? out) which problem\\b|\\bdefined the problem\\b|\\b(?:wrote|set|defined|owned) the (?:strategy|vision|direction|roadmap)\\b",
  ),
  p(
    "L5",
    "an unclear path",
    "\\b(?:unclear|uncertain(?:ty)?|incomplete data|missing data|limited data|without (?:all|complete|full) (?:the )?(?:data|information)|gaps? in the data|assum(?:ed|ption|ptions)|structured the problem)\\b",
  ),
];

const INFLUENCE: Pattern[] = [
  p(
    "L7",
    "moved directors and VPs",
    "\\b(?:convinced|persuaded|aligned|influenced|presented|pitched|won over|brought|briefed|took it to)\\b[^.!?\\n]{0,50}\\b(?:vps?|vice presidents?|directors|s-team|senior leaders(?:hip)?|executives|leadership team|c-suite)\\b",
  ),
  p(
    "L7",
    "a standard many teams adopted",
    "\\b(?:adopted|used) (?:across|by) (?:the (?:whole |entire )?company|every team|all teams|many teams|other orgs|several orgs|\\d{2,} teams)\\b|\\bbecame the (?:company|org)?[- ]?(?:wide )?standard\\b",
  ),
  p(
    "L6",
    "teams outside the reporting line",
    "\\b(?:did not|didn't|don't|do not|never) report(?:ed)? to me\\b|\\bwithout (?:any |formal )?authority\\b|\\bno (?:formal )?authority\\b|\\boutside (?:my|our) (?:reporting line|org|organi[sz]ation)\\b",
  ),
  p(
    "L6",
    "persuaded other teams",
    "\\b(?:convinced|persuaded|aligned|negotiated with|influenced|won over)\\b[^.!?\\n]{0,40}\\b(?:teams|managers|team leads|stakeholders|partner teams|other teams)\\b",
  ),
  p(
    "L6",
    "resolved conflicts between teams",
    "\\b(?:escalat(?:ed|ion)|resolved (?:the |a )?conflict|changed (?:their|the other team's|both teams') (?:roadmap|plans?|priorities))\\b",
  ),
  p(
    "L5",
    "persuaded the team",
    "\\b(?:convinced|persuaded|won over|got buy-in|brought [^.!?\\n]{0,30} on board)\\b|\\bwrote (?:a|the) (?:doc|document|one-pager|proposal|pr/faq|narrative)\\b",
  ),
];

const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const MONEY =
  /(?:[$£€]|\busd ?)(\d+(?:[.,]\d+)*)\s*(k|mm|m|bn|b|thousand|million|billion)?\b|\b(\d+(?:\.\d+)?)\s*(thousand|million|billion)\s+(?:dollars|usd|pounds|euros|in (?:annual )?(?:revenue|savings|sales|cost|gmv)|a year|per year|annually|of (?:revenue|arr|gmv))/gi;
const PEOPLE =
  /\b(\d+(?:[.,]\d+)*)\s*(k|m|thousand|million|billion)?\+?\s+(?:(?:active|monthly|daily|new|paying|prime|enterprise|internal)\s+)?(?:users|customers|sellers|developers|members|merchants|subscribers|shoppers|drivers|accounts|households)\b/gi;
const PERCENT = /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points\b)/gi;

function amount(digits: string, unit: string | undefined): number {
  const value = Number(digits.replace(/,/g, ""));
  return value * (unit ? (MAGNITUDE[unit.toLowerCase()] ?? 1) : 1);
}

function moneyLevel(value: number): Level {
  // Order-of-magnitude cut-offs: team wins are in thousands, org wins in millions, and
  // company-level change in hundreds of millions.
  return value >= 1e8 ? "L7" : value >= 1e6 ? "L6" : "L5";
}

function peopleLevel(value: number): Level {
  return value >= 5e7 ? "L7" : value >= 1e5 ? "L6" : "L5";
}

const rank = (level: Level) => LEVELS.indexOf(level);

function readPatterns(sources: readonly LevelSource[], patterns: readonly Pattern[]): LevelEvidence[] {
  const found: LevelEvidence[] = [];
  for (const source of sources) {
    for (const pattern of patterns) {
      for (const match of source.text.matchAll(pattern.re)) {
        const quote = quoteAround(source.text, match.index, match.index + match[0].length, source);
        if (quote) found.push({ level: pattern.level, signal: pattern.signal, quote });
      }
    }
  }
  return found;
}

function readImpact(sources: readonly LevelSource[]): LevelEvidence[] {
  const found: LevelEvidence[] = [];
  for (const source of sources) {
    const add = (level: Level, signal: string, index: number, length: number) => {
      const quote = quoteAround(source.text, index, index + length, source);
      if (quote) found.push({ level, signal, quote });
    };
    for (const m of source.text.matchAll(MONEY)) {
      const value = m[1] !== undefined ? amount(m[1], m[2]) : amount(m[3] ?? "0", m[4]);
      if (value > 0) add(moneyLevel(value), `money: ${m[0].trim()}`, m.index, m[0].length);
    }
    for (const m of source.text.matchAll(PEOPLE)) {
      const value = amount(m[1] ?? "0", m[2]);
      if (value > 0) add(peopleLevel(value), `people: ${m[0].trim()}`, m.index, m[0].length);
    }
    for (const m of source.text.matchAll(PERCENT)) add("L5", `percentage: ${m[0].trim()}`, m.index, m[0].length);
  }
  return found;
}

/** Best evidence per level, highest level first. */
function summarise(dimension: CalibrationDimension, found: LevelEvidence[]): DimensionReading {
  const evidence: LevelEvidence[] = [];
  for (const level of [...LEVELS].reverse()) {
    const first = found.find((e) => e.level === level);
    if (first) evidence.push(first);
  }
  return { dimension, name: DIMENSION_NAMES[dimension], level: evidence[0]?.level ?? null, evidence };
}

function packRow(rows: LevelCalibrationRows, dimension: CalibrationDimension) {
  const key = { scope: "scope", ambiguity: "ambiguity", influence: "influence", impact: "impact" }[dimension];
  return rows.find((row) => row.dimension.toLowerCase().includes(key));
}

const reaches = (reading: DimensionReading, level: Level) =>
  reading.level !== null && rank(reading.level) >= rank(level);

export function calibrateLevel(
  sources: readonly LevelSource[],
  target: Level,
  rows: LevelCalibrationRows,
): LevelCalibration {
  const dimensions: DimensionReading[] = [
    summarise("scope", readPatterns(sources, SCOPE)),
    summarise("ambiguity", readPatterns(sources, AMBIGUITY)),
    summarise("influence", readPatterns(sources, INFLUENCE)),
    summarise("impact", readImpact(sources)),
  ];
  const [scope, ...others] = dimensions as [DimensionReading, ...DimensionReading[]];
  let supported: Level = "L5";
  for (const level of LEVELS) {
    if (reaches(scope, level) && others.filter((d) => reaches(d, level)).length >= 2) supported = level;
  }
  const verdict = rank(supported) < rank(target) ? "below" : rank(supported) > rank(target) ? "above" : "at";
  const goal: Level | undefined = verdict === "below" ? target : LEVELS[rank(supported) + 1];
  const toRaise: string[] = [];
  if (goal) {
    for (const reading of dimensions) {
      if (reaches(reading, goal)) continue;
      const expectation = packRow(rows, reading.dimension)?.[goal];
      const best = reading.evidence[0];
      const now = best
        ? `Your strongest evidence read as ${best.level} ("${best.quote.text}").`
        : "Your answers had no evidence of this.";
      toRaise.push(
        `${reading.name} at ${goal}: ${expectation ?? "a larger scope than you showed"} ${now}`
          .replace(/\s+/g, " ")
          .trim(),
      );
    }
  }
  const noSignals = dimensions.every((d) => d.level === null);
  const summary = noSignals
    ? `No level signals were found in the answers, so the evidence supports only the ${supported} floor (target ${target}).`
    : verdict === "at"
      ? `The evidence supports ${supported}, the level applied for.`
      : verdict === "above"
        ? `The evidence supports ${supported}, above the ${target} applied for.`
        : `The evidence supports ${supported}, below the ${target} applied for: scope and at least two other dimensions must reach ${target}.`;
  return { target, supported, verdict, dimensions, toRaise, summary };
}
