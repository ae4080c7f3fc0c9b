// The storage suite: every case runs on each backend (PGlite always, PostgreSQL with TEST_DATABASE_URL).

import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateBackup } from "../../core/backup/backup-schema.js";
import { exportBackup, importBackup } from "./backup.js";
import { MigrationDriftError, type Storage } from "./database.js";
import { listChecklistTicks, setChecklistTick } from "./repositories/checklist-repository.js";
import { getSettings, updateSettings } from "./repositories/settings-repository.js";
import {
  deleteUserQuestion,
  getUserQuestion,
  insertUserQuestion,
  listUserQuestions,
} from "./repositories/user-question-repository.js";
import { checklistTicks, settings, userQuestions } from "./schema.js";
import { testBackends } from "./test-backends.js";
import { backupDataArbitrary, buildUserQuestion } from "./test-data.js";

async function clearAll(storage: Storage) {
  await storage.db.delete(settings);
  await storage.db.delete(userQuestions);
  await storage.db.delete(checklistTicks);
}

describe.each(testBackends())("storage on $name", (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
    await storage.migrate();
  });
  afterAll(async () => {
    await storage?.close();
  });

  it("reports the storage kind and that every migration is applied", async () => {
    expect(storage.kind).toBe(backend.name);
    const state = await storage.migrationState();
    expect(state.upToDate).toBe(true);
    expect(state.applied).toBeGreaterThan(0);
    expect(state.pending).toBe(0);
  });

  it("re-running migrations on an up-to-date database changes nothing", async () => {
    const before = await storage.migrationState();
    expect(await storage.migrate()).toEqual(before);
  });

  it("saves settings, updates them and clears a key set to null", async () => {
    await clearAll(storage);
    await updateSettings(storage.db, { role: "tpm", level: "L6", interviewDate: "2027-01-20" });
    await updateSettings(storage.db, { level: "L7", interviewDate: null });
    expect(await getSettings(storage.db)).toEqual({ role: "tpm", level: "L7" });
  });

  it("stores the user's own questions and finds them by id", async () => {
    await clearAll(storage);
    const question = buildUserQuestion({ id: "user-screen-0001", text: "Tell me about a launch you would redo." });
    await insertUserQuestion(storage.db, question);
    expect((await getUserQuestion(storage.db, question.id))?.question).toEqual(question);
    expect((await listUserQuestions(storage.db)).map((q) => q.question.id)).toEqual([question.id]);
    await expect(insertUserQuestion(storage.db, question)).rejects.toThrow();
    expect(await deleteUserQuestion(storage.db, question.id)).toBe(true);
    expect(await getUserQuestion(storage.db, question.id)).toBeUndefined();
  });

  it("keeps checklist ticks and removes them when unticked", async () => {
    await clearAll(storage);
    await setChecklistTick(storage.db, "learn-principles", true);
    await setChecklistTick(storage.db, "learn-principles", true);
    await setChecklistTick(storage.db, "write-pr-faq", true);
    await setChecklistTick(storage.db, "write-pr-faq", false);
    expect((await listChecklistTicks(storage.db)).map((t) => t.itemId)).toEqual(["learn-principles"]);
  });

  it("export, import into an empty database, and export again gives an identical document", async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArbitrary(), async (data) => {
        await clearAll(storage);
        const validated = validateBackup({
          format: "barraiser-backup",
          version: 1,
          exportedAt: "2026-11-21T00:00:00.000Z",
          appVersion: "test",
          data,
        });
        if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
        await importBackup(storage.db, validated.document.data);
        const first = await exportBackup(storage.db, { appVersion: "test" });
        await clearAll(storage);
        await importBackup(storage.db, first.data);
        const second = await exportBackup(storage.db, { appVersion: "test" });
        expect(second.data).toEqual(first.data);
        const input = validated.document.data;
        expect(first.data.settings).toEqual(input.settings);
        expect(first.data.checklistTicks).toEqual(
          [...input.checklistTicks].sort((a, b) => (a.itemId < b.itemId ? -1 : 1)),
        );
        const byId = (rows: typeof input.userQuestions) =>
          [...rows].sort((a, b) => (a.question.id < b.question.id ? -1 : 1));
        expect(byId(first.data.userQuestions)).toEqual(byId(input.userQuestions));
      }),
      { numRuns: 15 },
    );
  });

  it("an import that fails part-way leaves the earlier data untouched", async () => {
    await clearAll(storage);
    await updateSettings(storage.db, { role: "pm" });
    const question = buildUserQuestion({ id: "user-keep-0001", text: "Which metric would you watch first?" });
    // Two rows with one id pass nothing to the database check but the primary key rejects them.
    const data = {
      settings: { role: "tpm" as const },
      userQuestions: [question, question].map((q) => ({
        question: q,
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
      })),
      checklistTicks: [],
      stories: [],
      storyVersions: [],
      attempts: [],
      drafts: [],
      loops: [],
      plan: null,
      reviews: [],
    };
    await expect(importBackup(storage.db, data)).rejects.toThrow();
    expect(await getSettings(storage.db)).toEqual({ role: "pm" });
    expect(await listUserQuestions(storage.db)).toEqual([]);
  });

  it("refuses to run when the database has a migration the code does not know", async () => {
    await storage.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', 99999999999999)`,
    );
    await expect(storage.migrate()).rejects.toBeInstanceOf(MigrationDriftError);
    await storage.db.execute(sql`delete from drizzle.__drizzle_migrations where hash = 'from-the-future'`);
  });
});
