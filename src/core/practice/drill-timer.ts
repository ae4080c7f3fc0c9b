/**
 * The practice clock: how long an answer should take, where a 45-minute system design drill
 * should be at any moment, and whether the answer has run over. Everything is a pure function
 * of the elapsed seconds, which the caller measures (the UI from its own clock, the server from
 * `startedAt` and `now`), so a paused tab or a replayed attempt shows the same state.
 */
import type { Question, QuestionType } from "../content/pack-schema.js";

/**
 * Behavioural answers aim for 2-3 minutes spoken (DOMAIN.md: about 300-450 words at 150 words a
 * minute). 150 s is the middle of that band and the target the countdown runs to; 180 s is the
 * hard limit, past which interviewers start cutting in and the coach flags the answer as long.
 * Under 120 s the story usually lacks its Action. These hold whatever the question's
 * `answerMinutes` says, because the 2-3 minute norm is about the format, not the question.
 */
export const BEHAVIOURAL_TARGET_SECONDS = 150;
export const BEHAVIOURAL_LIMIT_SECONDS = 180;
export const BEHAVIOURAL_MIN_SECONDS = 120;

/** The system design drill DOMAIN.md describes: a 45-minute interview on a fixed framework. */
export const SYSTEM_DESIGN_SECONDS = 45 * 60;

export const SYSTEM_DESIGN_PHASE_IDS = [
  "clarify",
  "high-level-design",
  "trade-offs",
  "deep-dive",
  "summarise",
] as const;
export type SystemDesignPhaseId = (typeof SYSTEM_DESIGN_PHASE_IDS)[number];

export interface DrillPhase {
  id: SystemDesignPhaseId;
  name: string;
  /** What to do in this phase, shown under the clock. */
  prompt: string;
  /** Offsets from the start of the drill: [startSeconds, endSeconds). */
  startSeconds: number;
  endSeconds: number;
}

/**
 * Minutes per phase of the 45-minute drill. Requirements come first and short (5) because a
 * design built on unasked questions fails however good it is; the deep dive gets the most (12)
 * because that is where PMT and TPM interviewers probe depth; the last 8 minutes keep room for
 * monitoring and scaling, which candidates who run out of time most often drop.
 */
const PHASE_PLAN: readonly { id: SystemDesignPhaseId; name: string; prompt: string; minutes: number }[] = [
  {
    id: "clarify",
    name: "Clarify requirements and assumptions",
    prompt: "Ask who the users are, the scale (QPS, data size), latency and freshness needs; state your assumptions.",
    minutes: 5,
  },
  {
    id: "high-level-design",
    name: "High-level design",
    prompt: "Draw the main components and the data flow between them; name the APIs and the stores.",
    minutes: 10,
  },
  {
    id: "trade-offs",
    name: "Trade-offs",
    prompt:
      "Weigh consistency against availability, cost against latency, managed against custom; say what you give up.",
    minutes: 10,
  },
  {
    id: "deep-dive",
    name: "One deep dive",
    prompt: "Go deep on the riskiest component: failure modes, data model, how it scales.",
    minutes: 12,
  },
  {
    id: "summarise",
    name: "Summarise with monitoring and scaling",
    prompt: "Recap the design, the metrics and alarms you would watch, and how it grows 10x.",
    minutes: 8,
  },
];

/**
 * The phases laid out over a drill of `totalSeconds` (45 minutes by default). A shorter or longer
 * drill keeps the same proportions; phase ends are rounded to whole seconds and the last phase
 * always ends exactly at the total.
 */
export function systemDesignPhases(totalSeconds: number = SYSTEM_DESIGN_SECONDS): DrillPhase[] {
  const total = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.round(totalSeconds) : SYSTEM_DESIGN_SECONDS;
  const planMinutes = PHASE_PLAN.reduce((sum, p) => sum + p.minutes, 0);
  let minutesSoFar = 0;
  let start = 0;
  return PHASE_PLAN.map((p, index) => {
    minutesSoFar += p.minutes;
    const end = index === PHASE_PLAN.length - 1 ? total : Math.round((minutesSoFar / planMinutes) * total);
    const phase: DrillPhase = { id: p.id, name: p.name, prompt: p.prompt, startSeconds: start, endSeconds: end };
    start = end;
    return phase;
  });
}

export const SYSTEM_DESIGN_PHASES: readonly DrillPhase[] = systemDesignPhases();

export interface PhaseState {
  phase: DrillPhase;
  index: number;
  /** Seconds into the current phase. */
  elapsedInPhase: number;
  /** Seconds left in the current phase (0 once the drill is over). */
  remainingInPhase: number;
  /** Seconds left in the whole drill (0 once it is over). */
  remainingTotal: number;
  /** Seconds past the end of the drill (0 until then). */
  overrunSeconds: number;
  /** True from the drill's last second on. */
  finished: boolean;
}

function cleanSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * Where the drill should be after `elapsedSeconds`. Each phase covers [start, end), so at exactly
 * 5:00 the drill has moved on to the high-level design. Past the end it stays on the last phase
 * and reports the overrun.
 */
export function phaseAt(elapsedSeconds: number, phases: readonly DrillPhase[] = SYSTEM_DESIGN_PHASES): PhaseState {
  const list = phases.length > 0 ? phases : SYSTEM_DESIGN_PHASES;
  const elapsed = cleanSeconds(elapsedSeconds);
  const last = list[list.length - 1]!;
  const total = last.endSeconds;
  let index = list.findIndex((p) => elapsed >= p.startSeconds && elapsed < p.endSeconds);
  if (index < 0) index = list.length - 1;
  const phase = list[index]!;
  return {
    phase,
    index,
    elapsedInPhase: Math.min(elapsed, phase.endSeconds) - phase.startSeconds,
    remainingInPhase: Math.max(0, phase.endSeconds - elapsed),
    remainingTotal: Math.max(0, total - elapsed),
    overrunSeconds: Math.max(0, elapsed - total),
    finished: elapsed >= total,
  };
}

export interface DrillTiming {
  questionType: QuestionType;
  /** What the countdown runs to. */
  targetSeconds: number;
  /** Past this the answer has run over. */
  limitSeconds: number;
  /** Shorter than this is too short for the format (behavioural only). */
  minSeconds?: number;
  /** The clock's phases (system design only). */
  phases?: DrillPhase[];
}

/**
 * The timing for a question. Behavioural: 150 s target, 180 s limit (see above). Functional
 * questions run to the question's `answerMinutes`, target and limit alike, because the interviewer
 * keeps to the slot; system design adds the phases, scaled to the question's length.
 */
export function drillTiming(question: Pick<Question, "type" | "answerMinutes">): DrillTiming {
  if (question.type === "behavioural") {
    return {
      questionType: question.type,
      targetSeconds: BEHAVIOURAL_TARGET_SECONDS,
      limitSeconds: BEHAVIOURAL_LIMIT_SECONDS,
      minSeconds: BEHAVIOURAL_MIN_SECONDS,
    };
  }
  const minutes = Number.isFinite(question.answerMinutes) && question.answerMinutes > 0 ? question.answerMinutes : 15;
  const seconds = Math.round(minutes * 60);
  return {
    questionType: question.type,
    targetSeconds: seconds,
    limitSeconds: seconds,
    ...(question.type === "system-design" ? { phases: systemDesignPhases(seconds) } : {}),
  };
}

/** "running" before the target, "wrap-up" between target and limit, "overrun" past the limit. */
export type ClockStatus = "running" | "wrap-up" | "overrun";

export interface ClockState {
  elapsedSeconds: number;
  targetSeconds: number;
  limitSeconds: number;
  /** Seconds left to the target (the countdown), 0 once reached. */
  untilTarget: number;
  /** Seconds left to the hard limit, 0 once reached. */
  remainingSeconds: number;
  overrunSeconds: number;
  /** True past the hard limit: the overrun indicator. */
  overrun: boolean;
  status: ClockStatus;
  /** The system design phase, when the drill has phases. */
  phase?: PhaseState;
}

/** The countdown and overrun state of any drill after `elapsedSeconds`. */
export function clockAt(timing: DrillTiming, elapsedSeconds: number): ClockState {
  const elapsed = cleanSeconds(elapsedSeconds);
  const overrunSeconds = Math.max(0, elapsed - timing.limitSeconds);
  const overrun = elapsed > timing.limitSeconds;
  return {
    elapsedSeconds: elapsed,
    targetSeconds: timing.targetSeconds,
    limitSeconds: timing.limitSeconds,
    untilTarget: Math.max(0, timing.targetSeconds - elapsed),
    remainingSeconds: Math.max(0, timing.limitSeconds - elapsed),
    overrunSeconds,
    overrun,
    status: overrun ? "overrun" : elapsed >= timing.targetSeconds ? "wrap-up" : "running",
    ...(timing.phases ? { phase: phaseAt(elapsed, timing.phases) } : {}),
  };
}

/** Whole seconds between two instants (never negative: a clock that went backwards counts as 0). */
export function elapsedSecondsBetween(startedAt: string | Date, now: Date): number {
  const start = typeof startedAt === "string" ? Date.parse(startedAt) : startedAt.getTime();
  const diff = (now.getTime() - start) / 1000;
  return Number.isFinite(diff) && diff > 0 ? Math.floor(diff) : 0;
}

/** "2:05", or "-0:12" for time past zero: how the clock reads. */
export function formatClock(seconds: number): string {
  const whole = Math.round(Number.isFinite(seconds) ? seconds : 0);
  const sign = whole < 0 ? "-" : "";
  const abs = Math.abs(whole);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
}
