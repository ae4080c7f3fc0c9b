/** Ticks on the preparation checklist. */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../database.js";
import { checklistTicks } from "../schema.js";

export async function listChecklistTicks(db: Db): Promise<{ itemId: string; tickedAt: Date }[]> {
  return db.select().from(checklistTicks).orderBy(asc(checklistTicks.itemId));
}

export async function setChecklistTick(db: Db, itemId: string, done: boolean): Promise<void> {
  if (done) {
    await db.insert(checklistTicks).values({ itemId }).onConflictDoNothing();
  } else {
    await db.delete(checklistTicks).where(eq(checklistTicks.itemId, itemId));
  }
}
