/**
 * Chooses questions for a loop (and for drills after it). Preferences, most important first:
 * not already used in this loop, written for the role, the principle as the question's primary
 * one (behavioural), not practised in the last 14 days, and tagged for the level. A recently
 * practised question ranks below a fresh one at another level because a rehearsed answer
 * defeats the point of a mock; a question from a neighbouring level is still a fair ask.
 * Among equally good questions the seeded generator decides.
 */
import type { Level, PrincipleId, Question, Role } from "../content/pack-schema.js";
import type { FunctionalArea, RecentPractice } from "./loop-schema.js";
import { pickOne, type Random } from "./seeded-random.js";

/** Two weeks: long enough that the candidate no longer has the answer memorised word for word. */
export const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

export function recentQuestionIds(
  recent: readonly RecentPractice[] | undefined,
  now: Date,
  days: number = RECENT_DAYS,
): Set<string> {
  const ids = new Set<string>();
  const cutoff = now.getTime() - days * DAY_MS;
  for (const entry of recent ?? []) {
    const at = Date.parse(entry.practisedAt);
    // A date in the future (clock skew, another device) still counts as recent.
    if (!Number.isNaN(at) && at > cutoff) ids.add(entry.questionId);
  }
  return ids;
}

export interface PickContext {
  role: Role;
  level: Level;
  recent: ReadonlySet<string>;
  used: ReadonlySet<string>;
}

type RankKey = number[];

function compareKeys(a: RankKey, b: RankKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function pickBest(random: Random, ranked: { question: Question; key: RankKey }[]): Question | undefined {
  if (ranked.length === 0) return undefined;
  let best: RankKey | undefined;
  for (const entry of ranked) if (!best || compareKeys(entry.key, best) < 0) best = entry.key;
  const top = ranked.filter((entry) => compareKeys(entry.key, best as RankKey) === 0).map((entry) => entry.question);
  // Sort by id so the pick does not depend on the order the pack files were read in.
  return pickOne(
    random,
    top.sort((a, b) => a.id.localeCompare(b.id)),
  );
}

const flag = (condition: boolean) => (condition ? 1 : 0);

export function behaviouralCandidates(questions: readonly Question[], principle: PrincipleId): Question[] {
  return questions.filter((q) => q.type === "behavioural" && q.principles.includes(principle));
}

/** A behavioural question for one owned principle. */
export function pickBehavioural(
  random: Random,
  questions: readonly Question[],
  principle: PrincipleId,
  ctx: PickContext,
): Question | undefined {
  return pickBest(
    random,
    behaviouralCandidates(questions, principle).map((q) => ({
      question: q,
      key: [
        flag(ctx.used.has(q.id)),
        flag(!q.roles.includes(ctx.role)),
        flag(q.principles[0] !== principle),
        flag(ctx.recent.has(q.id)),
        flag(!q.levels.includes(ctx.level)),
      ],
    })),
  );
}

export function functionalCandidates(questions: readonly Question[], area: FunctionalArea, role: Role): Question[] {
  return questions.filter((q) => q.type === area && q.roles.includes(role));
}

/** The functional exercise for a round; only questions written for the role qualify. */
export function pickFunctional(
  random: Random,
  questions: readonly Question[],
  area: FunctionalArea,
  ctx: PickContext,
): Question | undefined {
  return pickBest(
    random,
    functionalCandidates(questions, area, ctx.role).map((q) => ({
      question: q,
      key: [flag(ctx.used.has(q.id)), flag(ctx.recent.has(q.id)), flag(!q.levels.includes(ctx.level))],
    })),
  );
}
