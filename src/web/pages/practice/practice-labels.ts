/**
 * What the coach's ids mean to a person: criteria, red flags and votes, and the keyboard
 * shortcuts the practice page listens for. Complete records, so a new id in src/core fails the
 * type check here until it has a label.
 */

import { VisuallyHidden } from "@mantine/core";
import { createElement, Fragment } from "react";
import type { CriterionId, RedFlagId } from "../../../core/coach/coach-result-schema.js";
import { VOTE_LABELS } from "../../../core/coach/score.js";

export const CRITERION_LABELS: Record<CriterionId, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action: your own steps",
  result: "Result",
  "quantified-result": "A result with a number",
  "first-person": "“I” for what you did",
  "team-credit": "Credit to the team",
  judgment: "Judgement and trade-offs",
  dissent: "Disagreement handled",
  learning: "What you learned",
  customer: "Starts from the customer",
  specificity: "Specific detail",
  length: "Length",
};

export const RED_FLAG_LABELS: Record<RedFlagId, string> = {
  hypothetical: "Hypothetical (“I would…”)",
  disowning: "Disowning (“not my job”)",
  vague: "Vague",
  "off-topic": "Off the question",
  "too-short": "Too short",
  "too-long": "Too long",
  "team-credit-taken": "Taking the team’s credit",
};

export const STATUS_LABELS = { met: "Met", partial: "Partly met", missing: "Missing" } as const;

export function voteLabel(vote: number): string {
  return VOTE_LABELS[Math.min(4, Math.max(1, Math.round(vote))) - 1] ?? "Unknown";
}

export const SELF_RATING_HINTS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: "Lost",
  2: "Shaky",
  3: "Okay",
  4: "Good",
  5: "Interview-ready",
};

/** The five ratings for a SegmentedControl: the digit shows, the hint is read out. */
export const SELF_RATING_OPTIONS = ([1, 2, 3, 4, 5] as const).map((value) => ({
  value: String(value),
  label: createElement(
    Fragment,
    null,
    String(value),
    createElement(VisuallyHidden, null, ` ${SELF_RATING_HINTS[value]}`),
  ),
}));

/** "⌘" on Apple keyboards, "Ctrl" elsewhere: what the shortcut hint should print. */
export function modKeyLabel(): string {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    "";
  return /mac|iphone|ipad/i.test(platform) ? "⌘" : "Ctrl";
}

export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
