/**
 * Criteria and red flags: each criterion met, partial or missing with the spans that justify it
 * and one concrete piece of advice; each red flag with its evidence and advice. Functional
 * questions (product sense, design, metrics...) read the STAR criteria as their functional
 * counterparts: context and assumptions, goal, proposal, and how success is measured.
 */
import type { PrincipleId, Question, QuestionType } from "../content/pack-schema.js";
import type { TextDoc } from "../text/text-doc.js";
import { contentStem } from "../text/word-stem.js";
import type { AnswerFeatures, Span } from "./answer-features.js";
import type { ClauseIndex } from "./clauses.js";
import type {
  CriterionId,
  CriterionResult,
  CriterionStatus,
  Evidence,
  KeyPointResult,
  PrincipleResult,
  RedFlagResult,
} from "./coach-result-schema.js";
import type { DeliveryStats } from "./delivery.js";
import { readableSpans } from "./evidence.js";
import type { FunctionalCues } from "./functional-cues.js";
import type { NumberMention } from "./numbers.js";
import type { StarSegments } from "./star-segments.js";
import { OFF_TOPIC_BELOW, type TopicFit } from "./topic-fit.js";

export interface AnalysisContext {
  doc: TextDoc;
  clauses: ClauseIndex;
  features: AnswerFeatures;
  numbers: NumberMention[];
  segments: StarSegments;
  delivery: DeliveryStats;
  functionalCues: FunctionalCues;
  questionType: QuestionType;
  functional: boolean;
  targets: PrincipleId[];
  question: Question | undefined;
  hasQuestion: boolean;
  /** Content-word stems of the question's text, when there is one. */
  questionStems?: ReadonlySet<string>;
  principles: PrincipleResult[];
  keyPoints: KeyPointResult[];
  topic: TopicFit | undefined;
  spoken: boolean;
  words: number;
  spokenSeconds: number;
}

const MAX_EVIDENCE = 3;

export function toEvidence(
  doc: TextDoc,
  spans: readonly { start: number; end: number }[],
  max = MAX_EVIDENCE,
): Evidence[] {
  const out: Evidence[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    if (out.length >= max) break;
    const start = Math.max(0, Math.min(s.start, doc.text.length));
    const end = Math.max(start, Math.min(s.end, doc.text.length));
    if (end <= start) continue;
    if (out.some((e) => e.start <= start && e.end >= end)) continue;
    out.push({ start, end, quote: doc.text.slice(start, end) });
  }
  return out;
}

function sentenceSpans(ctx: AnalysisContext, label: string): Span[] {
  return ctx.segments.sentences
    .map((s, i) => ({ start: s.start, end: s.end, sentence: i, label: s.label }))
    .filter((s) => s.label === label);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A job description instead of a story: most of what the candidate says they did are standing
 * duties ("I owned", "I chaired", "I was responsible for"), not steps taken on one occasion.
 */
export function isResponsibilityList(ctx: AnalysisContext): boolean {
  const duties = ctx.features.duties.length;
  return duties >= 2 && duties * 2 >= ctx.features.iActions.length;
}

interface Draft {
  status: CriterionStatus;
  spans: readonly { start: number; end: number }[];
  advice: string;
}

/** Behavioural and functional weights: functional answers lean on key points, specificity, judgment and customer. */
const WEIGHTS: Record<"behavioural" | "functional", Record<CriterionId, number>> = {
  behavioural: {
    situation: 0.5,
    task: 0.5,
    action: 1.5,
    result: 1.2,
    "quantified-result": 1.3,
    "first-person": 1.3,
    "team-credit": 0.4,
    judgment: 1.3,
    dissent: 0.5,
    learning: 0.6,
    customer: 0.6,
    specificity: 1,
    length: 0.6,
  },
  functional: {
    situation: 0.8,
    task: 0.5,
    action: 1,
    result: 1,
    "quantified-result": 0.6,
    "first-person": 0,
    "team-credit": 0,
    judgment: 1.8,
    dissent: 0,
    learning: 0,
    customer: 1.5,
    specificity: 1.5,
    length: 0.6,
  },
};

export function criterionWeights(ctx: AnalysisContext): Record<CriterionId, number> {
  const weights = { ...WEIGHTS[ctx.functional ? "functional" : "behavioural"] };
  if (!ctx.functional) {
    // The principle a question targets raises the weight of its matching criterion.
    if (ctx.targets.includes("have-backbone-disagree-and-commit")) weights.dissent = 1.5;
    if (ctx.targets.includes("customer-obsession")) weights.customer = 1.3;
    if (ctx.targets.includes("learn-and-be-curious")) weights.learning = 1.2;
    if (ctx.targets.includes("deliver-results")) weights["quantified-result"] = 1.6;
    if (ctx.targets.includes("are-right-a-lot") || ctx.targets.includes("bias-for-action")) weights.judgment = 1.6;
    if (ctx.targets.includes("hire-and-develop-the-best") || ctx.targets.includes("earn-trust"))
      weights["team-credit"] = 0.8;
  }
  return weights;
}

export function evaluateCriteria(ctx: AnalysisContext, redFlags: RedFlagResult[]): CriterionResult[] {
  const weights = criterionWeights(ctx);
  const drafts: Record<CriterionId, Draft> = {
    situation: ctx.functional ? functionalContext(ctx) : situation(ctx, redFlags),
    task: ctx.functional ? functionalGoal(ctx) : task(ctx),
    action: ctx.functional ? functionalProposal(ctx) : action(ctx),
    result: ctx.functional ? functionalMeasures(ctx) : result(ctx),
    "quantified-result": quantifiedResult(ctx),
    "first-person": firstPerson(ctx),
    "team-credit": teamCredit(ctx, redFlags),
    judgment: judgment(ctx),
    dissent: dissent(ctx),
    learning: learning(ctx),
    customer: customer(ctx, redFlags),
    specificity: specificity(ctx),
    length: length(ctx),
  };
  return (Object.keys(drafts) as CriterionId[]).map((id) => {
    const draft = drafts[id];
    let evidence = toEvidence(ctx.doc, readableSpans(ctx.doc, ctx.clauses, draft.spans));
    let status = draft.status;
    // The contract: a met or partial criterion always shows its evidence.
    if (status !== "missing" && evidence.length === 0) {
      status = "missing";
      evidence = [];
    }
    const weight = weights[id];
    const advice = weight === 0 ? `${draft.advice} (Not scored for ${ctx.questionType} questions.)` : draft.advice;
    return { id, status, evidence, advice, weight };
  });
}

// ---- Behavioural criteria ----

/**
 * Situation: the scene of a real story. A labelled situation sentence counts when it tells what
 * was (a past-tense clause) rather than what the candidate would or always does; a long set-up is
 * still a set-up (its share is advice, not a gap).
 */
function situation(ctx: AnalysisContext, redFlags: RedFlagResult[]): Draft {
  const labelled = sentenceSpans(ctx, "situation");
  const story = labelled.filter((s) => tellsWhatWas(ctx, s.sentence));
  const share = ctx.segments.shares.situation;
  if (story.length === 0)
    return {
      status: "missing",
      spans: [],
      advice: "Open with one or two sentences of context: where you were, what was at stake, and for whom.",
    };
  const words = story.reduce((sum, s) => sum + (ctx.doc.sentences[s.sentence]?.words ?? 0), 0);
  if (redFlags.some((r) => r.id === "hypothetical") || words < 8)
    return {
      status: "partial",
      spans: story,
      advice: "Set the scene of one real occasion: where you were, when, what was going on and what was at stake.",
    };
  if (share > 0.35 && ctx.words >= 60)
    return {
      status: "met",
      spans: story,
      advice: `Context is set, but it is ${percent(share)} of the answer; keep it under 20% and move to your actions sooner.`,
    };
  return {
    status: "met",
    spans: story,
    advice: "Context is set; keep it to two sentences so your actions get the time.",
  };
}

/** A sentence that states what was the case: a past clause, not a hypothetical or a habit of the candidate. */
function tellsWhatWas(ctx: AnalysisContext, sentence: number): boolean {
  const s = ctx.doc.sentences[sentence];
  if (!s) return false;
  let past = false;
  for (let i = ctx.clauses.clauseOfToken[s.first] ?? -1; i >= 0 && i < ctx.clauses.clauses.length; i++) {
    const c = ctx.clauses.clauses[i]!;
    if (c.sentence !== sentence) break;
    const actor = c.subject === "i" || c.subject === "we";
    if (actor && (c.tense === "hypothetical" || c.tense === "habitual" || c.tense === "future")) return false;
    if (c.tense === "past" || (c.tense === "none" && c.verb >= 0)) past = true;
  }
  return past;
}

/**
 * Task: the candidate's own responsibility or goal. Said outright ("my job was", "I was asked
 * to"), or implied by a role in the story, a problem handed to them, or a goal they set; either
 * way it is only clear when the candidate then acts on it.
 */
function task(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const stated = [...f.taskCues, ...f.impliedTasks];
  const acted = f.iActions.length >= 1 && f.iActions.length + f.weActions.length >= 3 && !isResponsibilityList(ctx);
  if (stated.length > 0 && acted)
    return {
      status: "met",
      spans: stated,
      advice: "Your responsibility is clear; tie it to the measure of success you were held to.",
    };
  const labelled = sentenceSpans(ctx, "task");
  const targets = ctx.numbers.filter((n) => n.role === "target");
  // An implied task: a problem stated early, then the candidate acting on it.
  const early = Math.max(2, Math.ceil(ctx.doc.sentences.length * 0.4));
  const problems = f.problems.filter((p) => p.sentence < early);
  if (
    stated.length > 0 ||
    labelled.length > 0 ||
    targets.length > 0 ||
    (problems.length > 0 && f.iActions.length > 0)
  ) {
    return {
      status: "partial",
      spans: [...stated, ...labelled, ...targets.map((n) => clauseSpanOf(ctx, n.first)), ...problems],
      advice: acted
        ? "Your task is only implied; say in one sentence what you personally owned and what success looked like."
        : "Say what you personally owned in this story, then walk through what you did about it.",
    };
  }
  return {
    status: "missing",
    spans: [],
    advice: "Say what you were responsible for: the goal you owned and how it would be judged.",
  };
}

function action(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const own = f.iActions.length;
  const share = ctx.segments.shares.action;
  if (isResponsibilityList(ctx))
    return {
      status: "partial",
      spans: f.duties,
      advice: "These are your standing duties, not steps: pick one occasion and walk through what you did, in order.",
    };
  if (own >= 3 && (share >= 0.3 || own >= 5))
    return {
      status: "met",
      spans: f.iActions,
      advice: "Your steps are concrete; for each, be ready to say why you chose it.",
    };
  if (own + f.weActions.length >= 1) {
    const spans = own > 0 ? [...f.iActions, ...f.weActions] : f.weActions;
    return {
      status: "partial",
      spans,
      advice:
        own === 0
          ? "The actions are all 'we'; describe the steps you personally took, in order."
          : `Action is ${percent(share)} of the answer with ${own} step(s) of your own; walk through at least three things you did.`,
    };
  }
  return {
    status: "missing",
    spans: [],
    advice: "Describe what you did, step by step, in the past tense and the first person.",
  };
}

function result(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const outcomes = ctx.numbers.filter((n) => n.role === "outcome");
  const labelled = sentenceSpans(ctx, "result");
  const closing = new Set(
    ctx.segments.sentences.map((s, i) => (s.label === "result" || s.label === "reflection" ? i : -1)),
  );
  const claims = [...f.iResults, ...f.weResults, ...f.outcomeStates.filter((s) => closing.has(s.sentence))];
  if (outcomes.length > 0 || (claims.length > 0 && labelled.length > 0)) {
    const spans = outcomes.length > 0 ? outcomes.map((n) => clauseSpanOf(ctx, n.first)) : claims;
    return {
      status: "met",
      spans,
      advice:
        outcomes.length > 0
          ? "The outcome is stated; add what it meant for the customer or the business."
          : "You state the outcome; put a number on it.",
    };
  }
  if (labelled.length > 0 || f.resultMarkers.length > 0 || claims.length > 0) {
    return {
      status: "partial",
      spans: [...labelled, ...f.resultMarkers, ...claims],
      advice: "The ending is vague; say what changed because of your work, with a before and after.",
    };
  }
  return { status: "missing", spans: [], advice: "Finish with the result: what changed, for whom, by how much." };
}

function clauseSpanOf(ctx: AnalysisContext, token: number): Span {
  const clause = ctx.clauses.clauses[ctx.clauses.clauseOfToken[token] ?? -1];
  if (!clause) {
    const t = ctx.doc.tokens[token]!;
    return { start: t.start, end: t.end, sentence: t.sentence };
  }
  return { start: clause.start, end: clause.end, sentence: clause.sentence };
}

function quantifiedResult(ctx: AnalysisContext): Draft {
  const outcomes = ctx.numbers.filter((n) => n.role === "outcome");
  if (outcomes.length > 0)
    return {
      status: "met",
      spans: outcomes.map((n) => clauseSpanOf(ctx, n.first)),
      advice: "Good: the result has a number. Give the baseline too, so the change is clear.",
    };
  const partial = ctx.numbers.filter((n) => n.role === "baseline" || n.role === "target");
  if (partial.length > 0) {
    return {
      status: "partial",
      spans: partial.map((n) => clauseSpanOf(ctx, n.first)),
      advice: ctx.functional
        ? "You have numbers for the starting point or goal; state the measurable target you would hold the solution to."
        : "Your numbers describe the starting point or the goal, not the outcome; say what the metric was after your work.",
    };
  }
  return {
    status: "missing",
    spans: [],
    advice: ctx.functional
      ? "Put numbers on it: estimates, targets, or the metric that defines success."
      : "No number in the result: quantify the impact (%, $, time saved, defects, adoption).",
  };
}

function firstPerson(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const i = f.iActions.length;
  const we = f.weActions.length;
  const ratio = i + we === 0 ? 0 : i / (i + we);
  if (i >= 2 && ratio >= 0.5 && isResponsibilityList(ctx))
    return {
      status: "partial",
      spans: f.duties,
      advice: "You say what you were responsible for, not what you did: tell the steps you took, as 'I'.",
    };
  if (i >= 2 && ratio >= 0.5)
    return {
      status: "met",
      spans: f.iActions,
      advice: "You speak for your own actions; keep 'we' for the team's shared result.",
    };
  if (i >= 1 && (ratio >= 0.25 || i >= 3))
    return {
      status: "partial",
      spans: [...f.iActions, ...f.weActions],
      advice: `Only ${i} of ${i + we} actions are yours ('I'); say what you personally did rather than 'we'.`,
    };
  return {
    status: "missing",
    spans: [],
    advice:
      we > 0
        ? "Mostly 'we': the interviewer cannot tell what you did. Use 'I' for your own decisions and steps."
        : "Tell it in the first person: what did you do?",
  };
}

function teamCredit(ctx: AnalysisContext, redFlags: RedFlagResult[]): Draft {
  const f = ctx.features;
  if (redFlags.some((r) => r.id === "team-credit-taken"))
    return {
      status: "missing",
      spans: [],
      advice: "Name who else made it work and what they did; the outcome was a team's.",
    };
  // Others' work told as background (before the candidate acts) is not credit for the outcome.
  const contributions = f.othersContributions.filter(
    (c) => f.firstActionSentence >= 0 && c.sentence >= f.firstActionSentence,
  );
  if (f.credit.length > 0 || contributions.length > 0)
    return {
      status: "met",
      spans: [...f.credit, ...contributions],
      advice: "You credit others; keep the credit specific (who did what).",
    };
  if (f.weResults.length > 0 || f.weActions.length > 0)
    return {
      status: "partial",
      spans: [...f.weResults, ...f.weActions],
      advice: "Credit the team by name for what they built, next to what you did.",
    };
  return {
    status: "missing",
    spans: [],
    advice: "Acknowledge the people who worked with you and what they contributed.",
  };
}

function judgment(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const decided = f.decisions.length > 0;
  const weighed = f.alternatives.length > 0;
  const gaveUp = f.tradeoffs.length > 0 || f.doors.length > 0;
  const why = f.rationale.length > 0;
  const spans = [
    ...f.decisions.slice(0, 1),
    ...f.alternatives.slice(0, 1),
    ...f.tradeoffs.slice(0, 1),
    ...f.doors.slice(0, 1),
  ];
  if (ctx.functional) {
    // In a design or product answer the judgement is in comparing options, not in asserting choices.
    if ((weighed || gaveUp) && (why || (weighed && gaveUp)))
      return {
        status: "met",
        spans: [...spans, ...f.rationale.slice(0, 1)],
        advice: "You compare options and say why; name what each choice costs and when you would revisit it.",
      };
    if (weighed || gaveUp)
      return {
        status: "partial",
        spans,
        advice: "Say why you chose as you did: the assumption or number that decided it.",
      };
    return {
      status: "missing",
      spans: [],
      advice: why
        ? "You give reasons, but never the options you compared: for each key component, what else you considered and why not."
        : "Explain the why behind each choice: the options you considered, and what each one costs.",
    };
  }
  // Saying the alternatives were not looked at is the opposite of judgement shown.
  if (f.deniedAlternatives.length > 0)
    return {
      status: "missing",
      spans: [],
      advice:
        "You say you did not weigh alternatives. Even for a fast call, name the options you had and why the one you took was good enough to act on.",
    };
  if (isResponsibilityList(ctx))
    return {
      status: "missing",
      spans: [],
      advice:
        "A list of responsibilities shows no judgement: tell one decision, the options you weighed and the trade-off.",
    };
  if ((decided && (weighed || gaveUp)) || (weighed && gaveUp)) {
    return {
      status: "met",
      spans,
      advice:
        "The decision, the options and the cost are all there; say whether it was reversible (a one- or two-way door).",
    };
  }
  if (decided || weighed || gaveUp) {
    const missing = !weighed
      ? "the alternatives you weighed and why you rejected them"
      : !gaveUp
        ? "what you gave up by choosing it (the trade-off)"
        : "the decision you made";
    return { status: "partial", spans: spans.length ? spans : f.rationale, advice: `Add ${missing}.` };
  }
  return {
    status: "missing",
    spans: [],
    advice: ctx.functional
      ? "Explain the why behind each choice: the options you considered, and what each one costs."
      : "Show a decision: what you chose, the alternatives, and the trade-off you accepted.",
  };
}

function dissent(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  const resolution = f.resolution;
  if (f.dissent.length > 0 && resolution.length > 0)
    return {
      status: "met",
      spans: [...f.dissent, ...resolution],
      advice: "Disagreement and resolution are both there; say what you conceded.",
    };
  if (f.dissent.length > 0)
    return {
      status: "partial",
      spans: f.dissent,
      advice: "Say how the disagreement was resolved and how you committed afterwards.",
    };
  return {
    status: "missing",
    spans: [],
    advice: "Mention a disagreement you voiced or heard, and how it was resolved.",
  };
}

/**
 * A lesson in name only: "I learned a lot", "it's important to learn fast and move on", "I should
 * have said something". Its sentence measures the lesson by amount or importance, or points at
 * nothing in particular.
 */
const TOKEN_LESSON =
  /\b(learn\w*|taught me|said|say|done|do|did) (a lot|lots|so much|something|many things|a few things|a ton)\b|\bit'?s important to\b|\bit is important to\b|\bmove on\b|\blearnings\b|\bvaluable (lesson|experience)\b/i;
/** A lesson that changed what the candidate does: "I now write down", "we made it a rule". */
const CHANGED_PRACTICE =
  /\b(i now|now i|we now|now we|now it is|now it's|it is now|it's now|made it a rule|since then,? (i|we)|every \w+ since|on every \w+ since|part of (our|the|my) \w+)\b/i;

function isTokenLesson(ctx: AnalysisContext, lessons: readonly Span[]): boolean {
  const text = ctx.doc.text;
  for (const l of lessons) {
    const sentence = ctx.doc.sentences[l.sentence];
    if (!sentence) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (CHANGED_PRACTICE.test(words) || !TOKEN_LESSON.test(words)) return false;
  }
  return lessons.length > 0;
}

function learning(ctx: AnalysisContext): Draft {
  const f = ctx.features;
  if (f.strongLessons.length > 0 && isTokenLesson(ctx, f.strongLessons))
    return {
      status: "partial",
      spans: f.strongLessons,
      advice: "The lesson is generic; name the specific thing you now do differently because of this story.",
    };
  if (f.strongLessons.length > 0)
    return {
      status: "met",
      spans: f.strongLessons,
      advice: "You reflect on it; make the lesson something you now do differently.",
    };
  if (f.lessons.length > 0)
    return {
      status: "partial",
      spans: f.lessons,
      advice: "Turn the realisation into a lesson: what do you do differently since?",
    };
  return { status: "missing", spans: [], advice: "Close with what you learned or would do differently." };
}

/**
 * Customer: the people served drive the story when it says what they needed or suffered and the
 * candidate went to them or kept returning to them; a passing mention is partial.
 */
function customer(ctx: AnalysisContext, redFlags: RedFlagResult[]): Draft {
  const f = ctx.features;
  // Without a real story (an imagined one, or a job description) the customer cannot drive it.
  const imagined = redFlags.some((r) => r.id === "hypothetical") || isResponsibilityList(ctx);
  const needs = f.customerNeeds.length;
  const contacts = f.customerContacts.length;
  const sentences = new Set(f.customers.map((c) => c.sentence)).size;
  // Customers who appear only in the set-up are background; driving the story means they come
  // back once the candidate acts (in the reasoning, the contact, or the outcome).
  const later = ctx.functional || f.customers.some((c) => c.sentence >= Math.max(0, f.firstActionSentence));
  const driven = contacts > 0 || (needs > 0 && sentences >= 2);
  if (later && driven && !imagined)
    return {
      status: "met",
      spans: [...f.customerNeeds, ...f.customerContacts],
      advice: "The customer and their need are clear; show the impact in their terms.",
    };
  if (f.customers.length > 0)
    return {
      status: "partial",
      spans: [...f.customerNeeds, ...f.customers],
      advice: "You mention customers; say who exactly and what they needed or struggled with, and how you learned it.",
    };
  return { status: "missing", spans: [], advice: "Start from the customer: who they were and what they needed." };
}

function specificity(ctx: AnalysisContext): Draft {
  const { doc, features: f } = ctx;
  const concrete: Span[] = ctx.numbers.map((n) => ({
    start: n.start,
    end: n.end,
    sentence: doc.tokens[n.first]!.sentence,
  }));
  const names = new Set<string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== "PROPN" || t.lower === "i" || t.value.length < 2) continue;
    if (!/^[A-Z]/.test(t.value)) continue;
    // A capitalised word opening a sentence is only a name if it is not a plain word elsewhere.
    if (doc.sentences[t.sentence]?.first === i && !/^[A-Z]{2,}/.test(t.value)) continue;
    if (names.has(t.lower)) continue;
    names.add(t.lower);
    concrete.push({ start: t.start, end: t.end, sentence: t.sentence });
  }
  const per100 = Math.max(1, ctx.words / 100);
  const concreteRate = concrete.length / per100;
  // Hedges ("I think", "sort of") are how people talk; they blur a story less than vague claims do.
  const vagueRate = (f.vague.length + 0.5 * f.hedges.length) / per100;
  // Names and numbers make a story checkable only around what was done: a job description, an
  // imagined answer or a story with no steps of the candidate's stays partial however many it has.
  const story = ctx.functional
    ? ctx.words >= 250
    : f.iActions.length + f.weActions.length >= 2 &&
      !isResponsibilityList(ctx) &&
      f.hypothetical.length <= f.iActions.length + f.weActions.length;
  if (story && concreteRate >= 2.5 && vagueRate < 2.5 && concrete.length >= 3)
    return { status: "met", spans: concrete, advice: "Specific: names and numbers anchor the story." };
  if (concrete.length >= 1 && (concreteRate >= 1 || concrete.length >= 3)) {
    return {
      status: "partial",
      spans: concrete,
      advice:
        vagueRate >= 2.5
          ? "Replace vague words (a lot, significant, various) with the actual figures and names."
          : "Add more specifics: which system, which metric, how many, by when.",
    };
  }
  return {
    status: "missing",
    spans: [],
    advice: "Be specific: name the product, the people's roles, the dates and the numbers.",
  };
}

/** Behavioural answers aim at 2-3 minutes spoken; functional answers need room to reason. */
function length(ctx: AnalysisContext): Draft {
  const { doc } = ctx;
  const first = doc.sentences[0];
  const last = doc.sentences[doc.sentences.length - 1];
  const spans = first && last ? [first, last] : [];
  const seconds = ctx.spokenSeconds;
  const minutes = (seconds / 60).toFixed(1);
  if (ctx.functional) {
    if (ctx.words >= 250)
      return { status: "met", spans, advice: `About ${minutes} minutes spoken; enough room to cover the key points.` };
    if (ctx.words >= 120)
      return {
        status: "partial",
        spans,
        advice: `About ${minutes} minutes spoken; go deeper on the key points and trade-offs.`,
      };
    return {
      status: "missing",
      spans: [],
      advice: `About ${minutes} minutes spoken; a ${ctx.questionType} answer needs the structure, options and metrics laid out.`,
    };
  }
  if (seconds >= 100 && seconds <= 210)
    return { status: "met", spans, advice: `About ${minutes} minutes spoken, within the 2-3 minute target.` };
  if (seconds >= 60 && seconds < 100)
    return {
      status: "partial",
      spans,
      advice: `About ${minutes} minutes spoken; aim for 2-3 minutes with more on your actions and the result.`,
    };
  if (seconds > 210 && seconds <= 300)
    return {
      status: "partial",
      spans,
      advice: `About ${minutes} minutes spoken; trim the context to land within 2-3 minutes.`,
    };
  if (seconds > 300)
    return {
      status: "missing",
      spans: [],
      advice: `About ${minutes} minutes spoken; cut it to 2-3 minutes and leave details for follow-ups.`,
    };
  return {
    status: "missing",
    spans: [],
    advice: `About ${minutes} minutes spoken; a full story takes 2-3 minutes (300-450 words).`,
  };
}

// ---- Functional readings of the STAR criteria ----

function functionalContext(ctx: AnalysisContext): Draft {
  const c = ctx.functionalCues.assumptions;
  if (c.length >= 2)
    return {
      status: "met",
      spans: c,
      advice: "You clarify the context and assumptions first; keep them numeric where you can.",
    };
  if (c.length === 1)
    return {
      status: "partial",
      spans: c,
      advice: "State more of your assumptions up front: scale, users, constraints.",
    };
  return {
    status: "missing",
    spans: [],
    advice: "Start by clarifying the problem: who it is for, the scale, and the constraints you assume.",
  };
}

function functionalGoal(ctx: AnalysisContext): Draft {
  const c = ctx.functionalCues.goals;
  if (c.length >= 1)
    return { status: "met", spans: c, advice: "The goal is stated; tie every later choice back to it." };
  return {
    status: "missing",
    spans: [],
    advice: "Say what the goal is before proposing solutions: the customer problem and what success means.",
  };
}

function functionalProposal(ctx: AnalysisContext): Draft {
  const c = ctx.functionalCues.proposals;
  if (c.length >= 3)
    return {
      status: "met",
      spans: c,
      advice: "The proposal has concrete steps or components; prioritise them explicitly.",
    };
  if (c.length >= 1)
    return { status: "partial", spans: c, advice: "Lay out the solution in more concrete steps or components." };
  return {
    status: "missing",
    spans: [],
    advice: "Propose a concrete solution: the main components or steps and their order.",
  };
}

function functionalMeasures(ctx: AnalysisContext): Draft {
  const c = ctx.functionalCues.measures;
  if (c.length >= 2)
    return { status: "met", spans: c, advice: "You define how success is measured; add a guardrail metric." };
  if (c.length === 1)
    return {
      status: "partial",
      spans: c,
      advice: "Name more of the metrics: the main one, its inputs, and a guardrail.",
    };
  return {
    status: "missing",
    spans: [],
    advice: "Say how you would measure success: one primary metric plus guardrails.",
  };
}

// ---- Red flags ----

/**
 * The candidate says the asked-for behaviour did not happen: the question asks for a time they
 * disagreed, challenged, pushed back..., and the answer says "I didn't disagree", "I never
 * challenged it" — and never says they did.
 */
function deniedPremise(ctx: AnalysisContext): Span[] {
  const stems = ctx.questionStems;
  if (!stems || ctx.functional) return [];
  const { tokens } = ctx.doc;
  const denied: { span: Span; stem: string }[] = [];
  const affirmed = new Set<string>();
  for (const c of ctx.clauses.clauses) {
    if (c.subject !== "i" || c.verb < 0 || tokens[c.verb]!.pos !== "VERB" || STATIVE_LEMMAS.has(c.verbLemma)) continue;
    if (c.tense === "hypothetical" || c.tense === "future" || c.tense === "counterfactual") continue;
    const stem = contentStem(c.verbLemma);
    if (!stem || !stems.has(stem)) continue;
    if (c.negated && !c.subjectNegative)
      denied.push({ span: { start: c.start, end: c.end, sentence: c.sentence }, stem });
    else affirmed.add(stem);
  }
  return denied.filter((d) => !affirmed.has(d.stem)).map((d) => d.span);
}
const STATIVE_LEMMAS = new Set(["be", "have", "do", "think", "know", "feel", "want", "need", "get", "go", "make"]);

/**
 * A strong story for the wrong question: a real story that is clear evidence for another
 * principle, shows next to nothing for the one the question targets, and shares little of the
 * question's own words or rubric. Each condition alone is common in on-topic answers (stories
 * use their own words, principles overlap); together they mean the candidate told a prepared
 * story that does not fit.
 */
function wrongStory(ctx: AnalysisContext): boolean {
  const topic = ctx.topic;
  const primary = ctx.targets[0];
  if (!topic || !primary || ctx.functional || ctx.words < 120) return false;
  if (ctx.features.hypothetical.length > ctx.features.iActions.length) return false;
  const best = ctx.principles[0];
  if (!best || best.id === primary || best.score < 0.6) return false;
  const primaryScore = ctx.principles.find((p) => p.id === primary)?.score ?? 0;
  return primaryScore < 0.3 && topic.wordFit < 0.3 && topic.keyPointFit <= 0.5;
}

/**
 * Hand-waving: an answer with nothing one could check. A story with no steps of the candidate's
 * own (or only standing duties, or only what they would do); a design or plan that lists parts
 * with no reasons and little detail; a few sentences with no name or number in them.
 */
function handWaves(
  ctx: AnalysisContext,
  hypothetical: boolean,
): { spans: readonly { start: number; end: number }[]; advice: string } | undefined {
  const f = ctx.features;
  const first = ctx.doc.sentences[0];
  const opening = first ? [first] : [];
  if (ctx.words < 60) {
    if (ctx.numbers.length === 0 && specificity(ctx).status === "missing")
      return {
        spans: opening,
        advice: "Nothing here can be checked: give one real example with its names and numbers.",
      };
    return undefined;
  }
  if (isResponsibilityList(ctx))
    return {
      spans: f.duties,
      advice:
        "This lists what you were responsible for, not what you did: tell one occasion, your steps, and what changed.",
    };
  if (ctx.functional) {
    if (judgment(ctx).status === "missing" && f.rationale.length === 0)
      return {
        spans: opening,
        advice:
          "The answer names parts but not why: give the reason, the option you rejected, and a number for each key choice.",
      };
    return undefined;
  }
  if (hypothetical || action(ctx).status === "missing")
    return {
      spans: opening,
      advice: "There is no concrete step of yours in this: tell what you actually did, in order, and what it changed.",
    };
  return undefined;
}

export function detectRedFlags(ctx: AnalysisContext): RedFlagResult[] {
  const { doc, features: f } = ctx;
  const flags: RedFlagResult[] = [];
  const add = (id: RedFlagResult["id"], spans: readonly { start: number; end: number }[], advice: string) =>
    flags.push({ id, evidence: toEvidence(doc, readableSpans(doc, ctx.clauses, spans)), advice });
  const whole =
    doc.sentences.length > 0
      ? [{ start: doc.sentences[0]!.start, end: doc.sentences[doc.sentences.length - 1]!.end }]
      : [];

  /** Under ~25 seconds spoken there is no story to judge. */
  const TOO_SHORT_WORDS = ctx.functional ? 80 : 60;
  if (ctx.words < TOO_SHORT_WORDS) {
    add(
      "too-short",
      whole,
      `Only ${ctx.words} word${ctx.words === 1 ? "" : "s"}: ${ctx.functional ? "lay out your reasoning, options and metrics" : "tell a full story in 2-3 minutes (situation, your actions, the result)"}.`,
    );
  }
  const longLimit = ctx.functional ? Math.max(900, (ctx.question?.answerMinutes ?? 15) * 150 * 1.25) : 600;
  if (ctx.words > longLimit) {
    add(
      "too-long",
      whole,
      ctx.functional
        ? "This runs well past the time for the question; lead with structure and summarise."
        : `About ${(ctx.spokenSeconds / 60).toFixed(1)} minutes spoken: cut to 2-3 minutes; the interviewer will ask for detail.`,
    );
  }
  // Under the too-short limit there is too little to tell what the answer is about.
  const denied = ctx.topic && ctx.words >= TOO_SHORT_WORDS ? deniedPremise(ctx) : [];
  if (ctx.topic && ctx.words >= TOO_SHORT_WORDS && ctx.topic.relevance < OFF_TOPIC_BELOW) {
    add(
      "off-topic",
      whole.length ? [doc.sentences[0]!] : [],
      "The answer does not address the question: answer what was asked, with a story about exactly that.",
    );
  } else if (denied.length > 0) {
    add(
      "off-topic",
      denied,
      "You say the thing the question asks about did not happen: choose a story where it did, and tell that one.",
    );
  } else if (ctx.topic && wrongStory(ctx)) {
    const best = ctx.principles[0]!;
    add(
      "off-topic",
      best.evidence.length ? best.evidence : whole.length ? [doc.sentences[0]!] : [],
      `This reads as a ${best.name} story, but the question asks about something else: tell a story where what the question describes actually happened.`,
    );
  }
  if (!ctx.functional) {
    const past = f.iActions.length + f.weActions.length;
    const hypo = f.hypothetical.length;
    if ((hypo >= 2 && hypo >= past) || (hypo >= 1 && past === 0 && ctx.words >= 8)) {
      add(
        "hypothetical",
        f.hypothetical,
        "This describes what you would do or usually do. Tell one specific time, in the past tense: what you actually did.",
      );
    }
  }
  // In a design or a plan, other teams' failings are the scenario to handle, not blame; only an
  // explicit "not my job" counts there.
  const complaintWeight = ctx.functional ? 0 : f.complaints.reduce((sum, c) => sum + c.weight, 0);
  // A story about what others got wrong, with little the candidate did about it, is blame even
  // without blame words.
  const bystander = f.iActions.length < 3 && f.accountability.length === 0 && complaintWeight >= 1.5;
  if (
    f.disown.length > 0 ||
    bystander ||
    (complaintWeight >= 2 && (f.accountability.length === 0 || complaintWeight >= 4))
  ) {
    add(
      "disowning",
      [...f.disown, ...f.complaints],
      "The story puts the problem on others. Own your part: what could you have done differently, and what did you do about it?",
    );
  }
  const per100 = Math.max(1, ctx.words / 100);
  const vagueItems = [...f.vague, ...f.hedges];
  const outcomes = ctx.numbers.filter((n) => n.role === "outcome").length;
  const hypothetical = flags.some((r) => r.id === "hypothetical");
  const resultSentences = new Set(
    ctx.segments.sentences
      .map((s, i) => (s.label === "result" || s.label === "reflection" ? i : -1))
      .filter((i) => i >= 0),
  );
  // Vague where it matters most: the result claimed with intensifiers instead of numbers.
  const vagueResult = f.vague.filter((v) => resultSentences.has(v.sentence)).length;
  // Hand-waving is the absence of concrete steps and outcomes, not a manner of speaking: hedges
  // ("I think", "maybe") are how people talk, so only empty claims count towards it.
  const handWaving = handWaves(ctx, hypothetical);
  if (
    handWaving !== undefined ||
    (f.vague.length >= 4 && f.vague.length / per100 >= 3) ||
    (!ctx.functional && vagueResult >= 2 && outcomes === 0 && ctx.words >= 60)
  ) {
    add(
      "vague",
      handWaving?.spans.length ? handWaving.spans : vagueItems,
      handWaving?.advice ??
        "Vague words stand in for facts. Replace 'significant', 'a lot', 'various' with the number, the name, the date.",
    );
  }
  const teamPresent = f.teamMentioned.length > 0 || ctx.numbers.some((n) => n.role === "team-size");
  const explicitTaking = f.creditTaken.filter(
    (c) => teamPresent || !/on my own|by myself/i.test(doc.text.slice(c.start, c.end)),
  );
  const shared = f.credit.length + f.othersContributions.length + f.weResults.length + f.weActions.length;
  // Others' work acknowledged (not just "we"): what answers a claim of having done it all.
  const acknowledged = f.credit.length + f.othersContributions.length;
  if (
    !ctx.functional &&
    ((explicitTaking.length > 0 && shared < 2) ||
      (explicitTaking.length > 0 && teamPresent && acknowledged === 0) ||
      (explicitTaking.length >= 2 && acknowledged <= 1) ||
      (teamPresent && f.iResults.length >= 2 && shared === 0) ||
      // A team is there, the building is all "I", and nobody else is credited with anything.
      (teamPresent && f.iBuilt.length >= 2 && acknowledged === 0))
  ) {
    add(
      "team-credit-taken",
      [...explicitTaking, ...f.iBuilt, ...f.iResults],
      "Others worked on this too: say who, and what they contributed, next to your own part.",
    );
  }
  return flags;
}
