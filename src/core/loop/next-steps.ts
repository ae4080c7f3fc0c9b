/**
 * The three most important things to fix after a loop, each with a drill target: the
 * principle, criterion or red flag to work on and a question to practise it with (one not used
 * in this loop and, when possible, not practised in the last 14 days).
 *
 * Issues are scored by how much they cost in a debrief: red flags cost most (an off-topic or
 * hypothetical answer sinks a round on its own), then a principle voted down, a reused story,
 * a level gap and answers that did not hold up under probing, then missing STAR criteria
 * weighted by how often interviewers cite them. Repeats add half their weight each time.
 */
import type { PrincipleId } from "../content/pack-schema.js";
import type { DebriefContent, DebriefOptions, LoopDebrief } from "./loop-debrief.js";
import type { FunctionalArea, LoopAnswer, LoopState } from "./loop-schema.js";
import { answerVote, VOTE_NAMES } from "./loop-votes.js";
import { pickBehavioural, pickFunctional, recentQuestionIds } from "./question-picker.js";
import { quoteFromEvidence } from "./quotes.js";
import { deriveSeed, mulberry32 } from "./seeded-random.js";

export interface DrillTarget {
  principleId?: PrincipleId;
  criterionId?: string;
  redFlagId?: string;
  functionalArea?: FunctionalArea;
  /** A question to practise this with. */
  questionId?: string;
}

export interface NextStep {
  rank: number;
  title: string;
  why: string;
  drill: DrillTarget;
}

interface Issue {
  key: string;
  score: number;
  title: string;
  why: string;
  drill: Omit<DrillTarget, "questionId">;
}

const RED_FLAG_SEVERITY: Record<string, number> = {
  "off-topic": 5,
  "too-short": 5,
  hypothetical: 4,
  disowning: 4,
  "team-credit-taken": 3.5,
  vague: 3,
  "too-long": 2,
};

const RED_FLAG_TITLES: Record<string, string> = {
  "off-topic": "Answer the question that was asked",
  "too-short": "Give full stories, from situation to result",
  hypothetical: "Tell what you did, not what you would do",
  disowning: "Own your part of the outcome",
  "team-credit-taken": "Credit the team for what the team did",
  vague: "Replace vague claims with facts and numbers",
  "too-long": "Keep stories to 2-3 minutes",
};

const CRITERION_WEIGHT: Record<string, number> = {
  "quantified-result": 3,
  result: 3,
  "first-person": 2.5,
  judgment: 2.5,
  action: 2,
  specificity: 2,
  dissent: 1.5,
  learning: 1.5,
  customer: 1.5,
  "team-credit": 1,
  situation: 1,
  task: 1,
  length: 1,
};

const CRITERION_TITLES: Record<string, string> = {
  "quantified-result": "Put a number on every result",
  result: "End every story with how it turned out",
  "first-person": 'Say "I" for what you did',
  judgment: "Show the options you weighed and the trade-off you accepted",
  action: "Spend most of each answer on your own actions",
  specificity: "Be specific: names, numbers, dates",
  dissent: "Include a disagreement and how it was resolved",
  learning: "Close with what you learned or would do differently",
  customer: "Start from the customer",
  "team-credit": "Credit the team for the outcome",
  situation: "Set the scene in two sentences",
  task: "Say what you were responsible for",
  length: "Keep answers to 2-3 minutes",
};

/** Which principle to drill when the level evidence falls short on a dimension. */
const DIMENSION_PRINCIPLE: Record<string, PrincipleId> = {
  scope: "think-big",
  ambiguity: "are-right-a-lot",
  influence: "earn-trust",
  impact: "deliver-results",
};

const AREA_NAMES: Record<FunctionalArea, string> = {
  "product-sense": "product sense",
  metrics: "metrics",
  strategy: "strategy",
  "system-design": "system design",
  "program-execution": "program execution",
  "technical-depth": "technical depth",
};

const repeatFactor = (count: number) => 1 + 0.5 * (count - 1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function drillFor(state: LoopState, answer: LoopAnswer): Omit<DrillTarget, "questionId"> {
  if (answer.principleId) return { principleId: answer.principleId };
  const area = state.plan.rounds[answer.round]?.functionalArea;
  return area ? { functionalArea: area } : {};
}

function collectIssues(state: LoopState, debrief: LoopDebrief, content: DebriefContent): Issue[] {
  const issues: Issue[] = [];
  const answers = [...state.answers].sort((a, b) => a.round - b.round || a.question - b.question);

  const flags = new Map<string, { answers: LoopAnswer[]; quote?: string }>();
  for (const answer of answers) {
    const texts = [
      { text: answer.text, coach: answer.coach },
      ...answer.followUps.flatMap((f) => (f.coach ? [{ text: f.answer, coach: f.coach }] : [])),
    ];
    for (const { text, coach } of texts) {
      for (const flag of coach.redFlags) {
        const entry = flags.get(flag.id) ?? { answers: [] };
        if (!entry.answers.includes(answer)) entry.answers.push(answer);
        const evidence = flag.evidence[0];
        if (!entry.quote && evidence) {
          entry.quote = quoteFromEvidence(text, evidence, { round: 0, question: 0, questionId: "" })?.text;
        }
        flags.set(flag.id, entry);
      }
    }
  }
  for (const [id, entry] of flags) {
    const first = entry.answers[0] as LoopAnswer;
    issues.push({
      key: `red-flag:${id}`,
      score: (RED_FLAG_SEVERITY[id] ?? 3) * repeatFactor(entry.answers.length),
      title: RED_FLAG_TITLES[id] ?? `Fix the "${id}" red flag`,
      why: `Flagged in ${plural(entry.answers.length, "answer")}${entry.quote ? `, for example: "${entry.quote}"` : ""}.`,
      drill: { ...drillFor(state, first), redFlagId: id },
    });
  }

  const criteria = new Map<string, { missing: number; partial: number; first?: LoopAnswer; advice?: string }>();
  for (const answer of answers.filter((a) => a.kind === "behavioural")) {
    for (const result of answer.coach.criteria) {
      if (result.status === "met") continue;
      const entry = criteria.get(result.id) ?? { missing: 0, partial: 0 };
      if (result.status === "missing") {
        // Drill where it was missing outright, with the coach's advice from that answer.
        if (entry.missing === 0) {
          entry.first = answer;
          entry.advice = result.advice;
        }
        entry.missing++;
      } else {
        entry.partial++;
        entry.first ??= answer;
        entry.advice ??= result.advice;
      }
      criteria.set(result.id, entry);
    }
  }
  for (const [id, entry] of criteria) {
    if (entry.missing === 0 && entry.partial < 2) continue;
    const weight = CRITERION_WEIGHT[id] ?? 1;
    const count = entry.missing + entry.partial;
    issues.push({
      key: `criterion:${id}`,
      score: weight * repeatFactor(entry.missing + 0.5 * entry.partial) * (entry.missing > 0 ? 1 : 0.5),
      title: CRITERION_TITLES[id] ?? `Work on ${id}`,
      why: `Missing or partial in ${plural(count, "behavioural answer")}.${entry.advice ? ` ${entry.advice}` : ""}`,
      drill: { ...(entry.first ? drillFor(state, entry.first) : {}), criterionId: id },
    });
  }

  for (const interviewer of debrief.interviewers) {
    for (const principle of interviewer.principles) {
      if (principle.vote !== null && principle.vote > 2) continue;
      issues.push({
        key: `principle:${principle.principleId}`,
        score: principle.vote === 1 ? 6 : principle.vote === 2 ? 3.5 : 3,
        title: `Strengthen your stories for ${principle.name}`,
        why:
          principle.vote === null
            ? `The ${interviewer.persona.name}'s question on ${principle.name} was not answered.`
            : `The ${interviewer.persona.name} heard ${VOTE_NAMES[principle.vote]} evidence on ${principle.name}.`,
        drill: { principleId: principle.principleId },
      });
    }
  }

  for (const reuse of debrief.storyReuse) {
    const repeat = reuse.repeats[0];
    const answer = repeat && answers.find((a) => a.round === repeat.round && a.question === repeat.question);
    issues.push({
      key: `story:${reuse.storyId}`,
      score: 4 * repeatFactor(reuse.repeats.length),
      title: "Build a distinct story for each principle",
      why: `The same story went to the ${reuse.first.persona} and the ${reuse.repeats.map((r) => r.persona).join(" and the ")}; the repeat added no new evidence.`,
      drill: answer ? drillFor(state, answer) : {},
    });
  }

  const shaken = answers.filter((a) => answerVote(a).heldUp === false);
  if (shaken.length > 0) {
    issues.push({
      key: "depth",
      score: 3.5 * repeatFactor(shaken.length),
      title: "Prepare each story for 3-4 levels of follow-up",
      why: `${plural(shaken.length, "answer")} lost ground under follow-up questions.`,
      drill: drillFor(state, shaken[0] as LoopAnswer),
    });
  }

  const { calibration } = debrief;
  if (calibration.verdict === "below") {
    // "L5" < "L6" < "L7" as strings, so a plain comparison finds a dimension short of the target.
    const weakest = calibration.dimensions.find((d) => d.level === null || d.level < calibration.target);
    const principleId = DIMENSION_PRINCIPLE[weakest?.dimension ?? "scope"] ?? "think-big";
    issues.push({
      key: "level",
      score: 4.5,
      title: `Show ${calibration.target}-level scope and impact`,
      why: calibration.toRaise[0] ?? calibration.summary,
      drill: { principleId },
    });
  }

  for (const answer of answers.filter((a) => a.kind === "functional")) {
    const points = answer.coach.keyPoints ?? [];
    if (points.length === 0) continue;
    const missed = points.filter((p) => !p.covered).length;
    const ratio = missed / points.length;
    const area = state.plan.rounds[answer.round]?.functionalArea;
    if (ratio < 0.4 || !area) continue;
    const question = content.questions.find((q) => q.id === answer.questionId);
    issues.push({
      key: `functional:${area}`,
      score: 5 * ratio,
      title: `Cover the whole ${AREA_NAMES[area]} framework`,
      why: `Covered ${points.length - missed} of ${points.length} key points${question ? ` on "${question.text.slice(0, 120)}${question.text.length > 120 ? "…" : ""}"` : ""}.`,
      drill: { functionalArea: area },
    });
  }
  return issues;
}

export function buildNextSteps(
  state: LoopState,
  debrief: LoopDebrief,
  content: DebriefContent,
  options: DebriefOptions = {},
): NextStep[] {
  const issues = collectIssues(state, debrief, content)
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, 3);
  const now = options.now === undefined ? new Date() : new Date(options.now);
  const used = new Set(state.plan.rounds.flatMap((r) => r.questions.map((q) => q.questionId)));
  const ctx = {
    role: state.plan.role,
    level: state.plan.level,
    recent: recentQuestionIds(options.recent, Number.isNaN(now.getTime()) ? new Date(0) : now),
    used,
  };
  return issues.map((issue, index) => {
    const random = mulberry32(deriveSeed(state.plan.seed, "drill", issue.key));
    const question = issue.drill.principleId
      ? pickBehavioural(random, content.questions, issue.drill.principleId, ctx)
      : issue.drill.functionalArea
        ? pickFunctional(random, content.questions, issue.drill.functionalArea, ctx)
        : undefined;
    if (question) used.add(question.id);
    const drill: DrillTarget = { ...issue.drill };
    if (question) drill.questionId = question.id;
    return { rank: index + 1, title: issue.title, why: issue.why, drill };
  });
}
