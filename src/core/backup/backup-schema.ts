/**
 * The backup document: one versioned JSON object holding every record the user owns.
 * Importing an export gives back identical data, so every field here round-trips exactly.
 */
import { z } from "zod";
import { kebabId } from "../content/pack-schema.js";
import { loopStateSchema } from "../loop/loop-schema.js";
import { storedPlanSchema } from "../plan/stored-plan.js";
import { attemptAnswerSchema, attemptSchema } from "../practice/attempt-schema.js";
import { userQuestionSchema } from "../questions/user-question.js";
import { settingsSchema } from "../settings/settings-schema.js";
import { storySchema, storyVersionSchema } from "../stories/story-schema.js";

export const BACKUP_FORMAT = "barraiser-backup";
export const BACKUP_VERSION = 1;
/** Imports larger than this are refused before parsing (DESIGN.md: 20 MB). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const timestamp = z.iso.datetime({ offset: false, message: "must be an ISO timestamp like 2026-11-21T10:00:00.000Z" });

export const backupDataSchema = z.object({
  settings: settingsSchema,
  userQuestions: z
    .array(z.object({ question: userQuestionSchema, createdAt: timestamp, updatedAt: timestamp }).strict())
    .max(10_000),
  checklistTicks: z.array(z.object({ itemId: kebabId, tickedAt: timestamp }).strict()).max(1_000),
  // Added after the first release of version 1: older documents simply have none.
  stories: z.array(storySchema).max(2_000).default([]),
  storyVersions: z.array(storyVersionSchema).max(100_000).default([]),
  attempts: z.array(attemptSchema).max(50_000).default([]),
  drafts: z
    .array(
      z
        .object({
          key: z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,119}$/),
          text: attemptAnswerSchema,
          updatedAt: timestamp,
        })
        .strict(),
    )
    .max(10_000)
    .default([]),
  loops: z
    .array(
      z
        .object({
          id: z.string().regex(/^loop-[a-z0-9-]{4,60}$/),
          state: loopStateSchema,
          createdAt: timestamp,
          updatedAt: timestamp,
        })
        .strict(),
    )
    .max(1_000)
    .default([]),
  plan: storedPlanSchema.nullable().default(null),
  reviews: z
    .array(
      z
        .object({
          id: z.string().regex(/^review-[a-z0-9-]{4,60}$/),
          cardId: z.string().min(1).max(200),
          vote: z.number().int().min(1).max(4),
          reviewedAt: timestamp,
        })
        .strict(),
    )
    .max(100_000)
    .default([]),
});
export type BackupData = z.infer<typeof backupDataSchema>;

export const backupDocumentSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
  version: z.literal(BACKUP_VERSION, {
    error: `must be ${BACKUP_VERSION}: this version of Bar Raiser reads version ${BACKUP_VERSION} backups`,
  }),
  exportedAt: timestamp,
  appVersion: z.string().max(40),
  data: backupDataSchema,
});
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

export interface BackupProblem {
  /** JSON path of the offending value, e.g. `data.userQuestions[2].question.text`. */
  path: string;
  message: string;
}

export const MAX_REPORTED_PROBLEMS = 20;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

export type BackupValidation =
  | { ok: true; document: BackupDocument }
  | { ok: false; problems: BackupProblem[]; totalProblems: number };

/** Validates a whole document before anything is written; reports up to 20 problems by path. */
export function validateBackup(input: unknown): BackupValidation {
  const result = backupDocumentSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: jsonPath(issue.path) || "(document)",
      message: issue.message,
    }));
    return { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS), totalProblems: problems.length };
  }
  const seen = new Map<string, number>();
  const problems: BackupProblem[] = [];
  result.data.data.userQuestions.forEach((entry, index) => {
    const earlier = seen.get(entry.question.id);
    if (earlier !== undefined) {
      problems.push({
        path: `data.userQuestions[${index}].question.id`,
        message: `duplicates the id at data.userQuestions[${earlier}]`,
      });
    }
    seen.set(entry.question.id, index);
  });
  const ticks = new Set<string>();
  result.data.data.checklistTicks.forEach((tick, index) => {
    if (ticks.has(tick.itemId))
      problems.push({ path: `data.checklistTicks[${index}].itemId`, message: "is ticked twice" });
    ticks.add(tick.itemId);
  });
  if (problems.length > 0)
    return { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS), totalProblems: problems.length };
  return { ok: true, document: result.data };
}
