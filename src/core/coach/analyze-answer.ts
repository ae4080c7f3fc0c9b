/**
 * The offline answer coach: one answer (and optionally its question) in, one CoachResult out,
 * as DESIGN.md's contract describes. Pure and synchronous: one wink pass per analysis, no I/O,
 * and it never throws on any string.
 */
import type { Principle, PrincipleId, Question, QuestionType } from "../content/pack-schema.js";
import { PRINCIPLE_IDS, QUESTION_TYPES } from "../content/pack-schema.js";
import { type CompiledSignals, matchSignals, type SignalMatch } from "../text/signal-matcher.js";
import { readText, type TextDoc } from "../text/text-doc.js";
import { contentStem, contentStems, plainWords } from "../text/word-stem.js";
import { CUE_PREFIX, cueSignals, extractFeatures } from "./answer-features.js";
import { buildClauses } from "./clauses.js";
import type { CoachResult } from "./coach-result-schema.js";
import { type AnalysisContext, detectRedFlags, evaluateCriteria, toEvidence } from "./criteria.js";
import { findFillers, spokenSeconds } from "./delivery.js";
import { buildFollowUps, pickFollowUps } from "./follow-ups.js";
import { FUNCTIONAL_PREFIX, type FunctionalCues, findFunctionalCues, functionalSignals } from "./functional-cues.js";
import { coverKeyPoints, KEY_POINT_PREFIX, keyPointSignals } from "./key-points.js";
import * as lexicon from "./lexicon.js";
import { extractNumbers } from "./numbers.js";
import { classifyQuestion, combinedSignals, principleModel, rankAnswerPrinciples } from "./principles.js";
import { scoreAnswer } from "./score.js";
import { segmentStar } from "./star-segments.js";
import { topicFit } from "./topic-fit.js";

/** Read once (module bindings can be accessor calls under some loaders). */
const { WORK_WORDS } = lexicon;

/** DESIGN.md caps an answer at 20,000 characters; longer input is read up to the cap. */
export const MAX_ANSWER_CHARS = 20_000;
const NO_FUNCTIONAL_CUES: FunctionalCues = { assumptions: [], goals: [], proposals: [], measures: [] };
/** Follow-ups returned with a single analysis. */
const FOLLOW_UPS_PER_ANSWER = 5;

export interface AnalyzeInput {
  answer: string;
  question?: Question;
  /** The question's text when there is no pack question (a user's own question). */
  questionText?: string;
  /** The principle the user is practising, when known. */
  principleId?: PrincipleId;
  /** A speech transcript: fillers and delivery matter. */
  spoken?: boolean;
}

export interface CoachContext {
  principles: Principle[];
}

export interface AnalyzeOptions {
  /** Deepest probe depth offered (1-4); a thread raises it turn by turn. */
  followUpDepth?: number;
  /** Follow-up keys already asked in a thread. */
  asked?: ReadonlySet<string>;
}

const FUNCTIONAL_OPENERS: [RegExp, QuestionType][] = [
  [
    /\b(design|architect)\b.*\b(system|service|api|platform|backend|pipeline|database)\b|\bsystem design\b/i,
    "system-design",
  ],
  [/\bhow would you (measure|track|evaluate)\b|\bmetrics?\b|\bnorth[- ]star\b|\bkpis?\b/i, "metrics"],
  [
    /\b(design|build|improve|create) (a|an|the)? ?(feature|product|app|experience)\b|\bhow would you (design|improve|build)\b/i,
    "product-sense",
  ],
  [
    /\b(launch|program|roadmap|milestones?|dependencies)\b.*\b(plan|run|manage|deliver)\b|\bhow would you (plan|run|manage)\b/i,
    "program-execution",
  ],
  [/\b(should (amazon|we|the company)|enter (the|a) market|strategy|compete|build,? (partner|or buy))\b/i, "strategy"],
  [
    /\bexplain (how|the)\b.*\b(works?|architecture)\b|\bwalk me through (the|a) (system|architecture)\b/i,
    "technical-depth",
  ],
];
const BEHAVIOURAL_OPENER =
  /\b(tell me about|describe a time|give (me )?an example|share an example|have you ever|talk about a time|walk me through a time|a time (when|you))\b/i;

/** The question type from the pack question, or guessed from free text (behavioural by default). */
export function inferQuestionType(question: Question | undefined, questionText: string | undefined): QuestionType {
  if (question && (QUESTION_TYPES as readonly string[]).includes(question.type)) return question.type;
  const text = typeof questionText === "string" ? questionText.slice(0, 2000) : "";
  if (!text || BEHAVIOURAL_OPENER.test(text)) return "behavioural";
  for (const [pattern, type] of FUNCTIONAL_OPENERS) if (pattern.test(text)) return type;
  return "behavioural";
}

function questionTextOf(input: AnalyzeInput): string {
  if (input.question && typeof input.question.text === "string") return input.question.text;
  return typeof input.questionText === "string" ? input.questionText.slice(0, 4000) : "";
}

function targetPrinciples(input: AnalyzeInput, principles: readonly Principle[], questionText: string): PrincipleId[] {
  const valid = (id: unknown): id is PrincipleId =>
    typeof id === "string" && (PRINCIPLE_IDS as readonly string[]).includes(id);
  if (valid(input.principleId)) {
    const rest = input.question?.principles?.filter((p) => p !== input.principleId) ?? [];
    return [input.principleId, ...rest.filter(valid)];
  }
  if (input.question && Array.isArray(input.question.principles) && input.question.principles.length > 0)
    return input.question.principles.filter(valid);
  if (!questionText) return [];
  const ranked = classifyQuestion(questionText, principles);
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((p, i) => i < 2 && p.score >= top * 0.6 && p.score >= 0.3).map((p) => p.id);
}

const questionStemCache = new Map<string, Set<string>>();

/** Content stems of a question's text; questions repeat across a session, so they are cached. */
function questionStems(text: string): Set<string> {
  let stems = questionStemCache.get(text);
  if (!stems) {
    stems = contentStems(plainWords(text));
    if (questionStemCache.size > 1000) questionStemCache.clear();
    questionStemCache.set(text, stems);
  }
  return stems;
}

/** One compiled matcher per principle set, question and kind of question; see `combinedSignals`. */
function answerSignals(
  principles: readonly Principle[],
  question: Question | undefined,
  functional: boolean,
): CompiledSignals {
  const hasKeyPoints = question !== undefined && Array.isArray(question.keyPoints) && question.keyPoints.length > 0;
  const key = hasKeyPoints ? question : functional ? FUNCTIONAL_KEY : undefined;
  return combinedSignals(principles, {
    question: key,
    extra: functional ? [cueSignals(), functionalSignals()] : [cueSignals()],
    questionSignals: hasKeyPoints ? keyPointSignals(question) : undefined,
  });
}
const FUNCTIONAL_KEY = {};

interface MatchesByKind {
  cues: SignalMatch[];
  principles: SignalMatch[];
  keyPoints: SignalMatch[];
  functional: SignalMatch[];
}

function splitMatches(all: SignalMatch[]): MatchesByKind {
  const out: MatchesByKind = { cues: [], principles: [], keyPoints: [], functional: [] };
  for (const m of all) {
    if (m.group.startsWith(CUE_PREFIX)) out.cues.push(m);
    else if (m.group.startsWith(KEY_POINT_PREFIX)) out.keyPoints.push(m);
    else if (m.group.startsWith(FUNCTIONAL_PREFIX)) out.functional.push(m);
    else out.principles.push(m);
  }
  return out;
}

interface WordStats {
  /** Content-word stem of each token (null for other tokens), when a question needs them. */
  tokenStems: (string | null)[];
  answerStems: Set<string>;
  /** Distinct words of working life. */
  workWords: number;
  singular: number;
  plural: number;
}

/** One pass over the words for everything counted per word; stems only when there is a question. */
function wordStats(doc: TextDoc, withStems: boolean): WordStats {
  const answerStems = new Set<string>();
  const tokenStems: (string | null)[] = withStems ? new Array(doc.tokens.length).fill(null) : [];
  const work = new Set<string>();
  let singular = 0;
  let plural = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== "word") continue;
    const l = t.lower;
    if (l === "i" || l === "me" || l === "my" || l === "mine" || l === "myself") singular++;
    else if (l === "we" || l === "us" || l === "our" || l === "ours" || l === "ourselves") plural++;
    else if (WORK_WORDS.has(l) || WORK_WORDS.has(t.lemma)) work.add(t.lemma);
    if (withStems) {
      const stem = contentStem(l);
      tokenStems[i] = stem;
      if (stem !== null) answerStems.add(stem);
    }
  }
  return { tokenStems, answerStems, workWords: work.size, singular, plural };
}

export function analyzeAnswer(input: AnalyzeInput, context: CoachContext, options: AnalyzeOptions = {}): CoachResult {
  const raw = typeof input?.answer === "string" ? input.answer : "";
  const truncated = raw.length > MAX_ANSWER_CHARS;
  // Never cut a surrogate pair in half: offsets must stay valid UTF-16 positions of the answer.
  let cut = Math.min(raw.length, MAX_ANSWER_CHARS);
  if (truncated && /[\uD800-\uDBFF]/.test(raw[cut - 1] ?? "")) cut--;
  const answer = raw.slice(0, cut);
  const principles = Array.isArray(context?.principles) ? context.principles : [];
  const question = input?.question && typeof input.question === "object" ? input.question : undefined;

  const questionType = inferQuestionType(question, input?.questionText);
  const functional = questionType !== "behavioural";
  const doc = readText(answer);
  const clauses = buildClauses(doc);
  const numbers = extractNumbers(doc, clauses);
  const matches = splitMatches(matchSignals(doc, answerSignals(principles, question, functional)));
  const features = extractFeatures(doc, clauses, numbers, { cueMatches: matches.cues, proposal: functional });
  const segments = segmentStar(doc, features.perSentence);
  const delivery = findFillers(doc);
  const functionalCues = functional ? findFunctionalCues(doc, clauses, matches.functional) : NO_FUNCTIONAL_CUES;
  const questionText = questionTextOf(input ?? { answer });
  const targets = targetPrinciples(input ?? { answer }, principles, questionText);
  const hasQuestion = questionText.length > 0;

  const { tokenStems, answerStems, workWords, singular, plural } = wordStats(
    doc,
    hasQuestion || question !== undefined,
  );

  const principleResults = rankAnswerPrinciples(doc, clauses, features, numbers, principles, matches.principles);
  const keyPoints = coverKeyPoints(doc, clauses, question, tokenStems, matches.keyPoints);
  const model = principleModel(principles);
  const topic = hasQuestion
    ? topicFit({
        questionStems: questionStems(questionText),
        answerStems,
        principles: principleResults,
        targets,
        keyPoints,
        functional,
        documentFrequency: model.documentFrequency,
        principleCount: principles.length,
        workWords,
      })
    : undefined;
  const words = doc.words;
  const seconds = spokenSeconds(words);

  const ctx: AnalysisContext = {
    doc,
    clauses,
    features,
    numbers,
    segments,
    delivery,
    functionalCues,
    questionType,
    functional,
    targets,
    question,
    hasQuestion,
    questionStems: hasQuestion ? questionStems(questionText) : undefined,
    principles: principleResults,
    keyPoints,
    topic,
    spoken: input?.spoken === true,
    words,
    spokenSeconds: seconds,
  };
  const redFlags = detectRedFlags(ctx);
  const criteria = evaluateCriteria(ctx, redFlags);
  addDeliveryAdvice(ctx, criteria);
  const verdict = scoreAnswer({
    criteria,
    redFlags,
    principles: principleResults,
    keyPoints,
    targets,
    functional,
    weActions: features.weActions.length,
    words,
  });
  const depth = Math.max(1, Math.min(4, Math.round(options.followUpDepth ?? 2)));
  const followUps = pickFollowUps(
    buildFollowUps({
      criteria,
      redFlags,
      question,
      targets,
      principles,
      functional,
      maxDepth: depth,
      asked: options.asked,
    }),
    FOLLOW_UPS_PER_ANSWER,
  );
  const fillers = delivery.fillers.length;

  return {
    version: 1,
    vote: verdict.vote,
    score: verdict.score,
    stats: {
      words,
      sentences: doc.sentences.length,
      spokenSeconds: seconds,
      numbers: numbers.length,
      fillers,
      fillersPer100: words === 0 ? 0 : Math.round((fillers / words) * 1000) / 10,
      firstPersonSingular: singular,
      firstPersonPlural: plural,
      tagQuestions: delivery.tagQuestions.length,
    },
    criteria,
    redFlags,
    principles: principleResults,
    keyPoints,
    followUps,
    voteLabel: verdict.voteLabel,
    voteReasons: verdict.voteReasons,
    questionType,
    relevance: topic ? topic.relevance : null,
    targetPrinciples: targets,
    segments: { sentences: segments.sentences, shares: segments.shares, advice: segments.advice },
    numbers: numbers.map((n) => ({ start: n.start, end: n.end, quote: n.quote, role: n.role, unit: n.unit })),
    fillers: toEvidence(doc, delivery.fillers, Number.POSITIVE_INFINITY),
    truncated,
  };
}

/**
 * Fillers above about 3 per 100 words are what listeners notice (speech coaches' usual
 * threshold); in spoken mode the length criterion's advice says so.
 */
const FILLERS_NOTICEABLE_PER_100 = 3;

function addDeliveryAdvice(ctx: AnalysisContext, criteria: CoachResult["criteria"]): void {
  if (!ctx.spoken || ctx.words === 0) return;
  const count = ctx.delivery.fillers.length;
  const rate = (count / ctx.words) * 100;
  if (rate < FILLERS_NOTICEABLE_PER_100) return;
  const length = criteria.find((c) => c.id === "length");
  if (length)
    length.advice += ` You used ${count} fillers (${rate.toFixed(1)} per 100 words); pause silently instead of "um", "like" or "you know".`;
}
