/**
 * The dashboard's numbers, from the practice history, the story bank and the settings: how much
 * has been practised, how well each principle is covered by stories and by votes, the weakest
 * principles with a drill for each, the days left, and the next drill. Pure: the caller passes
 * the clock in (`now`, and `today` in the user's time zone).
 */
import { type Level, PRINCIPLE_IDS, type PrincipleId, type Question, type Role } from "../content/pack-schema.js";
import { dateFromDayNumber, dateOf, dayNumber, daysBetween, type IsoDate } from "../plan/calendar-days.js";
import type { Settings } from "../settings/settings-schema.js";
import { PRINCIPLE_NAMES } from "../stories/principle-names.js";
import { type BankStory, buildStoryMatrix, type CoverageStatus } from "../stories/story-matrix.js";
import type { StoryQualities } from "../stories/story-schema.js";
import type { PracticeRecord } from "./attempt-schema.js";
import {
  byTime,
  type DrillPick,
  type DrillRequest,
  type PrincipleStanding,
  pickDrill,
  type QuestionFilter,
  rankPrinciplesByWeakness,
} from "./drill-picker.js";

/** Eight weeks: the 4-6 week preparation DOMAIN.md describes, with a little before it. */
export const HEATMAP_WEEKS = 8;
export const WEAKEST_COUNT = 3;

export interface ProgressInput {
  attempts: readonly PracticeRecord[];
  stories: readonly BankStory[];
  settings: Settings;
  questions: readonly Question[];
  now: Date;
  /** The user's calendar day; defaults to the UTC day of `now`. */
  today?: IsoDate;
  qualities?: StoryQualities;
  /** Question ids due for spaced review, most urgent first. */
  dueQuestionIds?: readonly string[];
  /** Defaults to the day, so the suggestion stays put for the day. */
  seed?: number;
  weeks?: number;
}

export interface CoverageRow {
  principle: PrincipleId;
  name: string;
  stories: number;
  strongStories: number;
  status: CoverageStatus;
}

export interface HeatmapCell {
  /** Mean vote of the week's attempts on the principle; null when there were none. */
  averageVote: number | null;
  attempts: number;
}

export interface VoteHeatmap {
  /** Monday-to-Sunday weeks, oldest first; the last holds `today`. */
  weeks: { start: IsoDate; end: IsoDate }[];
  rows: { principle: PrincipleId; name: string; cells: HeatmapCell[] }[];
}

export interface WeakPrinciple {
  principle: PrincipleId;
  name: string;
  averageVote: number | null;
  attempts: number;
  strongStories: number;
  reason: string;
  /** "Drill this": a question for the principle, when the bank has one. */
  drill?: { questionId: string; questionText: string };
}

export interface TrendPoint {
  attemptId: string;
  at: string;
  date: IsoDate;
  vote: number;
  score: number;
}

export interface PrincipleTrend {
  principle: PrincipleId;
  name: string;
  points: TrendPoint[];
}

export interface Progress {
  questionsPractised: number;
  attemptsCount: number;
  /** Sum of the time to first submit over attempts that recorded it. */
  practisedSeconds: number;
  coverage: {
    rows: CoverageRow[];
    coveredPrinciples: number;
    storyCount: number;
    distinctStoryCount: number;
  };
  heatmap: VoteHeatmap;
  weakest: WeakPrinciple[];
  /** Whole days from today to the interview; negative once past; null without a date. */
  daysToInterview: number | null;
  nextDrill?: DrillPick;
  /** Practised principles only, each oldest point first. */
  trends: PrincipleTrend[];
}

/** Monday of the week holding `day` (day numbers count from Thursday 1970-01-01). */
function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

function safeDate(iso: string): IsoDate | undefined {
  try {
    return dateOf(iso);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function buildHeatmap(attempts: readonly PracticeRecord[], today: IsoDate, weekCount: number): VoteHeatmap {
  const lastMonday = mondayOf(dayNumber(today));
  const firstMonday = lastMonday - 7 * (weekCount - 1);
  const weeks = Array.from({ length: weekCount }, (_, i) => ({
    start: dateFromDayNumber(firstMonday + 7 * i),
    end: dateFromDayNumber(firstMonday + 7 * i + 6),
  }));
  const sums = new Map<PrincipleId, { sum: number; count: number }[]>();
  for (const a of attempts) {
    const date = safeDate(a.submittedAt);
    if (!date) continue;
    const week = Math.floor((dayNumber(date) - firstMonday) / 7);
    if (week < 0 || week >= weekCount) continue;
    for (const p of new Set(a.principleIds)) {
      const row = sums.get(p) ?? Array.from({ length: weekCount }, () => ({ sum: 0, count: 0 }));
      row[week]!.sum += a.vote;
      row[week]!.count += 1;
      sums.set(p, row);
    }
  }
  return {
    weeks,
    rows: PRINCIPLE_IDS.map((principle) => ({
      principle,
      name: PRINCIPLE_NAMES[principle],
      cells: (sums.get(principle) ?? Array.from({ length: weekCount }, () => ({ sum: 0, count: 0 }))).map((c) => ({
        averageVote: c.count > 0 ? c.sum / c.count : null,
        attempts: c.count,
      })),
    })),
  };
}

function weakReason(standing: PrincipleStanding, strong: number): string {
  const stories =
    strong === 0 ? "no strong story yet" : `${strong} strong ${strong === 1 ? "story" : "stories"} in the bank`;
  if (standing.attempts === 0) return `Not practised yet; ${stories}.`;
  if (standing.averageVote === null)
    return `Only ${standing.attempts} attempt${standing.attempts === 1 ? "" : "s"} so far; ${stories}.`;
  return `Average vote ${standing.averageVote.toFixed(1)} over the last ${standing.recentVotes.length}; ${stories}.`;
}

/** Tries the user's role and level first, then any question, so a niche setting still gets a drill. */
function pickWithFallback(
  questions: readonly Question[],
  make: (filter: QuestionFilter | undefined) => DrillRequest,
  filter: QuestionFilter,
  options: Parameters<typeof pickDrill>[2],
): DrillPick | undefined {
  return (
    pickDrill(questions, make(filter), options) ??
    (filter.role || filter.level
      ? pickDrill(questions, make(filter.principleId ? { principleId: filter.principleId } : undefined), options)
      : undefined)
  );
}

export function buildProgress(input: ProgressInput): Progress {
  const today = input.today ?? dateOf(input.now.toISOString());
  const attempts = byTime(input.attempts);
  const weekCount = Math.max(1, Math.min(52, Math.floor(input.weeks ?? HEATMAP_WEEKS)));

  const matrix = buildStoryMatrix(input.stories, input.qualities ? { qualities: input.qualities } : {});
  const strongStories = Object.fromEntries(matrix.rows.map((r) => [r.principle, r.strongCount])) as Record<
    PrincipleId,
    number
  >;
  const coverage = {
    rows: matrix.rows.map((r) => ({
      principle: r.principle,
      name: r.name,
      stories: r.cells.length,
      strongStories: r.strongCount,
      status: r.status,
    })),
    coveredPrinciples: matrix.coveredPrinciples,
    storyCount: matrix.storyCount,
    distinctStoryCount: matrix.distinctStoryCount,
  };

  const seed = input.seed ?? dayNumber(today);
  const pickOptions = { attempts, now: input.now, seed, strongStories };
  const role: Role | undefined = input.settings.role;
  const level: Level | undefined = input.settings.level;
  const userFilter: QuestionFilter = { ...(role ? { role } : {}), ...(level ? { level } : {}) };

  const standings = rankPrinciplesByWeakness(attempts, { strongStories });
  const weakest: WeakPrinciple[] = standings.slice(0, WEAKEST_COUNT).map((standing) => {
    const strong = strongStories[standing.principle] ?? 0;
    const pick = pickWithFallback(
      input.questions,
      (filter) => ({ kind: "weakest-principle", ...(filter ? { filter } : {}) }),
      { ...userFilter, principleId: standing.principle },
      pickOptions,
    );
    return {
      principle: standing.principle,
      name: standing.name,
      averageVote: standing.averageVote,
      attempts: standing.attempts,
      strongStories: strong,
      reason: weakReason(standing, strong),
      ...(pick ? { drill: { questionId: pick.question.id, questionText: pick.question.text } } : {}),
    };
  });

  const due = input.dueQuestionIds ?? [];
  const nextDrill =
    (due.length > 0
      ? pickWithFallback(
          input.questions,
          (filter) => ({ kind: "review-due", dueQuestionIds: due, ...(filter ? { filter } : {}) }),
          userFilter,
          pickOptions,
        )
      : undefined) ??
    pickWithFallback(
      input.questions,
      (filter) => ({ kind: "weakest-principle", ...(filter ? { filter } : {}) }),
      userFilter,
      pickOptions,
    );

  const trends: PrincipleTrend[] = [];
  for (const principle of PRINCIPLE_IDS) {
    const points: TrendPoint[] = [];
    for (const a of attempts) {
      if (!a.principleIds.includes(principle)) continue;
      const date = safeDate(a.submittedAt);
      if (!date) continue;
      points.push({ attemptId: a.id, at: a.submittedAt, date, vote: a.vote, score: a.score });
    }
    if (points.length > 0) trends.push({ principle, name: PRINCIPLE_NAMES[principle], points });
  }

  let daysToInterview: number | null = null;
  if (input.settings.interviewDate) {
    try {
      daysToInterview = daysBetween(today, input.settings.interviewDate);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }

  return {
    questionsPractised: new Set(attempts.map((a) => a.questionId)).size,
    attemptsCount: attempts.length,
    practisedSeconds: attempts.reduce(
      (sum, a) => sum + (typeof a.answerSeconds === "number" && Number.isFinite(a.answerSeconds) ? a.answerSeconds : 0),
      0,
    ),
    coverage,
    heatmap: buildHeatmap(attempts, today, weekCount),
    weakest,
    daysToInterview,
    ...(nextDrill ? { nextDrill } : {}),
    trends,
  };
}
