/** Mock loops: the state lives here so a loop survives a closed browser or a restart. */
import { desc, eq } from "drizzle-orm";
import { type LoopState, loopStateSchema } from "../../../core/loop/loop-schema.js";
import type { Db } from "../database.js";
import { loops } from "../schema.js";

export interface StoredLoop {
  id: string;
  state: LoopState;
  createdAt: Date;
  updatedAt: Date;
}

function fromRow(row: typeof loops.$inferSelect): StoredLoop {
  return { id: row.id, state: loopStateSchema.parse(row.state), createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export async function insertLoop(db: Db, id: string, state: LoopState): Promise<StoredLoop> {
  const [row] = await db.insert(loops).values({ id, plan: state.plan, state, status: state.status }).returning();
  return fromRow(row!);
}

export async function saveLoopState(db: Db, id: string, state: LoopState): Promise<void> {
  await db.update(loops).set({ state, status: state.status, updatedAt: new Date() }).where(eq(loops.id, id));
}

export async function getLoop(db: Db, id: string): Promise<StoredLoop | undefined> {
  const [row] = await db.select().from(loops).where(eq(loops.id, id));
  return row ? fromRow(row) : undefined;
}

export async function listLoops(db: Db): Promise<StoredLoop[]> {
  return (await db.select().from(loops).orderBy(desc(loops.createdAt))).map(fromRow);
}

export async function deleteLoop(db: Db, id: string): Promise<boolean> {
  return (await db.delete(loops).where(eq(loops.id, id)).returning({ id: loops.id })).length > 0;
}
