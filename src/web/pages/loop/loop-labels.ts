/**
 * Words for the mock loop's enums and small formatting helpers, as complete records so a new
 * status, kind or vote in src/core fails the type check here until it has a label.
 */
import type { LoopKind, LoopStatus, PersonaId, Vote } from "../../../core/loop/index.js";
import { type Level, ROLE_SHORT_LABELS, type Role } from "../../lib/labels.js";

/** The four-step scale interviewers vote on (the same names as the debrief's). */
export const VOTE_LABELS: Record<Vote, string> = {
  1: "Strong No Hire",
  2: "Not Inclined",
  3: "Inclined",
  4: "Strong Hire",
};

export const VOTES = [4, 3, 2, 1] as const satisfies readonly Vote[];

export function asVote(value: number | null | undefined): Vote | null {
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}

export const KIND_LABELS: Record<LoopKind, string> = { phone: "Phone screen", onsite: "Onsite loop" };

export const STATUS_LABELS: Record<LoopStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  paused: "Paused",
  finished: "Finished",
};

export const STATUS_COLORS: Record<LoopStatus, string> = {
  "not-started": "gray",
  "in-progress": "indigo",
  paused: "grape",
  finished: "gray",
};

/** Two letters for the persona's avatar. */
export const PERSONA_INITIALS: Record<PersonaId, string> = {
  "hiring-manager": "HM",
  peer: "PR",
  "engineering-manager": "EM",
  "cross-functional-partner": "XF",
  "bar-raiser": "BR",
};

/** Avatar colours: each passes 4.5:1 as a light variant; the Bar Raiser stands out in red. */
export const PERSONA_COLORS: Record<PersonaId, string> = {
  "hiring-manager": "indigo",
  peer: "cyan",
  "engineering-manager": "grape",
  "cross-functional-partner": "violet",
  "bar-raiser": "red",
};

/** "PM · L6 · Onsite loop, 5 rounds". */
export function describeLoop(loop: { role: Role; level: Level; kind: LoopKind; rounds: number }): string {
  const rounds = loop.kind === "onsite" ? `, ${loop.rounds} round${loop.rounds === 1 ? "" : "s"}` : "";
  return `${ROLE_SHORT_LABELS[loop.role]} · ${loop.level} · ${KIND_LABELS[loop.kind]}${rounds}`;
}

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Words and an estimate of speaking time at 150 words a minute (a calm interview pace). */
export function answerLength(text: string): { words: number; seconds: number } {
  const words = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
  return { words, seconds: Math.round((words / 150) * 60) };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** 110 → "1 h 50 min"; 55 → "55 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
