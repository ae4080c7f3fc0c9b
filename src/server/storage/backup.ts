/**
 * Export and import of the backup document. Import replaces every user-owned record in one
 * transaction, so a failure part-way leaves the database exactly as it was.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  type BackupDocument,
} from "../../core/backup/backup-schema.js";
import { storyContent } from "../../core/stories/story-record.js";
import type { Db } from "./database.js";
import { listAttempts } from "./repositories/attempt-repository.js";
import { listChecklistTicks } from "./repositories/checklist-repository.js";
import { listDrafts } from "./repositories/draft-repository.js";
import { listLoops } from "./repositories/loop-repository.js";
import { getStoredPlan } from "./repositories/plan-repository.js";
import { listReviews } from "./repositories/review-repository.js";
import { getSettings } from "./repositories/settings-repository.js";
import { listStories, listStoryVersions } from "./repositories/story-repository.js";
import { listUserQuestions } from "./repositories/user-question-repository.js";
import {
  attempts,
  checklistTicks,
  drafts,
  loops,
  plans,
  reviews,
  settings,
  stories,
  storyVersions,
  userQuestions,
} from "./schema.js";

export async function exportBackup(db: Db, options: { appVersion: string; now?: Date }): Promise<BackupDocument> {
  const [
    userSettings,
    questions,
    ticks,
    storyRows,
    versions,
    attemptRows,
    draftRows,
    loopRows,
    storedPlan,
    reviewRows,
  ] = await Promise.all([
    getSettings(db),
    listUserQuestions(db),
    listChecklistTicks(db),
    listStories(db, { includeArchived: true }),
    listStoryVersions(db),
    listAttempts(db),
    listDrafts(db),
    listLoops(db),
    getStoredPlan(db),
    listReviews(db),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    appVersion: options.appVersion,
    data: {
      settings: userSettings,
      userQuestions: sortForExport(questions).map((q) => ({
        question: q.question,
        createdAt: q.createdAt.toISOString(),
        updatedAt: q.updatedAt.toISOString(),
      })),
      checklistTicks: [...ticks]
        .sort((a, b) => (a.itemId < b.itemId ? -1 : 1))
        .map((t) => ({ itemId: t.itemId, tickedAt: t.tickedAt.toISOString() })),
      stories: [...storyRows].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
      attempts: [...attemptRows].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || (a.id < b.id ? -1 : 1)),
      drafts: draftRows.map((d) => ({ key: d.key, text: d.text, updatedAt: d.updatedAt.toISOString() })),
      loops: [...loopRows]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((l) => ({
          id: l.id,
          state: l.state,
          createdAt: l.createdAt.toISOString(),
          updatedAt: l.updatedAt.toISOString(),
        })),
      plan: storedPlan ?? null,
      reviews: reviewRows.map((r) => ({
        id: r.id,
        cardId: r.cardId,
        vote: r.vote,
        reviewedAt: r.reviewedAt.toISOString(),
      })),
      storyVersions: [...versions].sort((a, b) =>
        a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : a.version - b.version,
      ),
    },
  };
}

/** A canonical order that does not depend on the database's collation. */
function sortForExport<T extends { createdAt: Date; question: { id: string } }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0),
  );
}

export interface ImportCounts {
  settings: number;
  userQuestions: number;
  checklistTicks: number;
  stories: number;
  attempts: number;
  loops: number;
}

/** Replaces all user data with the (already validated) document's data. */
export async function importBackup(db: Db, data: BackupData): Promise<ImportCounts> {
  await db.transaction(async (tx) => {
    await tx.delete(settings);
    await tx.delete(userQuestions);
    await tx.delete(checklistTicks);
    await tx.delete(attempts);
    await tx.delete(drafts);
    await tx.delete(loops);
    await tx.delete(plans);
    await tx.delete(reviews);
    await tx.delete(storyVersions);
    await tx.delete(stories);
    const settingRows = Object.entries(data.settings)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => ({ key, value }));
    if (settingRows.length > 0) await tx.insert(settings).values(settingRows);
    // Insert in chunks: one statement per row would make a large import slow.
    for (let i = 0; i < data.userQuestions.length; i += 500) {
      await tx.insert(userQuestions).values(
        data.userQuestions.slice(i, i + 500).map((entry) => ({
          id: entry.question.id,
          question: entry.question,
          createdAt: new Date(entry.createdAt),
          updatedAt: new Date(entry.updatedAt),
        })),
      );
    }
    if (data.checklistTicks.length > 0) {
      await tx
        .insert(checklistTicks)
        .values(data.checklistTicks.map((t) => ({ itemId: t.itemId, tickedAt: new Date(t.tickedAt) })));
    }
    for (let i = 0; i < data.stories.length; i += 200) {
      await tx.insert(stories).values(
        data.stories.slice(i, i + 200).map((story) => ({
          id: story.id,
          content: storyContent(story),
          archived: story.archived,
          version: story.version,
          createdAt: new Date(story.createdAt),
          updatedAt: new Date(story.updatedAt),
        })),
      );
    }
    for (let i = 0; i < data.storyVersions.length; i += 500) {
      await tx.insert(storyVersions).values(
        data.storyVersions.slice(i, i + 500).map((v) => ({
          storyId: v.storyId,
          version: v.version,
          archived: v.archived,
          content: v.content,
          savedAt: new Date(v.savedAt),
        })),
      );
    }
    for (let i = 0; i < data.attempts.length; i += 200) {
      await tx.insert(attempts).values(
        data.attempts.slice(i, i + 200).map((attempt) => ({
          id: attempt.id,
          questionId: attempt.questionId,
          storyId: attempt.storyId ?? null,
          vote: attempt.vote,
          score: attempt.score,
          attempt,
          submittedAt: new Date(attempt.submittedAt),
        })),
      );
    }
    for (let i = 0; i < data.drafts.length; i += 500) {
      await tx
        .insert(drafts)
        .values(
          data.drafts.slice(i, i + 500).map((d) => ({ key: d.key, text: d.text, updatedAt: new Date(d.updatedAt) })),
        );
    }
    for (const loop of data.loops) {
      await tx.insert(loops).values({
        id: loop.id,
        plan: loop.state.plan,
        state: loop.state,
        status: loop.state.status,
        createdAt: new Date(loop.createdAt),
        updatedAt: new Date(loop.updatedAt),
      });
    }
    if (data.plan) await tx.insert(plans).values({ id: "current", plan: data.plan });
    for (let i = 0; i < data.reviews.length; i += 500) {
      await tx
        .insert(reviews)
        .values(data.reviews.slice(i, i + 500).map((r) => ({ ...r, reviewedAt: new Date(r.reviewedAt) })));
    }
  });
  return {
    loops: data.loops.length,
    stories: data.stories.length,
    attempts: data.attempts.length,
    settings: Object.values(data.settings).filter((v) => v !== undefined).length,
    userQuestions: data.userQuestions.length,
    checklistTicks: data.checklistTicks.length,
  };
}
