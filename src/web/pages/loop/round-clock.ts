/**
 * The round clock: how long the candidate has been in the current round, and how much of the
 * interviewer's time is left, counting down and then showing the overrun.
 *
 * The stored state has the loop's start, its pauses and a time on every answer and follow-up,
 * but no time for the move to the next round. A round is therefore taken to start at the
 * loop's start (round 1) or at the last answer or follow-up of an earlier round, which is when
 * the candidate finished talking to the previous interviewer. Paused time never counts.
 */
import type { LoopState } from "../../../core/loop/index.js";

export interface RoundClock {
  /** Seconds spent in this round so far, pauses excluded. */
  elapsed: number;
  /** Seconds left of the round's time; negative once it has run over. */
  remaining: number;
  overrun: boolean;
  /** The clock is stopped: the loop is paused, finished or not started. */
  stopped: boolean;
}

function ms(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? undefined : value;
}

/** When the given round began, by the rule in the header; undefined before the loop starts. */
export function roundStartedAt(state: LoopState, round: number): number | undefined {
  const start = ms(state.startedAt);
  if (start === undefined) return undefined;
  let latest = start;
  for (const answer of state.answers) {
    if (answer.round >= round) continue;
    for (const at of [answer.answeredAt, ...answer.followUps.map((f) => f.askedAt)]) {
      const value = ms(at);
      if (value !== undefined && value > latest) latest = value;
    }
  }
  return latest;
}

/** Milliseconds of pause that fall between from and to. */
function pausedBetween(state: LoopState, from: number, to: number): number {
  let paused = 0;
  for (const pause of state.pauses) {
    const start = ms(pause.pausedAt);
    if (start === undefined) continue;
    const end = ms(pause.resumedAt) ?? to;
    paused += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return paused;
}

export function roundClock(state: LoopState, round: number, minutes: number, now: number): RoundClock {
  const total = minutes * 60;
  const started = roundStartedAt(state, round);
  const running = state.status === "in-progress";
  if (started === undefined) return { elapsed: 0, remaining: total, overrun: false, stopped: true };
  const lastPause = state.pauses.at(-1);
  const end =
    state.status === "finished"
      ? (ms(state.finishedAt) ?? now)
      : state.status === "paused"
        ? (ms(lastPause?.pausedAt) ?? now)
        : now;
  const elapsed = Math.max(0, Math.floor((end - started - pausedBetween(state, started, end)) / 1000));
  const remaining = total - elapsed;
  return { elapsed, remaining, overrun: remaining < 0, stopped: !running };
}

/** 754 → "12:34"; 3723 → "1:02:03". */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** The clock in words, for screen readers and the tooltip. */
export function describeClock(clock: RoundClock): string {
  const minutes = Math.floor(Math.abs(clock.remaining) / 60);
  const unit = minutes === 1 ? "minute" : "minutes";
  if (clock.overrun) return `Over time by ${minutes} ${unit}`;
  return `${minutes} ${unit} left`;
}
