/**
 * Fits wanted tasks into the days left before the interview without ever asking for more than
 * the user's hours per week. Work is kept in priority order: a task that does not fit once the
 * more important work is placed is dropped, with the reason.
 *
 * Mock loops are pinned first because they have the tightest constraints (spaced apart, the
 * last 2-5 days before the interview), and flexible work then flows around them. A mock is
 * only kept if, with it pinned, every more important task still fits.
 */
import type { DropReason } from "./plan-schema.js";
import type { WantedTask } from "./task-demand.js";

/**
 * No day asks for more than this, whatever the weekly hours: past a working day of practice,
 * answers get worse, not better. It still lets 60 hours a week fit in seven days.
 */
export const MAX_HOURS_PER_DAY = 9;

/** Mock loops need a day in between to review the recording before the next one. */
export const MIN_DAYS_BETWEEN_MOCKS = 2;

/** The last mock sits in this window before the interview: late enough to be a dress rehearsal, early enough to fix what it shows. */
export const LAST_MOCK_DAYS_BEFORE = { earliest: 5, latest: 2, preferred: 3 } as const;

/** With this many weeks or more, no two mocks share a week. */
const WEEKS_FOR_ONE_MOCK_A_WEEK = 3;

/** Floating-point slack when adding quarter hours and practice minutes. */
const EPSILON = 1e-9;

export interface ScheduleFrame {
  /** Day numbers (days since 1970-01-01). Week 0 starts on `startDay`. */
  startDay: number;
  firstDay: number;
  /** The last working day: the day before the interview is for rest. */
  lastDay: number;
  interviewDay: number;
  hoursPerWeek: number;
  /** Hours already done per day, which count against that day and its week. */
  doneHoursByDay: ReadonlyMap<number, number>;
  /** Days of mock loops already done. */
  doneMockDays: readonly number[];
}

export function weekOf(frame: Pick<ScheduleFrame, "startDay">, day: number): number {
  return Math.floor((day - frame.startDay) / 7);
}

/** Weeks that still have a working day in them. */
export function scheduleWeeks(frame: ScheduleFrame): number[] {
  const weeks = new Set<number>();
  for (let day = frame.firstDay; day <= frame.lastDay; day++) weeks.add(weekOf(frame, day));
  return [...weeks];
}

class Board {
  readonly dayLoad = new Map<number, number>();
  readonly weekLoad = new Map<number, number>();
  readonly placed = new Map<string, number>();
  readonly mockDays: number[];

  constructor(readonly frame: ScheduleFrame) {
    for (const [day, hours] of frame.doneHoursByDay) this.load(day, hours);
    this.mockDays = [...frame.doneMockDays];
  }

  private load(day: number, hours: number) {
    this.dayLoad.set(day, (this.dayLoad.get(day) ?? 0) + hours);
    const week = weekOf(this.frame, day);
    this.weekLoad.set(week, (this.weekLoad.get(week) ?? 0) + hours);
  }

  fits(day: number, hours: number): boolean {
    if (day < this.frame.firstDay || day > this.frame.lastDay) return false;
    return (
      (this.dayLoad.get(day) ?? 0) + hours <= MAX_HOURS_PER_DAY + EPSILON &&
      (this.weekLoad.get(weekOf(this.frame, day)) ?? 0) + hours <= this.frame.hoursPerWeek + EPSILON
    );
  }

  commit(task: WantedTask, day: number) {
    this.load(day, task.plannedHours);
    this.placed.set(task.id, day);
    if (task.kind === "mock-loop") this.mockDays.push(day);
  }

  /** Hours still free on working days, counting both the day and the week limits. */
  freeHours(): number {
    let free = 0;
    for (const week of scheduleWeeks(this.frame)) {
      let dayRoom = 0;
      for (let day = this.frame.firstDay; day <= this.frame.lastDay; day++) {
        if (weekOf(this.frame, day) === week) dayRoom += Math.max(0, MAX_HOURS_PER_DAY - (this.dayLoad.get(day) ?? 0));
      }
      free += Math.min(dayRoom, Math.max(0, this.frame.hoursPerWeek - (this.weekLoad.get(week) ?? 0)));
    }
    return free;
  }

  /** Flexible work: the week nearest where it would ideally sit, then the least loaded day in it. */
  placeFlexible(task: WantedTask): boolean {
    const { firstDay, lastDay } = this.frame;
    if (lastDay < firstDay) return false;
    const preferredDay = firstDay + Math.round(task.prefer * (lastDay - firstDay));
    const preferredWeek = weekOf(this.frame, preferredDay);
    const weeks = scheduleWeeks(this.frame).sort(
      (a, b) => Math.abs(a - preferredWeek) - Math.abs(b - preferredWeek) || a - b,
    );
    for (const week of weeks) {
      let best: number | undefined;
      for (let day = firstDay; day <= lastDay; day++) {
        if (weekOf(this.frame, day) !== week || !this.fits(day, task.plannedHours)) continue;
        if (best === undefined) {
          best = day;
          continue;
        }
        const load = this.dayLoad.get(day) ?? 0;
        const bestLoad = this.dayLoad.get(best) ?? 0;
        if (
          load < bestLoad - EPSILON ||
          (Math.abs(load - bestLoad) <= EPSILON && Math.abs(day - preferredDay) < Math.abs(best - preferredDay))
        )
          best = day;
      }
      if (best !== undefined) {
        this.commit(task, best);
        return true;
      }
    }
    return false;
  }

  /**
   * Pins mock loops from the last one backwards. The last goes 2-5 days before the interview;
   * the others are spread evenly before it, at least two days apart and, with `oneAWeek`, each
   * in its own week. Returns false (leaving the board half-filled) when they cannot all go.
   */
  placeMocks(mocks: readonly WantedTask[], oneAWeek: boolean): boolean {
    const { firstDay, lastDay, interviewDay } = this.frame;
    if (mocks.length === 0) return true;
    if (lastDay < firstDay) return false;
    const sorted = [...mocks].sort((a, b) => a.n - b.n);
    const count = sorted.length;
    const windowStart = Math.max(firstDay, interviewDay - LAST_MOCK_DAYS_BEFORE.earliest);
    const windowEnd = Math.min(lastDay, interviewDay - LAST_MOCK_DAYS_BEFORE.latest);
    const preferredLast = Math.min(windowEnd, Math.max(windowStart, interviewDay - LAST_MOCK_DAYS_BEFORE.preferred));
    // The first mock comes once about a third of the runway has gone on stories, so it tests them.
    let earliest = firstDay + Math.round(0.35 * (preferredLast - firstDay));
    if (oneAWeek) earliest = Math.min(earliest, preferredLast - 7 * (count - 1));
    const gap = count > 1 ? (preferredLast - earliest) / (count - 1) : 0;

    let nextMock = Number.POSITIVE_INFINITY;
    for (let index = count - 1; index >= 0; index--) {
      const task = sorted[index]!;
      const isLast = index === count - 1;
      const target = Math.round(preferredLast - gap * (count - 1 - index));
      const from = isLast ? windowStart : firstDay;
      const to = isLast ? windowEnd : Math.min(lastDay, nextMock - MIN_DAYS_BETWEEN_MOCKS);
      let best: number | undefined;
      for (let day = from; day <= to; day++) {
        if (!this.fits(day, task.plannedHours)) continue;
        if (this.mockDays.some((other) => Math.abs(other - day) < MIN_DAYS_BETWEEN_MOCKS)) continue;
        if (oneAWeek) {
          const week = weekOf(this.frame, day);
          if (this.mockDays.some((other) => weekOf(this.frame, other) === week)) continue;
          // Leave a week free for each earlier mock still to place.
          if (week - weekOf(this.frame, firstDay) < index) continue;
        } else if (day - firstDay < index * MIN_DAYS_BETWEEN_MOCKS) continue;
        if (best === undefined || Math.abs(day - target) < Math.abs(best - target)) best = day;
      }
      if (best === undefined) return false;
      this.commit(task, best);
      nextMock = best;
    }
    return true;
  }
}

export interface ScheduleResult {
  /** Task id to day number, for every kept task. */
  placed: Map<string, number>;
  dropped: { task: WantedTask; reason: DropReason }[];
}

/**
 * Places everything in `tasks` (mocks first, the rest in priority order), or returns null.
 * With three weeks or more, one mock a week is required unless the mocks alone cannot be
 * placed that way (mocks already done, or a short week after a re-plan); day spacing always holds.
 */
function placeAll(frame: ScheduleFrame, tasks: readonly WantedTask[]): Board | null {
  const mocks = tasks.filter((task) => task.kind === "mock-loop");
  const oneAWeek = scheduleWeeks(frame).length >= WEEKS_FOR_ONE_MOCK_A_WEEK;
  let board = new Board(frame);
  if (!board.placeMocks(mocks, oneAWeek)) {
    if (!oneAWeek) return null;
    board = new Board(frame);
    if (!board.placeMocks(mocks, false)) return null;
  }
  for (const task of tasks) {
    if (task.kind !== "mock-loop" && !board.placeFlexible(task)) return null;
  }
  return board;
}

/**
 * Keeps tasks in priority order while they still fit. Adding a flexible task can only take
 * free room, so it is placed on the current board; adding a mock re-pins all the mocks and
 * re-flows the work kept so far, and is refused if any of it no longer fits.
 */
export function schedule(frame: ScheduleFrame, wanted: readonly WantedTask[]): ScheduleResult {
  const ordered = [...wanted].sort((a, b) => a.priority - b.priority);
  const kept: WantedTask[] = [];
  const dropped: ScheduleResult["dropped"] = [];
  let board = new Board(frame);
  const noDays = frame.lastDay < frame.firstDay;
  for (const task of ordered) {
    if (noDays) {
      dropped.push({ task, reason: "no-days-left" });
      continue;
    }
    if (task.plannedHours > frame.hoursPerWeek + EPSILON) {
      dropped.push({ task, reason: "longer-than-a-week" });
      continue;
    }
    if (task.kind === "mock-loop") {
      const next = placeAll(frame, [...kept, task]);
      if (next) {
        board = next;
        kept.push(task);
      } else {
        dropped.push({
          task,
          reason: board.freeHours() >= task.plannedHours - EPSILON ? "no-spaced-slot" : "not-enough-hours",
        });
      }
    } else if (board.placeFlexible(task)) {
      kept.push(task);
    } else {
      dropped.push({ task, reason: "not-enough-hours" });
    }
  }
  return { placed: board.placed, dropped };
}
