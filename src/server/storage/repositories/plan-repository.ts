/** The one preparation plan, with the completions and the practice events already applied to it. */
import { eq, sql } from "drizzle-orm";
import { type StoredPlan, storedPlanSchema } from "../../../core/plan/stored-plan.js";
import type { Db } from "../database.js";

export type { StoredPlan };

import { plans } from "../schema.js";

const PLAN_ID = "current";

export async function getStoredPlan(db: Db): Promise<StoredPlan | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, PLAN_ID));
  return row ? storedPlanSchema.parse(row.plan) : undefined;
}

export async function saveStoredPlan(db: Db, stored: StoredPlan): Promise<void> {
  await db
    .insert(plans)
    .values({ id: PLAN_ID, plan: stored })
    .onConflictDoUpdate({ target: plans.id, set: { plan: stored, updatedAt: sql`now()` } });
}

export async function deleteStoredPlan(db: Db): Promise<void> {
  await db.delete(plans).where(eq(plans.id, PLAN_ID));
}
