/**
 * What functional answers (product sense, metrics, strategy, system design, program execution,
 * technical depth) are judged on besides their key points: clarified assumptions, a stated goal,
 * a concrete proposal, and how success is measured.
 */
import { type CompiledSignals, compileSignals, matchSignals, type SignalMatch } from "../text/signal-matcher.js";
import type { TextDoc } from "../text/text-doc.js";
import type { Span } from "./answer-features.js";
import { type ClauseIndex, isNegatedAt } from "./clauses.js";
import * as lexicon from "./lexicon.js";

/** Read once (module bindings can be accessor calls under some loaders). */
const { STATIVE_VERBS } = lexicon;

export interface FunctionalCues {
  assumptions: Span[];
  goals: Span[];
  proposals: Span[];
  measures: Span[];
}

const GROUPS: Record<keyof Omit<FunctionalCues, "proposals">, readonly string[]> = {
  assumptions: [
    "assum*",
    "clarif*",
    "constraint*",
    "requirement*",
    "let's say",
    "let us say",
    "out of scope",
    "in scope",
    "qps",
    "estimat*",
    "back-of-the-envelope",
    "i'd ask",
    "i would ask",
    "i'd start by asking",
    "first question",
    "segment*",
    "persona*",
    "who the customer",
    "read-heavy",
    "write-heavy",
    "peak",
    "per second",
    "per day",
  ],
  goals: [
    "the goal",
    "our goal",
    "my goal",
    "goal is",
    "objective",
    "north star",
    "north-star",
    "success looks like",
    "success means",
    "we want",
    "the aim",
    "problem statement",
    "the problem is",
    "pain point*",
    "job to be done",
    "jobs to be done",
    "the customer problem",
    "mission",
  ],
  measures: [
    "metric*",
    "measur*",
    "kpi*",
    "success rate",
    "conversion",
    "retention",
    "nps",
    "csat",
    "guardrail*",
    "dashboard*",
    "a/b test*",
    "experiment*",
    "track*",
    "monitor*",
    "alarm*",
    "p99",
    "p95",
    "latency",
    "slo*",
    "sla*",
    "north star",
    "input metric*",
    "output metric*",
    "counter-metric*",
    "adoption",
    "churn",
  ],
};

let matcher: CompiledSignals | undefined;

/** Group ids carry this prefix so the cues can share a matching pass. */
export const FUNCTIONAL_PREFIX = "fn:";

export function functionalSignals(): CompiledSignals {
  if (!matcher)
    matcher = compileSignals(Object.entries(GROUPS).map(([id, signals]) => ({ id: FUNCTIONAL_PREFIX + id, signals })));
  return matcher;
}

/** `functionalMatches`: this document's matches of `functionalSignals()`, when the caller has them. */
export function findFunctionalCues(
  doc: TextDoc,
  clauses: ClauseIndex,
  functionalMatches?: SignalMatch[],
): FunctionalCues {
  const cues: FunctionalCues = { assumptions: [], goals: [], proposals: [], measures: [] };
  const seen = new Set<string>();
  for (const m of functionalMatches ?? matchSignals(doc, functionalSignals())) {
    const key = `${m.group}:${m.start}`;
    if (seen.has(key) || isNegatedAt(doc.tokens, clauses, m.first)) continue;
    seen.add(key);
    cues[m.group.slice(FUNCTIONAL_PREFIX.length) as keyof Omit<FunctionalCues, "proposals">].push({
      start: m.start,
      end: m.end,
      sentence: doc.tokens[m.first]!.sentence,
    });
  }
  // A proposal is a clause that puts something forward: "I would add a cache", "we build X",
  // "use DynamoDB for...", with a verb of doing rather than of being or thinking.
  for (const c of clauses.clauses) {
    const verb = doc.tokens[c.verb];
    if (verb?.pos !== "VERB" || STATIVE_VERBS.has(c.verbLemma) || c.negated) continue;
    if (c.subject === "i" || c.subject === "we" || c.subject === "you" || (c.subjectImplied && c.subject === "none")) {
      cues.proposals.push({ start: c.start, end: c.end, sentence: c.sentence });
    }
  }
  return cues;
}
