/** Practice attempts, each with its whole thread and the coach's output. */
import { and, desc, eq } from "drizzle-orm";
import { type Attempt, attemptSchema } from "../../../core/practice/attempt-schema.js";
import type { Db } from "../database.js";
import { attempts } from "../schema.js";

export async function insertAttempt(db: Db, attempt: Attempt): Promise<void> {
  await db.insert(attempts).values({
    id: attempt.id,
    questionId: attempt.questionId,
    storyId: attempt.storyId ?? null,
    vote: attempt.vote,
    score: attempt.score,
    attempt,
    submittedAt: new Date(attempt.submittedAt),
  });
}

export async function updateAttempt(db: Db, attempt: Attempt): Promise<void> {
  await db.update(attempts).set({ attempt }).where(eq(attempts.id, attempt.id));
}

export async function getAttempt(db: Db, id: string): Promise<Attempt | undefined> {
  const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
  return row ? attemptSchema.parse(row.attempt) : undefined;
}

export async function listAttempts(db: Db, filter: { questionId?: string; storyId?: string } = {}): Promise<Attempt[]> {
  const conditions = [
    filter.questionId ? eq(attempts.questionId, filter.questionId) : undefined,
    filter.storyId ? eq(attempts.storyId, filter.storyId) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select()
    .from(attempts)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(attempts.submittedAt), desc(attempts.id));
  return rows.map((row) => attemptSchema.parse(row.attempt));
}

export async function deleteAttempt(db: Db, id: string): Promise<boolean> {
  return (await db.delete(attempts).where(eq(attempts.id, id)).returning({ id: attempts.id })).length > 0;
}
