/**
 * Chooses the next drill. Five ways to ask: by filter (principle, type, role, level,
 * difficulty), the weakest principle, a question due for spaced review, one named question, or
 * at random. Whatever the way, a question practised in the last 14 days ranks below one that was
 * not, so the user is not handed an answer they still remember word for word, unless nothing
 * else fits. Ties are broken by a seeded generator, so the same seed gives the same drill.
 */
import {
  type Difficulty,
  type Level,
  PRINCIPLE_IDS,
  type PrincipleId,
  type Question,
  type QuestionType,
  type Role,
} from "../content/pack-schema.js";
import { deriveSeed, mulberry32, pickOne, type Random } from "../loop/seeded-random.js";
import { PRINCIPLE_NAMES } from "../stories/principle-names.js";
import type { PracticeRecord } from "./attempt-schema.js";

/** Two weeks, as the mock loop uses: long enough that a memorised answer has faded. */
export const AVOID_RECENT_DAYS = 14;
/**
 * A principle's average vote is trusted after two attempts; with fewer it counts as
 * unpractised, and unpractised principles rank as the weakest (not shown yet is not strong).
 */
export const MIN_ATTEMPTS_FOR_AVERAGE = 2;
/** Only the latest five votes count, so early stumbles stop weighing once the user improves. */
export const RECENT_VOTES = 5;

const DAY_MS = 86_400_000;

export interface QuestionFilter {
  principleId?: PrincipleId;
  type?: QuestionType;
  role?: Role;
  level?: Level;
  difficulty?: Difficulty;
}

export type DrillRequest =
  | { kind: "filter"; filter: QuestionFilter }
  | { kind: "weakest-principle"; filter?: QuestionFilter }
  /** `dueQuestionIds` most urgent first, as the review queue orders them. */
  | { kind: "review-due"; dueQuestionIds: readonly string[]; filter?: QuestionFilter }
  | { kind: "question"; questionId: string }
  | { kind: "random"; filter?: QuestionFilter };
export type DrillKind = DrillRequest["kind"];

export interface DrillOptions {
  /** Past attempts (any order). */
  attempts?: readonly PracticeRecord[];
  now: Date;
  /** Same seed, same history, same pick. */
  seed: number;
  avoidDays?: number;
  minAttempts?: number;
  recentVotes?: number;
  /** Strong stories per principle: breaks ties between equally weak principles (fewer first). */
  strongStories?: Partial<Record<PrincipleId, number>>;
}

export interface DrillPick {
  kind: DrillKind;
  question: Question;
  /** Why this drill, in a sentence for the user. */
  reason: string;
  /** The principle being drilled (weakest-principle, or the filter's). */
  principleId?: PrincipleId;
  /** True when the only fitting questions were practised in the last `avoidDays` days. */
  recentlyPractised: boolean;
  lastPractisedAt?: string;
}

export function matchesFilter(question: Question, filter: QuestionFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.principleId && !question.principles.includes(filter.principleId)) return false;
  if (filter.type && question.type !== filter.type) return false;
  if (filter.role && !question.roles.includes(filter.role)) return false;
  if (filter.level && !question.levels.includes(filter.level)) return false;
  if (filter.difficulty && question.difficulty !== filter.difficulty) return false;
  return true;
}

const timeOf = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Attempts oldest first; unreadable dates sort first and never count as recent. */
export function byTime<T extends Pick<PracticeRecord, "submittedAt">>(attempts: readonly T[]): T[] {
  return [...attempts].sort((a, b) => timeOf(a.submittedAt) - timeOf(b.submittedAt));
}

/** Question id → last practised, for questions practised within `days` of `now` (or in the future). */
export function recentlyPractised(
  attempts: readonly PracticeRecord[],
  now: Date,
  days: number = AVOID_RECENT_DAYS,
): Map<string, string> {
  const cutoff = now.getTime() - days * DAY_MS;
  const out = new Map<string, string>();
  for (const a of byTime(attempts)) if (timeOf(a.submittedAt) > cutoff) out.set(a.questionId, a.submittedAt);
  return out;
}

export interface PrincipleStanding {
  principle: PrincipleId;
  name: string;
  attempts: number;
  /** The latest votes, oldest first. */
  recentVotes: number[];
  /** Mean of `recentVotes`; null when unpractised (fewer attempts than the minimum). */
  averageVote: number | null;
  practised: boolean;
  strongStories?: number;
}

/**
 * Every principle, weakest first. An attempt counts for each of its question's principles.
 * Unpractised principles come first (fewest attempts, then fewest strong stories), then the rest
 * by recent average vote, lowest first; ties keep the canonical principle order.
 */
export function rankPrinciplesByWeakness(
  attempts: readonly PracticeRecord[],
  options: Pick<DrillOptions, "minAttempts" | "recentVotes" | "strongStories"> = {},
): PrincipleStanding[] {
  const minAttempts = Math.max(1, options.minAttempts ?? MIN_ATTEMPTS_FOR_AVERAGE);
  const recentCount = Math.max(1, options.recentVotes ?? RECENT_VOTES);
  const votes = new Map<PrincipleId, number[]>();
  for (const a of byTime(attempts)) {
    for (const p of new Set(a.principleIds)) {
      const list = votes.get(p) ?? [];
      list.push(a.vote);
      votes.set(p, list);
    }
  }
  const standings = PRINCIPLE_IDS.map((principle, index) => {
    const all = votes.get(principle) ?? [];
    const recent = all.slice(-recentCount);
    const practised = all.length >= minAttempts;
    const strong = options.strongStories?.[principle];
    const standing: PrincipleStanding = {
      principle,
      name: PRINCIPLE_NAMES[principle],
      attempts: all.length,
      recentVotes: recent,
      averageVote: practised ? recent.reduce((s, v) => s + v, 0) / recent.length : null,
      practised,
      ...(strong !== undefined ? { strongStories: strong } : {}),
    };
    return { standing, index };
  });
  standings.sort((x, y) => {
    const a = x.standing;
    const b = y.standing;
    if (a.practised !== b.practised) return a.practised ? 1 : -1;
    const primary = a.practised ? (a.averageVote ?? 0) - (b.averageVote ?? 0) : a.attempts - b.attempts;
    return primary || (a.strongStories ?? 0) - (b.strongStories ?? 0) || x.index - y.index;
  });
  return standings.map((s) => s.standing);
}

type RankKey = number[];

function compareKeys(a: RankKey, b: RankKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The best-ranked questions, one chosen by the generator among ties (sorted by id first). */
function pickBest(random: Random, ranked: readonly { question: Question; key: RankKey }[]): Question | undefined {
  let best: RankKey | undefined;
  for (const entry of ranked) if (!best || compareKeys(entry.key, best) < 0) best = entry.key;
  if (!best) return undefined;
  const top = ranked
    .filter((entry) => compareKeys(entry.key, best) === 0)
    .map((entry) => entry.question)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return pickOne(random, top);
}

const flag = (condition: boolean) => (condition ? 1 : 0);

function describeFilter(filter: QuestionFilter | undefined): string {
  if (!filter) return "any question";
  const parts = [
    filter.principleId ? PRINCIPLE_NAMES[filter.principleId] : "",
    filter.type ?? "",
    filter.role ? filter.role.toUpperCase() : "",
    filter.level ?? "",
    filter.difficulty ?? "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "any question";
}

/** The next drill, or undefined when no question fits the request. */
export function pickDrill(
  questions: readonly Question[],
  request: DrillRequest,
  options: DrillOptions,
): DrillPick | undefined {
  const attempts = options.attempts ?? [];
  const recent = recentlyPractised(attempts, options.now, options.avoidDays ?? AVOID_RECENT_DAYS);
  const practisedEver = new Set(attempts.map((a) => a.questionId));
  const random = mulberry32(deriveSeed(options.seed >>> 0, "drill", request.kind));
  const finish = (question: Question | undefined, reason: string, principleId?: PrincipleId): DrillPick | undefined => {
    if (!question) return undefined;
    const last = recent.get(question.id);
    return {
      kind: request.kind,
      question,
      reason,
      ...(principleId ? { principleId } : {}),
      recentlyPractised: last !== undefined,
      ...(last !== undefined ? { lastPractisedAt: last } : {}),
    };
  };

  switch (request.kind) {
    case "question":
      return finish(
        questions.find((q) => q.id === request.questionId),
        "The question you chose.",
      );

    case "review-due": {
      // A due card is the scheduler's call, so the recent-practice rule does not apply: a weak
      // answer is meant to come back within days.
      const byId = new Map(questions.map((q) => [q.id, q]));
      for (const id of request.dueQuestionIds) {
        const question = byId.get(id);
        if (question && matchesFilter(question, request.filter))
          return finish(question, "Due for spaced review: answer it again before it fades.");
      }
      return undefined;
    }

    case "filter":
    case "random": {
      const candidates = questions.filter((q) => matchesFilter(q, request.filter));
      // "filter" prefers questions never tried; "random" is any fitting question.
      const question = pickBest(
        random,
        candidates.map((q) => ({
          question: q,
          key: [flag(recent.has(q.id)), request.kind === "filter" ? flag(practisedEver.has(q.id)) : 0],
        })),
      );
      const reason =
        request.kind === "filter"
          ? `Matches your filter: ${describeFilter(request.filter)}.`
          : `A random question from ${describeFilter(request.filter)}.`;
      return finish(question, reason, request.filter?.principleId);
    }

    case "weakest-principle": {
      const standings = rankPrinciplesByWeakness(attempts, options);
      for (const standing of standings) {
        if (request.filter?.principleId && request.filter.principleId !== standing.principle) continue;
        const candidates = questions.filter(
          (q) => q.principles.includes(standing.principle) && matchesFilter(q, request.filter),
        );
        if (candidates.length === 0) continue;
        const question = pickBest(
          random,
          candidates.map((q) => ({
            question: q,
            key: [
              flag(recent.has(q.id)),
              flag(q.principles[0] !== standing.principle),
              flag(q.type !== "behavioural"),
              flag(practisedEver.has(q.id)),
            ],
          })),
        );
        const why =
          standing.averageVote === null
            ? standing.attempts === 0
              ? `${standing.name} has not been practised yet.`
              : `${standing.name} has only ${standing.attempts} attempt${standing.attempts === 1 ? "" : "s"} so far.`
            : `${standing.name} is your weakest principle (average vote ${standing.averageVote.toFixed(1)} over the last ${standing.recentVotes.length}).`;
        return finish(question, why, standing.principle);
      }
      return undefined;
    }
  }
}
