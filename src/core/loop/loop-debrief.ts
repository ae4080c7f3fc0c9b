/**
 * The debrief: what each interviewer writes, how they vote, and the decision, as a real loop
 * debrief reaches it (process.yaml, "debrief").
 *
 * Votes (1 Strong No Hire, 2 Not Inclined, 3 Inclined, 4 Strong Hire):
 * - An answer's vote is the coach's vote, one step lower when its follow-ups did not hold up
 *   (loop-votes.ts).
 * - An interviewer's vote is the average of their answers' votes rounded down, and at most one
 *   step above their weakest answer: "Inclined" needs the bar met on every owned principle,
 *   "Strong Hire" needs it exceeded repeatedly. A planned question left unanswered caps the
 *   vote at Not Inclined (thin evidence on a principle they own), and a round with no
 *   answers at all is Not Inclined.
 * - A reused story lowers the vote of the interviewer who heard it second by one step
 *   (never below Strong No Hire), once per round, and is also written up as a concern.
 *
 * Decision, led by the Bar Raiser (by the hiring manager in a loop without one):
 * 1. Any Strong No Hire blocks the hire.
 * 2. A Bar Raiser vote of Not Inclined or worse blocks the hire (the veto).
 * 3. Otherwise the hire goes ahead if more than half of the interviewers are Inclined or better.
 * A hire whose evidence supports only a lower level is an offer at that level (onsite only).
 */
import type { Level, Principle, PrincipleId, ProcessContent, Question } from "../content/pack-schema.js";
import type { LoopCoachResult } from "./coach-contract.js";
import { calibrateLevel, type LevelCalibration, type LevelSource } from "./level-calibration.js";
import type { FunctionalArea, LoopAnswer, LoopKind, LoopState, PersonaId, RecentPractice } from "./loop-schema.js";
import { answerVote, clampVote, mean, VOTE_NAMES, type Vote } from "./loop-votes.js";
import { buildNextSteps, type NextStep } from "./next-steps.js";
import { type Quote, type QuoteSource, quoteFromEvidence } from "./quotes.js";

export interface DebriefContent {
  principles: readonly Principle[];
  process: ProcessContent;
  questions: readonly Question[];
}

export interface DebriefOptions {
  /** Practice history, so drill suggestions avoid questions practised in the last 14 days. */
  recent?: readonly RecentPractice[];
  now?: Date | string;
}

export type DataPointSource =
  | "principle"
  | "criterion"
  | "red-flag"
  | "functional"
  | "depth"
  | "story-reuse"
  | "no-answer";

export interface DataPoint {
  principleId: PrincipleId;
  stance: "for" | "against";
  note: string;
  source: DataPointSource;
  /** The criterion or red-flag id behind the data point, when there is one. */
  id?: string;
  /** The candidate's own words: an exact slice of the answer (or follow-up answer) quoted. */
  quote?: Quote;
}

export interface PrincipleFeedback {
  principleId: PrincipleId;
  name: string;
  /** Vote on this principle from the answers that targeted it; null when none was answered. */
  vote: Vote | null;
  dataPoints: DataPoint[];
}

export interface InterviewerFeedback {
  round: number;
  persona: { id: PersonaId; name: string };
  functionalArea?: FunctionalArea;
  asked: number;
  answered: number;
  /** The coach's votes on this round's answers, in order. */
  coachVotes: number[];
  vote: Vote;
  voteName: string;
  /** Why the vote is what it is, including every adjustment, in plain words. */
  reasons: string[];
  principles: PrincipleFeedback[];
}

export interface StoryReuse {
  storyId: string;
  first: { round: number; question: number; questionId: string; persona: string };
  repeats: { round: number; question: number; questionId: string; persona: string; sameInterviewer: boolean }[];
}

export interface Decision {
  hire: boolean;
  /** "Hire", "No hire", or for a phone screen whether to invite to the onsite loop. */
  headline: string;
  ledBy: PersonaId;
  /** The rule that decided, in plain words. */
  rule: string;
  reasons: string[];
  /** Set when the evidence supports a hire at a lower level than applied for. */
  offerLevel?: Level;
}

export interface HeatmapCell {
  /** Whether this round's interviewer owned the principle. */
  owned: boolean;
  vote: Vote | null;
  /** 0-100: the coach's answer score for owned principles, its principle score otherwise. */
  score: number | null;
}

export interface Heatmap {
  rounds: { index: number; personaId: PersonaId; personaName: string }[];
  /** One row per principle owned or evidenced in the loop; cells indexed by round. */
  rows: { principleId: PrincipleId; name: string; cells: (HeatmapCell | null)[] }[];
}

export interface LoopDebrief {
  version: 1;
  role: LoopState["plan"]["role"];
  level: Level;
  kind: LoopKind;
  seed: number;
  /** False when the loop was not finished or questions were skipped. */
  complete: boolean;
  interviewers: InterviewerFeedback[];
  decision: Decision;
  calibration: LevelCalibration;
  heatmap: Heatmap;
  storyReuse: StoryReuse[];
  nextSteps: NextStep[];
}

/** How the coach's criteria read as data points, for and against. */
const CRITERION_NOTES: Record<string, { met: string; missing: string }> = {
  situation: { met: "Set up the situation clearly.", missing: "The situation was never set up." },
  task: { met: "Made their own responsibility clear.", missing: "Their own responsibility was unclear." },
  action: { met: "Described their own actions step by step.", missing: "Said little about what they actually did." },
  result: { met: "Told how it turned out.", missing: "The story had no result." },
  "quantified-result": { met: "Put a number on the result.", missing: "No measurable result." },
  "first-person": {
    met: "Spoke about their own actions in the first person.",
    missing: 'Mostly "we": their own part was hard to find.',
  },
  "team-credit": { met: "Credited the team for the outcome.", missing: "Did not credit the team for the outcome." },
  judgment: {
    met: "Weighed options and named the trade-off.",
    missing: "No alternatives or trade-off were described.",
  },
  dissent: {
    met: "Described a disagreement and how it was resolved.",
    missing: "No disagreement or pushback in the story.",
  },
  learning: { met: "Reflected on what they learned.", missing: "No lesson or reflection." },
  customer: { met: "Started from the customer.", missing: "The customer was missing from the story." },
  specificity: { met: "Gave specific, concrete detail.", missing: "Stayed general rather than specific." },
  length: { met: "Kept to a sensible length.", missing: "The answer was too long or too short to judge well." },
};

const RED_FLAG_NOTES: Record<string, string> = {
  hypothetical: "Described what they would do, not what they did.",
  disowning: "Put the problem on others, with no reflection on their own part.",
  vague: "Vague claims stood in for facts.",
  "off-topic": "The answer did not address the question.",
  "too-short": "Too short to give evidence.",
  "too-long": "Ran long; the point was hard to find.",
  "team-credit-taken": "Took credit for the team's work.",
};

/** Which criteria each principle's interviewer listens for most, before the common ones. */
const PRINCIPLE_CRITERIA: Partial<Record<PrincipleId, readonly string[]>> = {
  "customer-obsession": ["customer"],
  ownership: ["first-person"],
  "invent-and-simplify": ["judgment", "customer"],
  "are-right-a-lot": ["judgment", "dissent"],
  "learn-and-be-curious": ["learning"],
  "hire-and-develop-the-best": ["team-credit"],
  "insist-on-the-highest-standards": ["quantified-result", "specificity"],
  "think-big": ["quantified-result", "judgment"],
  "bias-for-action": ["judgment", "result"],
  frugality: ["judgment", "quantified-result"],
  "earn-trust": ["dissent", "team-credit", "learning"],
  "dive-deep": ["specificity"],
  "have-backbone-disagree-and-commit": ["dissent", "judgment"],
  "deliver-results": ["quantified-result", "result"],
  "strive-to-be-earths-best-employer": ["team-credit", "learning"],
  "success-and-scale-bring-broad-responsibility": ["customer", "judgment"],
};
const COMMON_CRITERIA = ["quantified-result", "first-person", "judgment", "result", "specificity", "action"];

export function keyCriteria(principle: PrincipleId): string[] {
  return [...new Set([...(PRINCIPLE_CRITERIA[principle] ?? []), ...COMMON_CRITERIA])];
}

function sourceOf(answer: LoopAnswer, followUp?: number): QuoteSource {
  const source: QuoteSource = { round: answer.round, question: answer.question, questionId: answer.questionId };
  if (followUp !== undefined) source.followUp = followUp;
  return source;
}

/** Every coach result of an answer with the text its evidence points into. */
function coachedTexts(answer: LoopAnswer): { text: string; coach: LoopCoachResult; source: QuoteSource }[] {
  const out = [{ text: answer.text, coach: answer.coach, source: sourceOf(answer) }];
  answer.followUps.forEach((f, i) => {
    if (f.coach) out.push({ text: f.answer, coach: f.coach, source: sourceOf(answer, i) });
  });
  return out;
}

const MAX_POINTS_PER_STANCE = 3;

function principleDataPoints(
  principle: PrincipleId,
  name: string,
  targeted: readonly LoopAnswer[],
  others: readonly LoopAnswer[],
  reusedKeys: ReadonlySet<string>,
): DataPoint[] {
  const forPoints: DataPoint[] = [];
  const against: DataPoint[] = [];
  const seenQuotes = new Set<string>();
  const push = (list: DataPoint[], point: DataPoint) => {
    if (list.length >= MAX_POINTS_PER_STANCE) return;
    if (point.quote) {
      const key = `${point.quote.round}:${point.quote.question}:${point.quote.followUp ?? ""}:${point.quote.start}`;
      if (seenQuotes.has(key)) return;
      seenQuotes.add(key);
    }
    list.push(point);
  };
  if (targeted.length === 0) {
    against.push({
      principleId: principle,
      stance: "against",
      source: "no-answer",
      note: `No answer targeted ${name}, so there is no evidence either way.`,
    });
  }
  const criteria = keyCriteria(principle);
  for (const answer of targeted) {
    // Red flags first: they are the evidence a debrief spends its time on.
    for (const { text, coach, source } of coachedTexts(answer)) {
      for (const flag of coach.redFlags) {
        const evidence = flag.evidence[0];
        const quote = evidence && quoteFromEvidence(text, evidence, source);
        const point: DataPoint = {
          principleId: principle,
          stance: "against",
          source: "red-flag",
          id: flag.id,
          note: `${RED_FLAG_NOTES[flag.id] ?? flag.advice}${source.followUp !== undefined ? " (in a follow-up)" : ""}`,
        };
        if (quote) point.quote = quote;
        push(against, point);
      }
    }
    const principleResult = answer.coach.principles.find((p) => p.id === principle);
    const principleEvidence = principleResult?.evidence[0];
    const principleQuote = principleEvidence && quoteFromEvidence(answer.text, principleEvidence, sourceOf(answer));
    if (principleQuote) {
      push(forPoints, {
        principleId: principle,
        stance: "for",
        source: "principle",
        note: `Showed ${name} in their own words.`,
        quote: principleQuote,
      });
    }
    for (const id of criteria) {
      const result = answer.coach.criteria.find((c) => c.id === id);
      if (!result) continue;
      const notes = CRITERION_NOTES[id];
      if (result.status === "met") {
        const evidence = result.evidence[0];
        const quote = evidence && quoteFromEvidence(answer.text, evidence, sourceOf(answer));
        const point: DataPoint = {
          principleId: principle,
          stance: "for",
          source: "criterion",
          id,
          note: notes?.met ?? result.advice,
        };
        if (quote) point.quote = quote;
        push(forPoints, point);
      } else if (result.status === "missing" && criteria.indexOf(id) < 4) {
        push(against, {
          principleId: principle,
          stance: "against",
          source: "criterion",
          id,
          note: notes?.missing ?? result.advice,
        });
      }
    }
    const { heldUp } = answerVote(answer);
    if (heldUp === false) {
      push(against, {
        principleId: principle,
        stance: "against",
        source: "depth",
        note: "The story did not hold up under follow-up questions.",
      });
    }
    if (reusedKeys.has(`${answer.round}:${answer.question}`)) {
      push(against, {
        principleId: principle,
        stance: "against",
        source: "story-reuse",
        note: "Told a story another interviewer had already heard, so it adds no new evidence.",
      });
    }
  }
  // A functional exercise is judged through the principles too.
  for (const answer of others) {
    const result = answer.coach.principles.find((p) => p.id === principle);
    const evidence = result?.evidence[0];
    const quote = evidence && quoteFromEvidence(answer.text, evidence, sourceOf(answer));
    if (quote) {
      push(forPoints, {
        principleId: principle,
        stance: "for",
        source: "functional",
        note: `Showed ${name} in the functional exercise.`,
        quote,
      });
    }
  }
  return [...forPoints, ...against];
}

function findStoryReuse(state: LoopState): StoryReuse[] {
  const byStory = new Map<string, LoopAnswer[]>();
  const ordered = [...state.answers].sort((a, b) => a.round - b.round || a.question - b.question);
  for (const answer of ordered) {
    if (!answer.storyId) continue;
    byStory.set(answer.storyId, [...(byStory.get(answer.storyId) ?? []), answer]);
  }
  const personaName = (round: number) => state.plan.rounds[round]?.persona.name ?? `Round ${round + 1}`;
  const out: StoryReuse[] = [];
  for (const [storyId, answers] of byStory) {
    const [first, ...repeats] = answers;
    if (!first || repeats.length === 0) continue;
    out.push({
      storyId,
      first: {
        round: first.round,
        question: first.question,
        questionId: first.questionId,
        persona: personaName(first.round),
      },
      repeats: repeats.map((a) => ({
        round: a.round,
        question: a.question,
        questionId: a.questionId,
        persona: personaName(a.round),
        sameInterviewer: a.round === first.round,
      })),
    });
  }
  return out;
}

function interviewerFeedback(
  state: LoopState,
  roundIndex: number,
  principlesById: ReadonlyMap<string, Principle>,
  reusedKeys: ReadonlySet<string>,
): InterviewerFeedback {
  const round = state.plan.rounds[roundIndex];
  if (!round) throw new RangeError(`no round ${roundIndex}`);
  const answers = state.answers.filter((a) => a.round === roundIndex).sort((a, b) => a.question - b.question);
  const votes = answers.map((a) => answerVote(a).vote);
  const reasons: string[] = [];
  let vote: Vote;
  if (answers.length === 0) {
    vote = 2;
    reasons.push("No answers were given in this round, so there is no evidence to support a hire.");
  } else {
    const average = mean(votes);
    const weakest = Math.min(...votes);
    vote = clampVote(Math.min(Math.floor(average), weakest + 1));
    reasons.push(
      `Answer votes ${votes.map((v) => VOTE_NAMES[v as Vote]).join(", ")}: average ${average.toFixed(1)}, rounded down${
        Math.floor(average) > weakest + 1 ? `, and held to one step above the weakest answer` : ""
      }.`,
    );
    const shaken = answers.filter((a) => answerVote(a).heldUp === false).length;
    if (shaken > 0)
      reasons.push(`${shaken} answer${shaken > 1 ? "s" : ""} lost a step for not holding up under follow-up.`);
  }
  const unanswered = round.questions.filter((_, i) => !answers.some((a) => a.question === i));
  if (answers.length > 0 && unanswered.length > 0 && vote > 2) {
    vote = 2;
    reasons.push(
      `${unanswered.length} planned question${unanswered.length > 1 ? "s were" : " was"} not answered, so evidence is thin: capped at Not Inclined.`,
    );
  }
  if (answers.some((a) => reusedKeys.has(`${a.round}:${a.question}`))) {
    const before = vote;
    vote = clampVote(vote - 1);
    reasons.push(
      before > 1
        ? `A story already told earlier in the loop was told again here: lowered one step from ${VOTE_NAMES[before]}.`
        : "A story already told earlier in the loop was told again here (already at the lowest vote).",
    );
  }
  const principles: PrincipleFeedback[] = round.principles.map((principleId) => {
    const name = principlesById.get(principleId)?.name ?? principleId;
    const targeted = answers.filter((a) => a.principleId === principleId);
    const others = answers.filter((a) => a.kind === "functional");
    const principleVotes = targeted.map((a) => answerVote(a).vote);
    return {
      principleId,
      name,
      vote: principleVotes.length > 0 ? clampVote(Math.floor(mean(principleVotes))) : null,
      dataPoints: principleDataPoints(principleId, name, targeted, others, reusedKeys),
    };
  });
  const feedback: InterviewerFeedback = {
    round: roundIndex,
    persona: { id: round.persona.id, name: round.persona.name },
    asked: round.questions.length,
    answered: answers.length,
    coachVotes: answers.map((a) => a.coach.vote),
    vote,
    voteName: VOTE_NAMES[vote],
    reasons,
    principles,
  };
  if (round.functionalArea) feedback.functionalArea = round.functionalArea;
  return feedback;
}

function decide(kind: LoopKind, interviewers: readonly InterviewerFeedback[], calibration: LevelCalibration): Decision {
  const barRaiser = interviewers.find((i) => i.persona.id === "bar-raiser");
  const ledBy: PersonaId = barRaiser ? "bar-raiser" : (interviewers[0]?.persona.id ?? "hiring-manager");
  const phone = kind === "phone";
  const yes = phone ? "Invite to the onsite loop" : "Hire";
  const no = phone ? "Do not invite to the onsite loop" : "No hire";
  const inclined = interviewers.filter((i) => i.vote >= 3);
  const tally = `${inclined.length} of ${interviewers.length} interviewer${interviewers.length > 1 ? "s" : ""} voted Inclined or better.`;
  const strongNo = interviewers.filter((i) => i.vote === 1);
  if (strongNo.length > 0) {
    return {
      hire: false,
      headline: no,
      ledBy,
      rule: "Any Strong No Hire blocks the hire.",
      reasons: [
        ...strongNo.map((i) => `The ${i.persona.name} voted Strong No Hire: ${i.reasons[0] ?? ""}`.trim()),
        "A Strong No Hire backed by evidence is not outvoted; the others would have to show the concern does not hold.",
        tally,
      ],
    };
  }
  if (barRaiser && barRaiser.vote <= 2) {
    return {
      hire: false,
      headline: no,
      ledBy,
      rule: "The Bar Raiser can block a hire: a Bar Raiser vote of Not Inclined or worse is a no.",
      reasons: [
        `The Bar Raiser voted ${barRaiser.voteName}, so the hire is blocked whatever the others voted.`,
        ...barRaiser.reasons,
        tally,
      ],
    };
  }
  const majority = inclined.length * 2 > interviewers.length;
  if (!majority) {
    return {
      hire: false,
      headline: no,
      ledBy,
      rule: "A hire needs more than half of the interviewers Inclined or better.",
      reasons: [
        tally,
        ...interviewers.filter((i) => i.vote < 3).map((i) => `The ${i.persona.name} voted ${i.voteName}.`),
      ],
    };
  }
  const decision: Decision = {
    hire: true,
    headline: yes,
    ledBy,
    rule: "No Strong No Hire, no Bar Raiser veto, and more than half of the interviewers Inclined or better.",
    reasons: [tally],
  };
  if (!phone && calibration.verdict === "below") {
    decision.offerLevel = calibration.supported;
    decision.headline = `Hire at ${calibration.supported} (applied for ${calibration.target})`;
    decision.reasons.push(
      `The evidence supports ${calibration.supported}, not ${calibration.target}: a strong candidate below the level applied for gets an offer one level lower.`,
    );
  }
  return decision;
}

function buildHeatmap(
  state: LoopState,
  interviewers: readonly InterviewerFeedback[],
  principlesById: ReadonlyMap<string, Principle>,
): Heatmap {
  const rounds = state.plan.rounds.map((r) => ({
    index: r.index,
    personaId: r.persona.id,
    personaName: r.persona.name,
  }));
  const order: PrincipleId[] = [];
  for (const round of state.plan.rounds) for (const p of round.principles) if (!order.includes(p)) order.push(p);
  const secondary = new Map<string, Map<number, number>>();
  for (const answer of state.answers) {
    for (const result of answer.coach.principles) {
      if (result.evidence.length === 0 || result.score <= 0) continue;
      const perRound = secondary.get(result.id) ?? new Map<number, number>();
      perRound.set(answer.round, Math.max(perRound.get(answer.round) ?? 0, result.score));
      secondary.set(result.id, perRound);
    }
  }
  for (const principle of principlesById.keys()) {
    if (!order.includes(principle as PrincipleId) && secondary.has(principle)) order.push(principle as PrincipleId);
  }
  const rows = order.map((principleId) => ({
    principleId,
    name: principlesById.get(principleId)?.name ?? principleId,
    cells: state.plan.rounds.map((round, r): HeatmapCell | null => {
      if (round.principles.includes(principleId)) {
        const targeted = state.answers.filter((a) => a.round === r && a.principleId === principleId);
        const feedback = interviewers[r]?.principles.find((p) => p.principleId === principleId);
        return {
          owned: true,
          vote: feedback?.vote ?? null,
          score: targeted.length > 0 ? Math.round(mean(targeted.map((a) => a.coach.score))) : null,
        };
      }
      const score = secondary.get(principleId)?.get(r);
      return score === undefined ? null : { owned: false, vote: null, score: Math.round(score * 100) };
    }),
  }));
  return { rounds, rows };
}

/** Builds the debrief for a loop, finished or not (an unfinished loop is marked incomplete). */
export function buildDebrief(state: LoopState, content: DebriefContent, options: DebriefOptions = {}): LoopDebrief {
  const principlesById = new Map(content.principles.map((p) => [p.id as string, p]));
  const storyReuse = findStoryReuse(state);
  const reusedKeys = new Set(storyReuse.flatMap((s) => s.repeats.map((r) => `${r.round}:${r.question}`)));
  const interviewers = state.plan.rounds.map((_, r) => interviewerFeedback(state, r, principlesById, reusedKeys));
  const sources: LevelSource[] = state.answers
    .filter((a) => a.kind === "behavioural")
    .flatMap((a) => [
      { ...sourceOf(a), text: a.text },
      ...a.followUps.map((f, i) => ({ ...sourceOf(a, i), text: f.answer })),
    ]);
  const calibration = calibrateLevel(sources, state.plan.level, content.process.debrief.levelCalibration);
  const decision = decide(state.plan.kind, interviewers, calibration);
  const planned = state.plan.rounds.reduce((n, r) => n + r.questions.length, 0);
  const debrief: LoopDebrief = {
    version: 1,
    role: state.plan.role,
    level: state.plan.level,
    kind: state.plan.kind,
    seed: state.plan.seed,
    complete: state.status === "finished" && state.answers.length === planned,
    interviewers,
    decision,
    calibration,
    heatmap: buildHeatmap(state, interviewers, principlesById),
    storyReuse,
    nextSteps: [],
  };
  debrief.nextSteps = buildNextSteps(state, debrief, content, options);
  return debrief;
}
