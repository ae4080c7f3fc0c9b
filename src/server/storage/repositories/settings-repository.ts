/** Reads and writes the user's settings, one row per key. */
import { inArray, sql } from "drizzle-orm";
import { type Settings, type SettingsPatch, settingsSchema } from "../../../core/settings/settings-schema.js";
import type { Db } from "../database.js";
import { settings } from "../schema.js";

export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db.select().from(settings);
  // Unknown keys (from a newer version) are ignored rather than failing the whole read.
  const raw = Object.fromEntries(
    rows.filter((row) => row.key in settingsSchema.shape).map((row) => [row.key, row.value]),
  );
  return settingsSchema.parse(raw);
}

export async function updateSettings(db: Db, patch: SettingsPatch): Promise<Settings> {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  const cleared = entries.filter(([, value]) => value === null).map(([key]) => key);
  const set = entries.filter(([, value]) => value !== null);
  await db.transaction(async (tx) => {
    if (cleared.length > 0) await tx.delete(settings).where(inArray(settings.key, cleared));
    for (const [key, value] of set) {
      await tx
        .insert(settings)
        .values({ key, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
    }
  });
  return getSettings(db);
}
