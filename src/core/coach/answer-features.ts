/**
 * Behaviour signals found in an answer: the candidate's own actions, decisions, alternatives and
 * accepted trade-offs, dissent and commitment, lessons, the customer and their need, hedges and
 * vague words, hypothetical framing, blame, and team credit. Each signal comes from a clause
 * rule (subject, verb, tense, negation) with phrase cues only as seeds, and each carries the
 * character span that justifies it.
 */
import { type CompiledSignals, compileSignals, matchSignals, type SignalMatch } from "../text/signal-matcher.js";
import type { TextDoc, TextToken } from "../text/text-doc.js";
import { type Clause, type ClauseIndex, isNegatedAt } from "./clauses.js";
import * as lexicon from "./lexicon.js";
import type { NumberMention } from "./numbers.js";
import * as numbers from "./numbers.js";

/**
 * Word lists read once: module bindings can be accessor calls under some loaders, and these sets
 * are consulted for every token.
 */
const {
  AGENT_NOUNS,
  CHANGE_VERBS,
  CUE_GROUPS,
  CUSTOMER_NOUNS,
  DECISION_VERBS,
  FAILURE_VERBS,
  HEDGE_PHRASES,
  NEED_WORDS,
  NEGATIVE_EVALUATION,
  STATIVE_VERBS,
  VAGUE_PHRASES,
} = lexicon;
const { WEAK_CHANGE_VERBS } = numbers;

export interface Span {
  start: number;
  end: number;
  sentence: number;
}

export interface AnswerFeatures {
  /** Past-tense action clauses by subject. */
  iActions: Span[];
  weActions: Span[];
  /** Clauses where another person or team did something useful (credit material). */
  othersContributions: Span[];
  decisions: Span[];
  alternatives: Span[];
  /** Alternatives the candidate says they did not weigh: "I didn't look at other options". */
  deniedAlternatives: Span[];
  tradeoffs: Span[];
  doors: Span[];
  rationale: Span[];
  dissent: Span[];
  resolution: Span[];
  lessons: Span[];
  /** Strong lesson cues ("lesson", "next time", "in hindsight"); weak ones need a late position. */
  strongLessons: Span[];
  customers: Span[];
  customerNeeds: Span[];
  /** The candidate meeting customers: "I called six of those customers", "I rode along with drivers". */
  customerContacts: Span[];
  hedges: Span[];
  vague: Span[];
  hypothetical: Span[];
  pastClauses: number;
  complaints: (Span & { weight: number })[];
  disown: Span[];
  accountability: Span[];
  credit: Span[];
  creditTaken: Span[];
  teamMentioned: Span[];
  taskCues: Span[];
  /**
   * The candidate's responsibility told without a task phrase: a role in the story ("I was the PM
   * for checkout", "my area was the claims portal"), the problem handed to them ("the file ended
   * up with me", "my director gave me a target"), or a goal they set themselves ("I insisted on
   * testing the assumption").
   */
  impliedTasks: Span[];
  /**
   * Standing duties rather than steps: "I owned the status page", "I chaired the advisory board",
   * "I was responsible for the release notes". A story told only in these is a job description.
   */
  duties: Span[];
  /** Index of the first sentence where the candidate (or their team) acts; the set-up comes before it. */
  firstActionSentence: number;
  situationCues: Span[];
  resultMarkers: Span[];
  /** I-subject clauses whose verb is a change verb: "I increased", "I saved". */
  iResults: Span[];
  weResults: Span[];
  /** "I built the platform", "I migrated 2 million users": building work told as the candidate's alone. */
  iBuilt: Span[];
  /**
   * Outcomes told as what became of things once the candidate acted: "the launch went much
   * better", "11 of the 14 items were done", "the deal closed at 2,500 seats".
   */
  outcomeStates: Span[];
  /** Clauses stating a problem or a gap (the implied task of fixing it). */
  problems: Span[];
  /** Per sentence counts the STAR labeller reads. */
  perSentence: SentenceFeatures[];
}

export interface SentenceFeatures {
  iAction: number;
  weAction: number;
  decision: number;
  task: number;
  situation: number;
  result: number;
  reflection: number;
  outcomeNumbers: number;
  contextNumbers: number;
  targetNumbers: number;
  statesOfThings: number;
  hypothetical: number;
}

let cueMatcher: CompiledSignals | undefined;

/** Group ids of the coach's own cues carry this prefix, so they can share a pass with pack signals. */
export const CUE_PREFIX = "cue:";

export function cueSignals(): CompiledSignals {
  if (!cueMatcher) {
    cueMatcher = compileSignals([
      ...Object.entries(CUE_GROUPS).map(([id, signals]) => ({ id: CUE_PREFIX + id, signals })),
      { id: `${CUE_PREFIX}hedge`, signals: HEDGE_PHRASES },
      { id: `${CUE_PREFIX}vague`, signals: VAGUE_PHRASES },
    ]);
  }
  return cueMatcher;
}

const DETERMINERS_BEFORE_KIND = new Set([
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
const SELF_DESCRIPTION = new Set([
  "obsessed",
  "obsession",
  "centric",
  "focused",
  "first",
  "facing",
  "oriented",
  "driven",
  "minded",
]);
const BE_FORMS = new Set(["was", "were", "is", "are", "been", "being", "be", "'s", "'re"]);
const REFLECTION_CONTEXT = new Set([
  "next",
  "again",
  "differently",
  "hindsight",
  "back",
  "lesson",
  "lessons",
  "learned",
  "learnt",
  "today",
  "now",
  "future",
]);

function span(clause: Clause): Span {
  return { start: clause.start, end: clause.end, sentence: clause.sentence };
}

function matchSpan(doc: TextDoc, m: SignalMatch): Span {
  return { start: m.start, end: m.end, sentence: doc.tokens[m.first]!.sentence };
}

function isActor(kind: Clause["subject"]): kind is "i" | "we" {
  return kind === "i" || kind === "we";
}

export interface FeatureOptions {
  /** This document's matches of `cueSignals()`, when the caller already has them. */
  cueMatches?: SignalMatch[];
  /**
   * Functional answers (design, metrics...) are proposals: "I would choose X over Y" is their
   * judgement, so hypothetical clauses count for decisions, alternatives and trade-offs.
   */
  proposal?: boolean;
}

export function extractFeatures(
  doc: TextDoc,
  clauseIndex: ClauseIndex,
  numbers: NumberMention[],
  options: FeatureOptions = {},
): AnswerFeatures {
  const { cueMatches, proposal = false } = options;
  const { tokens, sentences } = doc;
  const { clauses } = clauseIndex;
  const f: AnswerFeatures = {
    iActions: [],
    weActions: [],
    othersContributions: [],
    decisions: [],
    alternatives: [],
    deniedAlternatives: [],
    tradeoffs: [],
    doors: [],
    rationale: [],
    dissent: [],
    resolution: [],
    lessons: [],
    strongLessons: [],
    customers: [],
    customerNeeds: [],
    customerContacts: [],
    hedges: [],
    vague: [],
    hypothetical: [],
    pastClauses: 0,
    complaints: [],
    disown: [],
    accountability: [],
    credit: [],
    creditTaken: [],
    teamMentioned: [],
    taskCues: [],
    impliedTasks: [],
    duties: [],
    firstActionSentence: -1,
    situationCues: [],
    resultMarkers: [],
    iResults: [],
    weResults: [],
    iBuilt: [],
    outcomeStates: [],
    problems: [],
    perSentence: sentences.map(() => ({
      iAction: 0,
      weAction: 0,
      decision: 0,
      task: 0,
      situation: 0,
      result: 0,
      reflection: 0,
      outcomeNumbers: 0,
      contextNumbers: 0,
      targetNumbers: 0,
      statesOfThings: 0,
      hypothetical: 0,
    })),
  };
  const per = f.perSentence;
  const sentenceCount = Math.max(1, sentences.length);
  const late = (sentence: number) => sentences.length >= 3 && sentence >= Math.floor(sentenceCount * 0.6);

  // Dominant tense of first-person clauses: decides ambiguous forms ("we cut").
  let past = 0;
  let present = 0;
  for (const c of clauses) {
    if (!isActor(c.subject)) continue;
    if (c.tense === "past") past++;
    else if (c.tense === "present" || c.tense === "habitual") present++;
  }
  const pastStory = past >= present;

  // Sentences that carry reflection context ("next time I would", "if I did it again").
  const reflectiveSentence = new Uint8Array(sentences.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (REFLECTION_CONTEXT.has(t.lower)) reflectiveSentence[t.sentence] = 1;
  }

  // ---- Clause rules ----
  let firstStep = Number.POSITIVE_INFINITY;
  for (const c of clauses) {
    const verb = tokens[c.verb];
    const tense = c.tense === "none" && pastStory && verb?.pos === "VERB" ? "past" : c.tense;
    if (tense === "past") f.pastClauses++;
    const isAction =
      verb !== undefined && verb.pos === "VERB" && !STATIVE_VERBS.has(c.verbLemma) && !c.negated && !c.passive;
    const sentenceFeatures = per[c.sentence]!;

    if (isActor(c.subject) && isAction && tense === "past") {
      // "I joined as the PM", "I worked at a fintech": the set-up of a career, not a step.
      if (!setsUpCareer(tokens, c) && !isDuty(tokens, c) && c.sentence < firstStep) firstStep = c.sentence;
      if (c.subject === "i" && TEAM_WORK_VERBS.has(c.verbLemma)) f.iBuilt.push(span(c));
      if (c.subject === "i") {
        f.iActions.push(span(c));
        sentenceFeatures.iAction++;
      } else {
        f.weActions.push(span(c));
        sentenceFeatures.weAction++;
      }
      // "we cut the error rate", not "I moved to the lending team" or "we went with option two".
      if (c.verbLemmas.some((l) => CHANGE_VERBS.has(l) && !WEAK_CHANGE_VERBS.has(l)))
        (c.subject === "i" ? f.iResults : f.weResults).push(span(c));
    }
    if (c.subject === "i" && !c.negated && isDuty(tokens, c)) f.duties.push(span(c));
    if (deniesRemit(tokens, c)) f.disown.push(span(c));
    // Decisions: the candidate (or their team) decided, chose, prioritised...
    const realOrProposed = proposal || (tense !== "hypothetical" && tense !== "future");
    if (isActor(c.subject) && !c.negated && realOrProposed && madeDecision(tokens, c)) {
      f.decisions.push(span(c));
      sentenceFeatures.decision++;
    }
    // "I had two routes", "there were three options": alternatives counted out.
    if (countsOptions(tokens, c)) f.alternatives.push(span(c));
    // "so we will miss the goal", "we lost the launch date": a cost accepted with the choice.
    if (isActor(c.subject) && !c.negated && tense !== "hypothetical" && acceptsCost(tokens, c))
      f.tradeoffs.push(span(c));
    // Giving something up is a decision and its trade-off at once: "I cut the receipt redesign".
    if (isActor(c.subject) && !c.negated && realOrProposed && sacrifices(tokens, c)) {
      f.decisions.push(span(c));
      f.tradeoffs.push(span(c));
      sentenceFeatures.decision++;
    }
    // Hypothetical framing: "I would", "I'll", "I always" about the candidate's own conduct.
    if (
      isActor(c.subject) &&
      !c.subjectImplied &&
      (tense === "hypothetical" || tense === "future" || tense === "habitual") &&
      !reflectiveSentence[c.sentence] &&
      !speechIdiom(tokens, c)
    ) {
      f.hypothetical.push(span(c));
      sentenceFeatures.hypothetical++;
    }
    // Task from structure: "I was asked / tasked / brought in to ...".
    if (c.subject === "i" && c.passive && !c.negated) {
      f.taskCues.push(span(c));
      sentenceFeatures.task++;
    }
    if (!proposal && sentences.length > 0 && c.sentence <= Math.max(2, Math.floor(sentenceCount * 0.6))) {
      if (impliesTask(tokens, c, c.sentence <= Math.max(2, Math.floor(sentenceCount * 0.3)))) {
        f.impliedTasks.push(span(c));
      }
    }
    // States of things: "the error rate was 12%", "there were three teams".
    if (
      (c.subject === "thing" || c.subject === "agent" || c.subject === "customer") &&
      (verb?.pos === "AUX" || STATIVE_VERBS.has(c.verbLemma))
    )
      sentenceFeatures.statesOfThings++;

    if (statesProblem(tokens, c)) f.problems.push(span(c));

    // Another person or team, and what they did.
    const thirdParty =
      (c.subject === "agent" && !c.subjectNegative) ||
      (c.subject === "thing" && (c.owner === "agent" || mentionsTheirs(tokens, c)));
    if (thirdParty || (c.subject === "agent" && c.subjectNegative)) {
      const complaint = complaintIn(tokens, c, clauseIndex, pastStory);
      if (complaint) {
        const inSituation = sentences.length >= 4 && c.sentence < Math.ceil(sentenceCount * 0.3);
        const causal = /\b(because|due to|since|so we|which is why|that's why)\b/i.test(
          doc.text.slice(sentences[c.sentence]!.start, sentences[c.sentence]!.end),
        );
        f.complaints.push({ ...span(c), weight: inSituation ? 0.5 : causal ? 1.5 : 1 });
      } else if ((tense === "past" || tense === "none") && !c.negated && contributes(tokens, c)) {
        f.othersContributions.push(span(c));
      }
    } else if (
      c.subject === "thing" &&
      (tense === "past" || tense === "none") &&
      !c.negated &&
      contributes(tokens, c)
    ) {
      f.othersContributions.push(span(c));
    }
    // "Priya and I rewrote the parser": a colleague named next to the candidate as the subject.
    if (c.subject === "we" && tense === "past" && !c.negated && isAction && namesPartner(tokens, c))
      f.othersContributions.push(span(c));
    // "I worked with our data scientist, Hannah", "confirmed with our backend lead": a named
    // colleague taking part in the candidate's step.
    if (
      isActor(c.subject) &&
      tense === "past" &&
      !c.negated &&
      verb?.pos === "VERB" &&
      !STATIVE_VERBS.has(c.verbLemma) &&
      !isDuty(tokens, c) &&
      worksWithColleague(tokens, c)
    )
      f.othersContributions.push(span(c));
  }

  // The set-up ends where the candidate (or their team) first acts.
  let setupEnd = sentences.length;
  for (const list of [f.iActions, f.weActions, f.decisions])
    for (const a of list) if (a.sentence < setupEnd) setupEnd = a.sentence;

  /** A present-tense clause in a past story: an opinion or a habit, not an event of the story. */
  const generic = (clause: Clause | undefined) =>
    pastStory && clause !== undefined && (clause.tense === "present" || clause.tense === "habitual");

  // ---- Phrase cues, filtered by negation and context ----
  const matches = cueMatches ?? matchSignals(doc, cueSignals());
  // One cue per place: "was not my fault" and "not my fault" are the same evidence.
  const lastEnd = new Map<string, number>();
  for (const m of matches) {
    if ((lastEnd.get(m.group) ?? -1) >= m.end) continue;
    if ((lastEnd.get(m.group) ?? -1) > m.start) continue;
    lastEnd.set(m.group, m.end);
    const sentence = tokens[m.first]!.sentence;
    const clause = clauses[clauseIndex.clauseOfToken[m.first] ?? -1];
    const negated = isNegatedAt(tokens, clauseIndex, m.first) && !/n't|not|never|no /.test(m.signal);
    const s = matchSpan(doc, m);
    const hypotheticalClause =
      !proposal &&
      clause !== undefined &&
      (clause.tense === "hypothetical" || clause.tense === "future") &&
      !reflectiveSentence[sentence];
    switch (m.group.slice(CUE_PREFIX.length)) {
      case "decisionNoun":
        if (
          !negated &&
          !hypotheticalClause &&
          (!clause ||
            isActor(clause.subject) ||
            clause.subject === "thing" ||
            /^(my|our)$/.test(tokens[m.first - 1]?.lower ?? ""))
        ) {
          f.decisions.push(s);
          per[sentence]!.decision++;
        }
        break;
      case "alternative": {
        // "was considered a success" is not weighing options.
        if (hypotheticalClause || BE_FORMS.has(tokens[m.first - 1]?.lower ?? "")) break;
        if (m.signal === "either" && !eitherOr(tokens, m.first)) break;
        // "a credit signal instead of a bureau score" in the set-up describes the product, not a choice.
        if (!proposal && COMPARISON_SIGNALS.has(m.signal) && sentence < setupEnd) break;
        if (OPTION_SIGNAL.test(m.signal) && deniesWeighing(tokens, clauseIndex, m.first)) f.deniedAlternatives.push(s);
        else if (!negated) f.alternatives.push(s);
        break;
      }
      case "tradeoff":
        // "30% of sellers gave up" is churn in the set-up, not a cost the candidate accepted.
        if (/^giv|^gave/.test(m.signal) && clause !== undefined && !isActor(clause.subject)) break;
        if (!negated && !hypotheticalClause && (proposal || sentence >= Math.min(setupEnd, sentences.length - 1)))
          f.tradeoffs.push(s);
        break;
      case "tradeoffIfDecision":
        // In a proposal, naming the risk or cost of the design is the trade-off itself.
        if (!negated && (proposal || per[sentence]!.decision > 0)) f.tradeoffs.push(s);
        break;
      case "proposalComparison":
        if (proposal) f.alternatives.push(s);
        break;
      case "door":
        // "I would have run a smaller pilot" is hindsight, not a risk the candidate handled.
        if (!negated && clause?.tense !== "counterfactual") f.doors.push(s);
        break;
      case "rationale":
        if (!negated) f.rationale.push(s);
        break;
      case "dissentPhrase":
        // "I'm not someone who disagrees for the sake of it": a trait, not a disagreement that happened.
        if (isDissent(tokens, m, negated, clause) && !gerundAfterPreposition(tokens, m.first)) f.dissent.push(s);
        break;
      case "resolution":
        // "fewer escalations" counts support tickets; "I escalated to the VP" resolves.
        if (m.signal === "escalat*" && tokens[m.first]!.pos !== "VERB") break;
        if (!negated && !hypotheticalClause && !gerundAfterPreposition(tokens, m.first)) f.resolution.push(s);
        break;
      case "lesson": {
        if (negated) break;
        // "I would have to explain the slip": an obligation, not hindsight.
        if (/have$/.test(m.signal) && tokens[m.last]?.lower === "to") break;
        // "learned" and "realised" are lessons when the candidate draws them at the end of the story.
        const concluding =
          late(sentence) && clause !== undefined && isActor(clause.subject) && sentence >= sentences.length - 2;
        // "What I learned", "I learned that ...", "I learned to ...": a lesson drawn, not a skill picked up.
        const drawn =
          m.signal === "learn*" &&
          late(sentence) &&
          (tokens[m.first - 2]?.lower === "what" ||
            tokens[m.first - 3]?.lower === "what" ||
            /^(that|to|:|is|was)$/.test(tokens[m.last]?.lower ?? ""));
        // "Since then the team has been reorganised" is news about others, not a change in the candidate.
        if (/^(since then|from then on|going forward)$/.test(m.signal) && clause && !isActor(clause.subject)) break;
        const strong = !/^(learn\*|i realized|i realised)$/.test(m.signal) || concluding || drawn;
        if (strong || late(sentence)) {
          f.lessons.push(s);
          per[sentence]!.reflection += strong ? 2 : 1;
          if (strong) f.strongLessons.push(s);
        }
        break;
      }
      case "accountability":
        if (!negated) f.accountability.push(s);
        break;
      case "disown":
        if (f.disown.some((d) => d.start <= s.start && d.end >= s.end)) break;
        if (isDisown(tokens, m, negated, clause)) f.disown.push(s);
        break;
      case "credit":
        if (!negated) f.credit.push(s);
        break;
      case "creditTaken":
        // "I drove the whole thing", "I did everything" — but not "the whole thing took six weeks".
        if (WHOLE_OF_IT.has(m.signal) && (clause?.subject !== "i" || !CLAIM_VERBS.has(clause.verbLemma))) break;
        if (!negated) f.creditTaken.push(s);
        break;
      case "teamMention":
        f.teamMentioned.push(s);
        break;
      case "task":
        if (!negated && sentence <= Math.max(2, Math.ceil(sentenceCount * 0.5))) {
          f.taskCues.push(s);
          per[sentence]!.task++;
        }
        break;
      case "situation":
        f.situationCues.push(s);
        per[sentence]!.situation++;
        break;
      case "resultMarker":
        f.resultMarkers.push(s);
        per[sentence]!.result++;
        break;
      case "customerNeed":
        if (!negated) f.customerNeeds.push(s);
        break;
      case "hedge":
        if (!isNounKindOf(tokens, m)) f.hedges.push(s);
        break;
      case "vague":
        f.vague.push(s);
        break;
      default:
        break;
    }
  }

  // Dissent expressed by denying agreement ("I did not agree", "my director didn't agree"), or
  // heard as someone's objection to the plan ("the design lead was unhappy", "finance was skeptical").
  for (const c of clauses) {
    const denied = c.verbLemma === "agree" && c.negated;
    const objecting =
      (c.subject === "agent" && !c.subjectNegative && (objectionIn(tokens, c) || heldOtherPosition(tokens, c))) ||
      objectionCausedIn(tokens, c);
    if ((denied || objecting) && c.tense !== "hypothetical" && c.tense !== "future" && !generic(c)) {
      if (!f.dissent.some((d) => d.start >= c.start && d.end <= c.end)) f.dissent.push(span(c));
    }
  }

  // Customers: the people served, what they needed or suffered, and the candidate meeting them.
  let lastNeedClause = -1;
  let lastContactClause = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") continue;
    const prev = tokens[i - 1]?.lower ?? "";
    // "Owners" are customers when they own what the company sells: "home owners", "our owners".
    const owners = t.lemma === "owner" && OWNER_CUSTOMER_BEFORE.has(prev);
    if (!owners && !CUSTOMER_NOUNS.has(t.lower) && !CUSTOMER_NOUNS.has(t.lemma)) continue;
    const next = tokens[i + 1];
    if (next?.lower === "-" && SELF_DESCRIPTION.has(tokens[i + 2]?.lower ?? "")) continue;
    // "the client team", "the client build", "user data": a modifier naming software or an org.
    if (next && next.pos === "NOUN" && NOT_CUSTOMER_HEADS.has(next.lower)) continue;
    if (t.lemma === "member" && (prev === "team" || prev === "staff" || prev === "board")) continue;
    f.customers.push({ start: t.start, end: t.end, sentence: t.sentence });
    const clause = clauses[clauseIndex.clauseOfToken[i] ?? -1];
    if (!clause) continue;
    // In a story, what customers need is told as what happened: "customers are bad at designing
    // solutions" or "a customer would churn" is opinion. A proposal is all present and future.
    const told = proposal || (clause.tense !== "hypothetical" && clause.tense !== "future");
    // The clause may end before the need does: "residents were, you know, constantly getting
    // locked out". Look past a filler ("you know", "I mean") to the clause that continues it.
    let need = customerNeedIn(tokens, clauseIndex, clause, i);
    for (let k = clause.index + 1; !need && k <= clause.index + 2; k++) {
      const next = clauses[k];
      if (!next || next.sentence !== clause.sentence) break;
      if (next.subjectImplied) need = customerNeedIn(tokens, clauseIndex, next, i);
      else if (wordCount(tokens, next.first, next.last) > 2) break;
    }
    if (clause.index !== lastNeedClause && told && need) {
      lastNeedClause = clause.index;
      f.customerNeeds.push(span(clause));
    }
    if (clause.index !== lastContactClause && metCustomer(tokens, clause)) {
      lastContactClause = clause.index;
      f.customerContacts.push(span(clause));
    }
  }

  let firstAction = firstStep;
  for (const d of f.decisions) if (d.sentence < firstAction) firstAction = d.sentence;
  f.firstActionSentence = Number.isFinite(firstAction) ? firstAction : -1;
  if (f.firstActionSentence >= 0 && !proposal) {
    const half = Math.floor(sentenceCount * 0.5);
    for (const c of clauses) {
      if (c.sentence <= f.firstActionSentence || c.sentence < half) continue;
      if (isActor(c.subject) || c.subject === "none" || c.negated) continue;
      if (c.tense !== "past" && c.tense !== "none") continue;
      if (statesOutcome(tokens, c)) f.outcomeStates.push(span(c));
    }
  }
  if (!proposal) settleSetupNumbers(numbers, f, tokens, clauses, sentences.length);
  // Numbers feed the STAR labeller.
  for (const n of numbers) {
    const sentence = tokens[n.first]!.sentence;
    if (n.role === "outcome") per[sentence]!.outcomeNumbers++;
    else if (n.role === "target") per[sentence]!.targetNumbers++;
    else if (n.role === "baseline" || n.role === "year" || n.role === "team-size") per[sentence]!.contextNumbers++;
  }
  for (const r of [...f.iResults, ...f.weResults]) per[r.sentence]!.result++;
  return f;
}

/**
 * A number's role depends on where it sits in the story. Before the candidate's first action the
 * story is still setting the scene: "card declines doubled in a week" or "a competitor had quoted
 * them 20% less" is the problem, not the result, so a change stated there is a baseline. A result
 * marker ("as a result", "in the end") keeps its number an outcome wherever it is.
 *
 * Mutates the roles of `numbers` in place.
 */
function settleSetupNumbers(
  numbers: NumberMention[],
  f: AnswerFeatures,
  tokens: TextToken[],
  clauses: readonly Clause[],
  sentenceCount: number,
): void {
  const firstAction = f.firstActionSentence;
  if (firstAction < 0) return;
  const marked = new Set(f.resultMarkers.map((m) => m.sentence));
  const closing = Math.floor(sentenceCount * 0.6);
  for (const n of numbers) {
    const sentence = tokens[n.first]!.sentence;
    if (n.role === "outcome" && sentence < firstAction && !marked.has(sentence)) n.role = "baseline";
    // After the candidate's work, a measure stated as it stood ("at 60 days, adoption was 19%")
    // reports where things ended up: the outcome. "From 12%", "against 95% the year before" and
    // "than 3%" stay baselines: they are the comparison.
    else if (n.role === "baseline" && isMeasure(n) && sentence > firstAction && sentence >= closing) {
      const before = tokens[n.first - 1]?.kind === "space" ? tokens[n.first - 2] : tokens[n.first - 1];
      const clause = clauses[n.clause];
      const stated =
        clause !== undefined &&
        (clause.tense === "past" || clause.tense === "none") &&
        !isActor(clause.subject) &&
        END_STATE_VERBS.has(clause.verbLemma);
      if (stated && !COMPARISON_BEFORE.has(before?.lower ?? "")) n.role = "outcome";
    }
  }
}

/** Verbs of an end reached: "the launch went live", "the migration worked", "they renewed". */
const COMPLETION_VERBS = new Set([
  "launch",
  "ship",
  "close",
  "finish",
  "complete",
  "succeed",
  "work",
  "renew",
  "stay",
  "pass",
  "recover",
  "land",
  "hold",
  "adopt",
  "approve",
  "sign",
  "redo",
  "resolve",
]);
const OUTCOME_COMPARATIVES = new Set([
  "better",
  "worse",
  "faster",
  "slower",
  "higher",
  "lower",
  "fewer",
  "cheaper",
  "smoother",
  "quicker",
  "shorter",
  "safer",
]);

/** A late clause about a thing or other people that reports an end state or a change. */
function statesOutcome(tokens: TextToken[], c: Clause): boolean {
  if (c.verbLemmas.some((l) => CHANGE_VERBS.has(l) && !WEAK_CHANGE_VERBS.has(l))) return true;
  if (COMPLETION_VERBS.has(c.verbLemma)) return true;
  // "11 of the 14 action items were done", "the staffing model got redone".
  if (c.passive && c.subject === "thing") return true;
  for (let k = c.verb + 1; k < Math.min(c.last, c.verb + 4); k++)
    if (OUTCOME_COMPARATIVES.has(tokens[k]!.lower)) return true;
  return false;
}

/** Verbs that state where a measure stood: "adoption was 19%", "churn came in at 2%", "it settled at 4%". */
const END_STATE_VERBS = new Set([
  "be",
  "sit",
  "stand",
  "stay",
  "remain",
  "hold",
  "end",
  "finish",
  "land",
  "come",
  "settle",
]);
const COMPARISON_BEFORE = new Set(["from", "against", "versus", "vs", "than", "of", "to", "baseline"]);

function isMeasure(n: NumberMention): boolean {
  return n.unit === "%" || n.unit === "$" || n.unit === "x" || n.unit === "ms" || n.unit === "k" || n.unit === "m";
}

/** Verbs that set up a career rather than take a step in the story. */
const SETUP_VERBS = new Set(["join", "start", "work", "move", "spend", "transfer", "inherit", "arrive", "relocate"]);
const CAREER_PREPOSITIONS = new Set(["at", "as", "in", "on", "for", "to", "from", "into", "over"]);

/** "I joined as the PM", "I worked at a fintech", "I was moving to the lending team" — not "I worked with Hannah". */
function setsUpCareer(tokens: TextToken[], c: Clause): boolean {
  if (!SETUP_VERBS.has(c.verbLemma)) return false;
  if (c.verbLemma === "join" || c.verbLemma === "inherit") return true;
  return CAREER_PREPOSITIONS.has(tokens[c.verb + 1]?.lower ?? "");
}

/** Nouns naming a role someone holds in a story: "I was the PM for", "as programme lead". */
const ROLE_NOUNS = new Set([
  "pm",
  "apm",
  "tpm",
  "pmt",
  "manager",
  "lead",
  "owner",
  "head",
  "producer",
  "interviewer",
  "dri",
  "director",
  "contact",
  "architect",
  "coordinator",
  "captain",
  "chair",
  "founder",
  "officer",
  "liaison",
  "charge",
  "responsible",
  "accountable",
  "sponsor",
]);
/** What a possessive "my ..." subject names when it states the candidate's responsibility. */
const MY_REMIT_NOUNS = new Set([
  "role",
  "area",
  "remit",
  "scope",
  "title",
  "job",
  "responsibility",
  "responsibilities",
  "mandate",
  "charter",
  "task",
  "goal",
  "objective",
  "push",
  "prediction",
  "focus",
  "mission",
  "brief",
  "portfolio",
  "okr",
  "target",
  "assignment",
]);
/** Verbs by which a problem reaches the candidate: "it landed on my plate", "she texted me". */
const HANDOVER_VERBS = new Set([
  "land",
  "fall",
  "end",
  "come",
  "pass",
  "hand",
  "give",
  "assign",
  "ask",
  "escalate",
  "text",
  "call",
  "page",
  "bring",
  "become",
  "forward",
  "send",
  "drop",
  "task",
  "put",
  "leave",
]);
const MY_PLACE = new Set(["desk", "plate", "inbox", "lap", "table", "queue", "court", "shoulders"]);
/** Verbs of a goal the candidate set or took on: "I insisted on", "I set out to", "I took it on myself". */
const OWN_GOAL_VERBS = new Set(["insist", "volunteer", "commit", "vow", "resolve", "aim", "set", "take", "push"]);
/** Verbs of holding a role: "I led product for", "I owned the roadmap", "I ran the ops review". */
const ROLE_VERBS = new Set(["lead", "own", "head", "run", "manage", "oversee", "drive"]);

/**
 * What a colleague or another team did that moved the work forward. Saying, approving, agreeing
 * or estimating is not building: "finance signed off" credits no one's work.
 */
const CONTRIBUTION_VERBS = new Set([
  "build",
  "ship",
  "fix",
  "design",
  "write",
  "implement",
  "deliver",
  "develop",
  "find",
  "catch",
  "discover",
  "help",
  "handle",
  "own",
  "do",
  "run",
  "test",
  "migrate",
  "retrain",
  "train",
  "analyse",
  "analyze",
  "map",
  "code",
  "deploy",
  "roll",
  "set",
  "lead",
  "drive",
  "review",
  "contribute",
  "stay",
  "pull",
  "turn",
  "solve",
  "resolve",
  "sort",
  "figure",
  "step",
  "cover",
  "volunteer",
  "reuse",
  "prototype",
  "add",
  "spot",
  "notice",
  "purge",
  "snapshot",
  "translate",
  "create",
  "finish",
  "complete",
  "produce",
  "automate",
  "refactor",
  "rewrite",
  "instrument",
  "investigate",
  "debug",
  "trace",
  "rebuild",
  "redesign",
  "draft",
  "prepare",
  "organise",
  "organize",
  "tag",
  "label",
  "clean",
  "unblock",
  "negotiate",
  "secure",
  "recruit",
  "coach",
  "mentor",
  "pair",
  "partner",
  "collaborate",
  "work",
  "carry",
  "pick",
  "save",
  "rescue",
  "integrate",
  "configure",
  "patch",
  "port",
  "suggest",
  "propose",
  "recommend",
  "identify",
  "point",
  "invent",
]);
/** Words that praise a colleague: "Tom was great", "she was right", "he did an amazing job". */
const PRAISE_WORDS = new Set([
  "great",
  "amazing",
  "fantastic",
  "brilliant",
  "excellent",
  "generous",
  "helpful",
  "instrumental",
  "invaluable",
  "terrific",
  "superb",
  "outstanding",
  "awesome",
  "incredible",
  "wonderful",
  "gracious",
  "phenomenal",
  "stellar",
  "right",
  "key",
  "supportive",
  "thankfully",
  "reasonably",
]);
/** What a colleague's work is called when it is credited: "Kwame's tagging work made it possible". */
const WORK_NOUNS = new Set(["work", "idea", "analysis", "help", "effort", "contribution", "fix", "design", "insight"]);

/** Did another person or team contribute here: a constructive act, praise, or their work credited? */
function contributes(tokens: TextToken[], c: Clause): boolean {
  if (c.subjectNegative || c.passive) return false;
  const verb = tokens[c.verb];
  if (!verb) return false;
  if (c.subject === "agent") {
    // "did all the actual fixes": "did" heads the clause as an auxiliary-tagged main verb.
    const acts = verb.pos === "VERB" || (c.verbLemma === "do" && tokens[c.verb + 1]?.pos !== "VERB");
    if (acts && CONTRIBUTION_VERBS.has(c.verbLemma) && !FAILURE_VERBS.has(c.verbLemma)) return true;
    // "Priya had the fix in code review within two days".
    if (c.verbLemma === "have" || c.verbLemma === "get") {
      for (let k = c.verb + 1; k < c.last; k++) if (WORK_NOUNS.has(tokens[k]!.lower)) return true;
    }
    // "Tom was great actually", "she was right", "Jess caught it, thankfully".
    for (let k = c.first; k < c.last; k++) if (PRAISE_WORDS.has(tokens[k]!.lower) && !tokens[k]!.negated) return true;
    return false;
  }
  // "Kwame's tagging work was what made the analysis possible", "it was mostly their idea".
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (!WORK_NOUNS.has(t.lower)) continue;
    for (let j = k - 1; j >= Math.max(c.first, k - 3); j--) {
      const owner = tokens[j]!.lower;
      if (owner === "their" || owner === "his" || owner === "her" || (owner === "'s" && c.owner === "agent"))
        return true;
    }
  }
  return false;
}

const COLLEAGUE_VERBS = new Set(["work", "partner", "pair", "collaborate", "team"]);

/** A subject like "Priya and I" or "my lead and I": someone else named beside the candidate. */
function namesPartner(tokens: TextToken[], c: Clause): boolean {
  if (c.subjectFirst < 0) return false;
  let i = false;
  let other = false;
  for (let k = c.subjectFirst; k < c.subjectLast; k++) {
    const t = tokens[k]!;
    if (t.lower === "i" || t.lower === "me") i = true;
    else if (t.pos === "PROPN" || AGENT_NOUNS.has(t.lower)) other = true;
  }
  return i && other;
}

/** "I worked with Hannah", "I confirmed with our backend lead, Jun", "together with the QA team". */
function worksWithColleague(tokens: TextToken[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 1; k++) {
    if (tokens[k]!.lower !== "with") continue;
    const collaborative = COLLEAGUE_VERBS.has(c.verbLemma) || tokens[k - 1]?.lower === "together";
    // The colleague: "our data scientist", "my backend lead", or a name after one of those verbs.
    const next = tokens[k + 1]!;
    if (collaborative && next.pos === "PROPN") return true;
    if (next.lower !== "our" && next.lower !== "my") continue;
    for (let j = k + 2; j < Math.min(c.last, k + 7); j++) {
      const t = tokens[j]!;
      if (t.kind === "punct" && t.lower !== "-") break;
      if (AGENT_NOUNS.has(t.lower) && t.lower !== "team" && t.lower !== "teams") return true;
      if (t.lower === "team" && collaborative) return true;
    }
  }
  return false;
}

/** Nouns after "client", "user" or "customer" that make it a modifier: "the client team", "user data". */
const NOT_CUSTOMER_HEADS = new Set([
  "team",
  "teams",
  "side",
  "app",
  "build",
  "builds",
  "code",
  "logic",
  "library",
  "sdk",
  "feed",
  "data",
  "database",
  "table",
  "service",
  "services",
  "engineer",
  "engineers",
  "id",
  "ids",
  "success",
  "retry",
  "version",
]);
/** Words before "owners" that make them customers: "home owners", "shop owners", "our owners". */
const OWNER_CUSTOMER_BEFORE = new Set([
  "home",
  "shop",
  "store",
  "car",
  "pet",
  "device",
  "restaurant",
  "business",
  "property",
  "our",
  "many",
  "new",
  "existing",
  "account",
]);
/** What happens to customers when something is wrong for them, or what the work does for them. */
const CUSTOMER_IMPACT_VERBS = new Set([
  "hurt",
  "harm",
  "affect",
  "impact",
  "lose",
  "help",
  "serve",
  "protect",
  "strand",
  "block",
  "charge",
  "overcharge",
  "lock",
  "decline",
  "reject",
  "frustrate",
  "confuse",
  "annoy",
  "fail",
  "sit",
  "wait",
  "queue",
  "struggle",
  "stop",
  "leave",
  "quit",
  "churn",
  "complain",
  "abandon",
  "notice",
  "love",
  "adopt",
  "renew",
  "return",
]);

/** A clause telling what a customer needed, suffered or did because of the product. */
function customerNeedIn(tokens: TextToken[], clauseIndex: ClauseIndex, c: Clause, at: number): boolean {
  for (let k = c.first; k < c.last; k++) {
    if (k === at) continue;
    const w = tokens[k]!;
    if ((NEED_WORDS.has(w.lower) || NEED_WORDS.has(w.lemma)) && !isNegatedAt(tokens, clauseIndex, k)) return true;
  }
  if (c.verbLemmas.some((l) => CUSTOMER_IMPACT_VERBS.has(l))) return true;
  return statesProblem(tokens, c);
}

/** Verbs of the candidate going to the customer: calling, interviewing, riding along, sitting with. */
const CONTACT_VERBS = new Set([
  "call",
  "interview",
  "visit",
  "sit",
  "ride",
  "talk",
  "meet",
  "survey",
  "watch",
  "email",
  "phone",
  "shadow",
  "observe",
  "recruit",
  "listen",
  "speak",
  "spend",
  "join",
  "contact",
  "reach",
  "test",
  "read",
]);

/** "I called six of those customers myself", "I sat with residents", "we interviewed 20 sellers". */
function metCustomer(tokens: TextToken[], c: Clause): boolean {
  if (c.subject !== "i" && c.subject !== "we") return false;
  if (c.negated || c.tense === "hypothetical" || c.tense === "future") return false;
  if (c.verbLemmas.some((l) => CONTACT_VERBS.has(l))) return true;
  // "I did ride-alongs with two drivers", "we ran interviews with ten sellers".
  for (let k = c.first; k < c.last; k++) if (CONTACT_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}
const CONTACT_NOUNS = new Set([
  "ride-along",
  "ride-alongs",
  "interview",
  "interviews",
  "visit",
  "visits",
  "call",
  "calls",
  "survey",
  "surveys",
  "session",
  "sessions",
  "ride",
  "rides",
]);

/** Work a team does: when the candidate tells it as "I" with a team around, the team's credit is at stake. */
const TEAM_WORK_VERBS = new Set([
  "build",
  "ship",
  "launch",
  "migrate",
  "deliver",
  "develop",
  "implement",
  "rewrite",
  "code",
  "engineer",
  "deploy",
  "rebuild",
  "integrate",
  "roll",
]);

/** Verbs of holding a duty over time, not of taking a step. */
const DUTY_VERBS = new Set([
  "own",
  "chair",
  "manage",
  "oversee",
  "coordinate",
  "cover",
  "handle",
  "partner",
  "head",
  "report",
  "provide",
  "champion",
  "maintain",
  "support",
  "liaise",
  "attend",
  "supervise",
]);
const DUTY_WORDS = new Set(["responsible", "accountable", "charge", "contact", "one"]);

/** "I owned X", "I was responsible for Y", "I was the one doing Z", "I was running the weekly review". */
function isDuty(tokens: TextToken[], c: Clause): boolean {
  if (c.verb < 0 || c.tense === "hypothetical" || c.tense === "future") return false;
  const verb = tokens[c.verb]!;
  if (verb.lemma === "be") {
    for (let k = c.verb + 1; k < Math.min(c.last, c.verb + 5); k++) {
      const t = tokens[k]!;
      if (DUTY_WORDS.has(t.lower) && (t.lower !== "one" || tokens[k - 1]?.lower === "the")) return true;
      // "I was running the weekly ops review": an ongoing activity.
      if (t.pos === "VERB" && t.lower.endsWith("ing") && k === c.verb + 1)
        return DUTY_VERBS.has(t.lemma) || t.lemma === "run";
    }
    return false;
  }
  return DUTY_VERBS.has(c.verbLemma) || c.tense === "habitual";
}

/** Does this clause tell the candidate's own responsibility or goal? `setup`: the clause is early in the answer. */
function impliesTask(tokens: TextToken[], c: Clause, setup: boolean): boolean {
  if (c.negated || c.tense === "hypothetical" || c.tense === "future" || c.verb < 0) return false;
  const verb = tokens[c.verb]!;
  // "I was the PM for checkout", "I was in charge of the migration".
  if (c.subject === "i" && !c.subjectImplied && verb.lemma === "be") {
    for (let k = c.verb + 1; k < Math.min(c.last, c.verb + 8); k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" || t.pos === "VERB" || t.pos === "AUX") break;
      if (ROLE_NOUNS.has(t.lower)) return true;
    }
  }
  // "My area was the claimant-facing application", "my OKR for H1 was", "my push was that".
  for (let k = c.first; k < Math.min(c.verb, c.last - 1); k++) {
    if (tokens[k]!.lower !== "my") continue;
    const remit = (t: TextToken | undefined) => t !== undefined && t.pos === "NOUN" && MY_REMIT_NOUNS.has(t.lemma);
    if (remit(tokens[k + 1]) || remit(tokens[k + 2])) return true;
  }
  // "As the PM, I ...", "from my time as producer on a racing game": a role the candidate held.
  let mine = c.subject === "i";
  for (let k = c.first; k < c.last && !mine; k++) mine = tokens[k]!.lower === "my";
  if (mine) {
    for (let k = c.first; k < c.last; k++) {
      if (tokens[k]!.lower !== "as") continue;
      for (let j = k + 1; j < Math.min(c.last, k + 5); j++) if (ROLE_NOUNS.has(tokens[j]!.lower)) return true;
    }
  }
  // "The file ended up with me", "my director gave me a target", "it was practically mine".
  if (c.subject !== "i" && c.subject !== "we") {
    let toMe = false;
    for (let k = c.first; k < c.last; k++) {
      const lower = tokens[k]!.lower;
      if (lower === "me" || lower === "mine" || (lower === "my" && MY_PLACE.has(tokens[k + 1]?.lower ?? ""))) {
        toMe = true;
        break;
      }
    }
    if (toMe && (verb.lemma === "be" || c.verbLemmas.some((l) => HANDOVER_VERBS.has(l)))) return true;
    // Someone bringing the problem to the candidate at the start: "the support lead texts me".
    if (setup && c.subject === "agent" && !c.subjectNegative) {
      for (let k = c.verb + 1; k < Math.min(c.last, c.verb + 3); k++) if (tokens[k]!.lower === "me") return true;
    }
  }
  if (c.subject === "i" && !c.subjectImplied) {
    // "I insisted on testing the assumption", "I took it on myself to", "I set out to".
    if (OWN_GOAL_VERBS.has(verb.lemma)) {
      const next = tokens[c.verb + 1]?.lower ?? "";
      const after = tokens[c.verb + 2]?.lower ?? "";
      if (verb.lemma === "insist" || verb.lemma === "volunteer" || verb.lemma === "vow" || verb.lemma === "resolve")
        return true;
      if ((verb.lemma === "set" && next === "out") || (verb.lemma === "take" && (next === "on" || after === "on")))
        return true;
      if (verb.lemma === "push" && next === "for") return true;
    }
    // "I led product for the thermostat", "I owned the payouts roadmap": a role, when told early.
    if (setup && ROLE_VERBS.has(verb.lemma) && c.tense === "past") return true;
  }
  return false;
}

const SACRIFICE_VERBS = new Set([
  "cut",
  "drop",
  "remove",
  "kill",
  "skip",
  "shelve",
  "sunset",
  "pause",
  "stop",
  "delay",
  "defer",
  "postpone",
  "deprioritize",
  "deprioritise",
  "descope",
  "scrap",
  "park",
  "punt",
]);
/** Objects that are measures: cutting them is a result ("we cut the error rate"), not a sacrifice. */
const MEASURE_NOUNS = new Set([
  "rate",
  "rates",
  "cost",
  "costs",
  "time",
  "times",
  "latency",
  "error",
  "errors",
  "churn",
  "spend",
  "spending",
  "budget",
  "waste",
  "defect",
  "defects",
  "bug",
  "bugs",
  "ticket",
  "tickets",
  "backlog",
  "price",
  "prices",
  "risk",
  "risks",
  "delay",
  "delays",
  "calls",
  "contacts",
  "steps",
  "time-to-market",
  "overhead",
  "incidents",
  "outages",
]);
const OBJECTION_WORDS = new Set([
  "unhappy",
  "upset",
  "worried",
  "concerned",
  "skeptical",
  "sceptical",
  "reluctant",
  "resistant",
  "opposed",
  "against",
  "hesitant",
  "nervous",
  "unconvinced",
  "frustrated",
  "annoyed",
  "angry",
  "furious",
  "doubtful",
]);

/** "I'd say", "I would argue", "I'd rather": ways of speaking, not what the candidate would do. */
const SPEECH_VERBS = new Set(["say", "argue", "guess", "imagine", "add", "call", "describe", "put"]);
function speechIdiom(tokens: TextToken[], c: Clause): boolean {
  if (c.tense !== "hypothetical" || c.verb < 0) return false;
  if (SPEECH_VERBS.has(c.verbLemma)) return true;
  for (let k = c.first; k < Math.min(c.last, c.verb + 2); k++) if (tokens[k]!.lower === "rather") return true;
  return false;
}

/** Credit-taking phrases that only count with the candidate as the subject. */
const WHOLE_OF_IT = new Set(["the whole thing", "everything"]);
const CLAIM_VERBS = new Set(["drive", "do", "build", "own", "run", "lead", "make", "carry", "handle", "design"]);

function wordCount(tokens: TextToken[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k < last; k++) if (tokens[k]!.kind === "word" || tokens[k]!.kind === "number") n++;
  return n;
}

/** Comparison words that only weigh options when the candidate is choosing. */
const COMPARISON_SIGNALS = new Set(["instead", "instead of", "rather than", "versus", "vs", "vs."]);
/** Alternative cues that name options (not comparison words or verbs of weighing). */
const OPTION_SIGNAL =
  /^(alternative\*|option\*|other approach\*|another approach|plan b|other route\*|the other path)$/;
const NOT_EITHER_OR = new Set(["direction", "way", "side", "case", "end", "one"]);

/** "either X or Y" — not "in either direction". */
function eitherOr(tokens: TextToken[], at: number): boolean {
  if (NOT_EITHER_OR.has(tokens[at + 1]?.lower ?? "")) return false;
  const sentence = tokens[at]!.sentence;
  for (let k = at + 2; k < Math.min(tokens.length, at + 14); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.lower === "or") return true;
  }
  return false;
}

const WEIGHING_VERBS = new Set([
  "look",
  "consider",
  "weigh",
  "evaluate",
  "explore",
  "think",
  "build",
  "compare",
  "research",
  "analyse",
  "analyze",
  "investigate",
  "model",
  "check",
]);

/**
 * "I didn't build a model or look at other options", "we never considered alternatives": an
 * alternative named only to say it was not weighed.
 */
function deniesWeighing(tokens: TextToken[], clauseIndex: ClauseIndex, at: number): boolean {
  const sentence = tokens[at]!.sentence;
  const own = clauseIndex.clauseOfToken[at] ?? -1;
  for (let i = own; i >= 0 && i >= own - 3; i--) {
    const c = clauseIndex.clauses[i];
    if (!c || c.sentence !== sentence) break;
    if (c.negated && isActor(c.subject) && c.verbLemmas.some((l) => WEIGHING_VERBS.has(l))) return true;
  }
  return false;
}

const OPTION_NOUNS = new Set([
  "routes",
  "paths",
  "approaches",
  "choices",
  "options",
  "alternatives",
  "scenarios",
  "proposals",
  "plans",
  "ways",
]);
const SMALL_COUNTS = new Set(["two", "three", "four", "five", "2", "3", "4", "5", "several", "multiple"]);

/** "I had two routes", "there were three options", "I laid out two options". */
function countsOptions(tokens: TextToken[], c: Clause): boolean {
  if (c.negated || c.tense === "hypothetical") return false;
  for (let k = c.first; k < c.last - 1; k++) {
    if (!SMALL_COUNTS.has(tokens[k]!.lower)) continue;
    const next = tokens[k + 1]!;
    const after = tokens[k + 2];
    if (OPTION_NOUNS.has(next.lower) || (next.pos === "ADJ" && after && OPTION_NOUNS.has(after.lower))) return true;
  }
  return false;
}

const COST_VERBS = new Set(["miss", "lose", "slip", "sacrifice", "forgo", "forego", "delay", "push", "give"]);
const COMMITMENT_NOUNS = new Set([
  "goal",
  "target",
  "date",
  "deadline",
  "milestone",
  "quarter",
  "revenue",
  "launch",
  "window",
  "bonus",
  "okr",
  "sla",
]);

/** "so we will miss the goal", "we lost the launch date", "I gave up the Q3 milestone". */
function acceptsCost(tokens: TextToken[], c: Clause): boolean {
  if (!COST_VERBS.has(c.verbLemma)) return false;
  if (c.verbLemma === "give" && tokens[c.verb + 1]?.lower !== "up") return false;
  for (let k = c.verb + 1; k < Math.min(c.last, c.verb + 6); k++)
    if (COMMITMENT_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "I cut the receipt redesign", "we dropped exports": giving up scope, not shrinking a measure. */
function sacrifices(tokens: TextToken[], c: Clause): boolean {
  const verb = tokens[c.verb];
  if (verb?.pos !== "VERB" || !SACRIFICE_VERBS.has(c.verbLemma)) return false;
  let object = false;
  for (let k = c.verb + 1; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.kind === "number" || t.lower === "%" || t.lower === "by") return false;
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      if (MEASURE_NOUNS.has(t.lower)) return false;
      object = true;
    }
  }
  return object;
}

const CONTENT_WORDS = new Set([
  "love",
  "happy",
  "pleased",
  "thrilled",
  "keen",
  "comfortable",
  "convinced",
  "supportive",
  "sold",
]);

/** "partial data made her nervous", "it left finance unconvinced": an objection someone felt. */
function objectionCausedIn(tokens: TextToken[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 2; k++) {
    const verb = tokens[k]!;
    if (verb.pos !== "VERB" || (verb.lemma !== "make" && verb.lemma !== "leave" && verb.lemma !== "keep")) continue;
    const who = tokens[k + 1]!;
    if (!/^(her|him|them|everyone|people)$/.test(who.lower) && !AGENT_NOUNS.has(who.lower)) continue;
    const feeling = tokens[k + 2]!;
    if (OBJECTION_WORDS.has(feeling.lower) && !feeling.negated) return true;
  }
  return false;
}

const FIRST_WORDS = new Set(["initially", "originally", "first"]);
const POSITION_VERBS = new Set(["want", "prefer", "insist", "push", "propose", "argue", "resist", "suggest", "ask"]);

/**
 * Someone else held a different position: "she initially wanted the full logbook digitised",
 * "Jonas first wanted everything on time", "she pushed hard to keep it".
 */
function heldOtherPosition(tokens: TextToken[], c: Clause): boolean {
  if (c.negated || c.verb < 0) return false;
  const lemma = c.verbLemma;
  if (lemma === "push") {
    const next = tokens[c.verb + 1]?.lower ?? "";
    return next === "hard" || next === "for" || next === "to" || next === "back";
  }
  if (!POSITION_VERBS.has(lemma)) return false;
  for (let k = c.first; k < c.verb; k++) if (FIRST_WORDS.has(tokens[k]!.lower)) return true;
  const after = tokens[c.verb + 1]?.lower ?? "";
  return (after === "at" && tokens[c.verb + 2]?.lower === "first") || FIRST_WORDS.has(after);
}

/** "instead of debating", "before committing": the gerund names an activity, not an event. */
function gerundAfterPreposition(tokens: TextToken[], at: number): boolean {
  const t = tokens[at]!;
  if (!t.lower.endsWith("ing")) return false;
  const previous = tokens[at - 1];
  return previous !== undefined && (previous.pos === "ADP" || previous.pos === "SCONJ" || previous.lower === "of");
}

/** "the design lead was unhappy about it", "finance was not happy", "she was skeptical": an objection heard. */
function objectionIn(tokens: TextToken[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (OBJECTION_WORDS.has(t.lower) && !t.negated) return true;
    if (CONTENT_WORDS.has(t.lower) && (t.negated || c.negated)) return true;
  }
  return false;
}

/**
 * A decision made, not one pending: the decision verb heads the clause ("I decided to cut",
 * "we chose X") rather than sitting under another verb ("we had to decide whether").
 */
function madeDecision(tokens: TextToken[], c: Clause): boolean {
  for (let i = c.first; i < c.last; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB" || !DECISION_VERBS.has(t.lemma)) continue;
    // "we then chose", "I quickly decided": the actor right before the verb. Under "to" the
    // decision is pending or obligatory ("we had to decide whether").
    let j = i - 1;
    while (j >= c.first && tokens[j]!.pos === "ADV") j--;
    const previous = tokens[j]?.lower;
    if (previous === "to") continue;
    if (i === c.verb || previous === "i" || previous === "we") return true;
  }
  // "We agreed to freeze the rollout", "we agreed on a rule": a decision made together.
  if (c.verbLemma === "agree" && (c.subject === "we" || c.subject === "i")) {
    const next = tokens[c.verb + 1]?.lower;
    if (next === "to" || next === "on") return true;
  }
  // "I pushed to cut the entry to four fields", "I pushed for tiering": the candidate's call.
  if (c.verbLemma === "push" && c.subject === "i") {
    const next = tokens[c.verb + 1]?.lower;
    if (next === "to" || next === "for") return true;
  }
  return false;
}

/** Disagreement, voiced or heard, minus its denials ("nobody disagreed", "I didn't push back"). */
function isDissent(tokens: TextToken[], m: SignalMatch, negated: boolean, clause: Clause | undefined): boolean {
  const deniesAgreement = /n't|not /.test(m.signal);
  if (clause && (clause.tense === "hypothetical" || clause.tense === "future")) return false;
  if (deniesAgreement) return !(clause?.subjectNegative ?? false);
  if (negated) return false;
  const head = tokens[m.first]!;
  // "the challenge was", "a challenging quarter": the noun and adjective are not dissent.
  if (m.signal === "challeng*" && head.pos !== "VERB") return false;
  if ((m.signal === "argument" || m.signal === "conflict*") && clause?.subject === "thing" && clause.owner === "none")
    return false;
  return true;
}

/** "Not my job", "out of my control", "blamed the vendor" — but not "I didn't blame them" or "I blamed myself". */
function isDisown(tokens: TextToken[], m: SignalMatch, negated: boolean, clause: Clause | undefined): boolean {
  if (m.signal === "blame*") {
    if (negated) return false;
    if (clause?.subject === "i" || clause?.subject === "we") {
      for (let i = m.last; i < Math.min(tokens.length, m.last + 3); i++)
        if (/^(myself|me|ourselves|us)$/.test(tokens[i]!.lower)) return false;
      return true;
    }
    // "the blame fell on", "they blamed us": the candidate reporting blame, not assigning it.
    return false;
  }
  if (m.signal === "thanks to them") return false;
  // "It was not my job, but I did it anyway" is ownership, not disowning.
  if (clause) {
    for (let i = m.last; i < Math.min(tokens.length, clause.last + 4); i++) {
      const lower = tokens[i]!.lower;
      if (lower === "but" || lower === "anyway" || lower === "regardless") return false;
    }
  }
  return true;
}

const PROBLEM_NOUNS = new Set([
  "problem",
  "problems",
  "issue",
  "issues",
  "challenge",
  "bottleneck",
  "pain",
  "gap",
  "risk",
  "backlog",
  "outage",
  "incident",
  "complaint",
  "complaints",
  "delay",
  "delays",
  "bug",
  "bugs",
  "error",
  "errors",
  "churn",
  "decline",
  "failure",
  "failures",
  "escalation",
  "escalations",
  "defect",
  "defects",
  "waste",
  "mess",
]);
const PROBLEM_VERBS = new Set([
  "stall",
  "stick",
  "wait",
  "drop",
  "decline",
  "fall",
  "fail",
  "break",
  "lose",
  "abandon",
  "complain",
  "struggle",
  "miss",
  "slip",
  "churn",
  "leak",
  "crash",
  "spike",
  "double",
  "grow",
  "pile",
]);

/** A clause that states what was wrong: a problem noun, a failure, a negative evaluation, or "nobody ...". */
function statesProblem(tokens: TextToken[], c: Clause): boolean {
  if (c.tense === "hypothetical" || c.tense === "future") return false;
  if (c.subjectNegative) return true;
  if (c.subject !== "i" && c.subject !== "we" && PROBLEM_VERBS.has(c.verbLemma) && !c.negated) return true;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && PROBLEM_NOUNS.has(t.lower)) return true;
    if ((t.pos === "ADJ" || t.pos === "ADV") && NEGATIVE_EVALUATION.has(t.lower)) return true;
  }
  return false;
}

/** "what kind of", "a sort of": noun uses, not hedges. */
function isNounKindOf(tokens: TextToken[], m: SignalMatch): boolean {
  if (m.signal !== "kind of" && m.signal !== "sort of") return false;
  const prev = tokens[m.first - 1];
  return prev !== undefined && (DETERMINERS_BEFORE_KIND.has(prev.lower) || prev.pos === "ADJ");
}

/**
 * Does this third-party clause complain about someone's work? Negative evaluation words, verbs
 * of failure, or a denied action ("they never answered"), about a person, team or their output.
 */
const REMIT_NOUNS = new Set([
  "job",
  "responsibility",
  "problem",
  "call",
  "decision",
  "fault",
  "area",
  "role",
  "place",
  "remit",
  "concern",
  "business",
]);

/**
 * "Not really my job to referee", "never my problem": the remit denied, with words between the
 * denial and "my" that a fixed phrase would miss. "It wasn't my job, but I did it" is ownership.
 */
function deniesRemit(tokens: TextToken[], c: Clause): boolean {
  for (let k = c.first; k < c.last - 1; k++) {
    const lower = tokens[k]!.lower;
    if (lower !== "not" && lower !== "n't" && lower !== "never") continue;
    for (let j = k + 1; j < Math.min(c.last - 1, k + 4); j++) {
      // Only adverbs between the denial and "my": "not really my job", not "didn't feel like my call".
      if (tokens[j]!.lower !== "my") {
        if (tokens[j]!.pos !== "ADV") break;
        continue;
      }
      if (!REMIT_NOUNS.has(tokens[j + 1]!.lower)) break;
      for (let n = j + 2; n < Math.min(tokens.length, c.last + 4); n++)
        if (/^(but|anyway|regardless|though)$/.test(tokens[n]!.lower)) return false;
      return true;
    }
  }
  return false;
}

/** "The ticket sat in their queue": a thing of another team's, named inside the clause. */
function mentionsTheirs(tokens: TextToken[], c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) if (tokens[k]!.lower === "their") return true;
  return false;
}

/**
 * Words that, said about another team's work, carry the complaint without a blame word: the work
 * was missing or half done, they did it anyway, it "finally" came, "of course" the manager was away.
 */
const DEFICIT_MARKERS = new Set(["missing", "thin", "raw", "stale", "anyway", "apparently", "finally"]);
/** "late" is a complaint about work ("three weeks late"), not "stayed late" or "late-coded". */
function lateAsComplaint(tokens: TextToken[], k: number): boolean {
  const previous = tokens[k - 1]?.lemma ?? "";
  const next = tokens[k + 1];
  if (previous === "stay" || previous === "work" || previous === "too") return false;
  return !(next && (next.lower === "-" || next.pos === "NOUN"));
}

function complaintIn(tokens: TextToken[], c: Clause, clauseIndex: ClauseIndex, pastStory: boolean): boolean {
  if (c.subject === "customer" || c.owner === "customer") return false;
  // "they'd mark the ticket done anyway": in a past story "would" tells what they kept doing.
  if (c.tense === "future" || (c.tense === "hypothetical" && !pastStory)) return false;
  for (let k = c.first; k < c.last; k++) {
    const t = tokens[k]!;
    if (
      (t.pos === "ADJ" || t.pos === "ADV" || t.pos === "NOUN" || t.pos === "VERB") &&
      NEGATIVE_EVALUATION.has(t.lower) &&
      !isNegatedAt(tokens, clauseIndex, k) &&
      (t.lower !== "late" || lateAsComplaint(tokens, k))
    )
      return true;
    // "kept changing", "kept missing".
    if (t.lower === "kept" && tokens[k + 1]?.lower.endsWith("ing")) return true;
    if (DEFICIT_MARKERS.has(t.lower) && !isNegatedAt(tokens, clauseIndex, k)) return true;
    // "half there", "half done", "half-baked" — not "half an hour".
    if (t.lower === "half" && (/^(ADJ|ADV|VERB)$/.test(tokens[k + 1]?.pos ?? "") || tokens[k + 1]?.lower === "there"))
      return true;
    // "changed the schema without telling anyone", "was on vacation that week, of course".
    if (t.lower === "without" && tokens[k + 1]?.lower.endsWith("ing")) return true;
    if (t.lower === "of" && tokens[k + 1]?.lower === "course") return true;
    // "sat in their queue for eleven days with no response".
    if (t.lower === "no" && (tokens[k + 1]?.lower === "response" || tokens[k + 1]?.lower === "reply")) return true;
  }
  if (FAILURE_VERBS.has(c.verbLemma) && !c.negated) return true;
  const verb = tokens[c.verb];
  if (
    c.negated &&
    verb &&
    verb.pos === "VERB" &&
    !STATIVE_VERBS.has(c.verbLemma) &&
    c.verbLemma !== "agree" &&
    c.verbLemma !== "disagree"
  ) {
    // Denied cooperation by people, not facts about things ("the API didn't support SSO").
    return c.subject === "agent" || c.subjectNegative || AGENT_NOUNS.has(c.verbLemma);
  }
  return false;
}
