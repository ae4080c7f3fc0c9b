/**
 * Display names for the enums of the content schema. Typed as complete records, so adding a
 * question type or role in src/core fails the type check here until it has a label.
 */
import type { Difficulty, Level, PrincipleId, QuestionType, Role } from "../../core/content/pack-schema.js";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  behavioural: "Behavioural",
  "product-sense": "Product sense",
  metrics: "Metrics",
  strategy: "Strategy",
  "system-design": "System design",
  "program-execution": "Program execution",
  "technical-depth": "Technical depth",
};

export const ROLE_LABELS: Record<Role, string> = {
  pm: "Product Manager (PM)",
  pmt: "Product Manager - Technical (PMT)",
  tpm: "Technical Program Manager (TPM)",
};

export const ROLE_SHORT_LABELS: Record<Role, string> = { pm: "PM", pmt: "PMT", tpm: "TPM" };

export const LEVEL_LABELS: Record<Level, string> = { L5: "L5", L6: "L6", L7: "L7" };

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

export const DIFFICULTY_COLORS: Record<Difficulty, string> = { easy: "teal", medium: "yellow", hard: "red" };

/** What a probe of each depth is for; the pack schema defines 1 as gentle and 4 as hardest. */
export const PROBE_DEPTH_LABELS: Record<1 | 2 | 3 | 4, { title: string; hint: string }> = {
  1: { title: "Depth 1 · Clarifying", hint: "Gentle questions that fill in the story." },
  2: { title: "Depth 2 · Your part", hint: "What exactly you did, and how you knew." },
  3: { title: "Depth 3 · Alternatives", hint: "Other options, other explanations, the trade-offs." },
  4: { title: "Depth 4 · Bar Raiser", hint: "The hardest kind: what if it had gone the other way?" },
};

/**
 * Every principle id, as a complete record so the type check notices a new one. Names are
 * not here: they are content and come from the pack through the API.
 */
const PRINCIPLE_ID_SET: Record<PrincipleId, true> = {
  "customer-obsession": true,
  ownership: true,
  "invent-and-simplify": true,
  "are-right-a-lot": true,
  "learn-and-be-curious": true,
  "hire-and-develop-the-best": true,
  "insist-on-the-highest-standards": true,
  "think-big": true,
  "bias-for-action": true,
  frugality: true,
  "earn-trust": true,
  "dive-deep": true,
  "have-backbone-disagree-and-commit": true,
  "deliver-results": true,
  "strive-to-be-earths-best-employer": true,
  "success-and-scale-bring-broad-responsibility": true,
};

export function isPrincipleId(value: string | null): value is PrincipleId {
  return value !== null && Object.hasOwn(PRINCIPLE_ID_SET, value);
}

/** The keys of a complete label record, in the order they were written. */
export function keysOf<K extends string>(record: Record<K, unknown>): K[] {
  return Object.keys(record) as K[];
}

export const QUESTION_TYPES = keysOf(QUESTION_TYPE_LABELS);
export const ROLES = keysOf(ROLE_LABELS);
export const LEVELS = keysOf(LEVEL_LABELS);
export const DIFFICULTIES = keysOf(DIFFICULTY_LABELS);

export function isQuestionType(value: string | null): value is QuestionType {
  return value !== null && Object.hasOwn(QUESTION_TYPE_LABELS, value);
}
export function isRole(value: string | null): value is Role {
  return value !== null && Object.hasOwn(ROLE_LABELS, value);
}
export function isLevel(value: string | null): value is Level {
  return value !== null && Object.hasOwn(LEVEL_LABELS, value);
}
export function isDifficulty(value: string | null): value is Difficulty {
  return value !== null && Object.hasOwn(DIFFICULTY_LABELS, value);
}

/** "dive-deep" → "Dive deep": a readable stand-in while principle names load. */
export function humanizeId(id: string): string {
  const words = id.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type { Difficulty, Level, PrincipleId, QuestionType, Role };
