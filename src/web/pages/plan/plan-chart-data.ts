/**
 * The numbers behind the "hours and votes" chart: per plan week, the hours planned and done
 * (from the plan's totals, so the chart and the progress bars agree) and the coach's average
 * vote on the answers practised that week.
 */
import type { WeekTotals } from "../../api/plan.js";
import { localDay } from "../../api/plan.js";

export interface WeekPoint {
  index: number;
  start: string;
  end: string;
  plannedHours: number;
  doneHours: number;
  limitHours: number;
  /** Mean coach vote (1-4) of the week's answers, or null when nothing was practised. */
  meanVote: number | null;
  answers: number;
}

/** Answers from GET /api/attempts: only when and how they were judged matter here. */
export interface VotedAnswer {
  vote: number;
  submittedAt: string;
}

export function weekPoints(weeks: readonly WeekTotals[], answers: readonly VotedAnswer[]): WeekPoint[] {
  const votes = weeks.map(() => [] as number[]);
  for (const answer of answers) {
    // An answer belongs to the user's own day, not the UTC day the server stamped.
    const day = localDay(new Date(answer.submittedAt));
    const at = weeks.findIndex((week) => week.start <= day && day <= week.end);
    if (at >= 0) votes[at]?.push(answer.vote);
  }
  return weeks.map((week, at) => {
    const weekVotes = votes[at] ?? [];
    return {
      index: week.index,
      start: week.start,
      end: week.end,
      plannedHours: week.plannedHours,
      doneHours: week.doneHours,
      limitHours: week.limitHours,
      meanVote:
        weekVotes.length > 0
          ? Math.round((weekVotes.reduce((sum, vote) => sum + vote, 0) / weekVotes.length) * 10) / 10
          : null,
      answers: weekVotes.length,
    };
  });
}

/** A round top for the hours axis: the weekly limit, or more if a busy week went over it. */
export function hoursAxisMax(points: readonly WeekPoint[]): number {
  const highest = Math.max(1, ...points.map((p) => Math.max(p.limitHours, p.plannedHours, p.doneHours)));
  const step = highest > 20 ? 10 : highest > 8 ? 4 : 2;
  return Math.ceil(highest / step) * step;
}

export const VOTE_NAMES: Record<1 | 2 | 3 | 4, string> = {
  1: "Strong No Hire",
  2: "Not Inclined",
  3: "Inclined",
  4: "Strong Hire",
};
