/** Unsent typing, saved every couple of seconds by the web app. */
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../database.js";
import { drafts } from "../schema.js";

export interface Draft {
  key: string;
  text: string;
  updatedAt: Date;
}

export async function getDraft(db: Db, key: string): Promise<Draft | undefined> {
  const [row] = await db.select().from(drafts).where(eq(drafts.key, key));
  return row;
}

export async function saveDraft(db: Db, key: string, text: string): Promise<Draft> {
  const [row] = await db
    .insert(drafts)
    .values({ key, text })
    .onConflictDoUpdate({ target: drafts.key, set: { text, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function deleteDraft(db: Db, key: string): Promise<void> {
  await db.delete(drafts).where(eq(drafts.key, key));
}

export async function listDrafts(db: Db): Promise<Draft[]> {
  return db.select().from(drafts).orderBy(asc(drafts.key));
}
