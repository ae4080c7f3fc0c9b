/**
 * Test support: the storage backends every storage test runs against. PGlite always, from a
 * prepared template (creating a database costs seconds); PostgreSQL when TEST_DATABASE_URL is
 * set, in a fresh database per test file so runs never see each other's rows.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import pg from "pg";
import { createPgliteTemplate, MIGRATIONS_FOLDER, openStorage, type Storage } from "./database.js";

export interface TestBackend {
  name: "pglite" | "postgres";
  open(): Promise<Storage>;
}

/** The template is keyed by the migrations so a new migration makes a new template. */
async function pgliteTemplate(): Promise<Blob> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const key = migrations.map((m) => m.hash.slice(0, 8)).join("-");
  const file = join(tmpdir(), `barraiser-pglite-template-${key}.tar`);
  if (!existsSync(file)) {
    const dump = await createPgliteTemplate();
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

export async function openTestPglite(): Promise<Storage> {
  return openStorage({ dataDir: "(memory)", pgliteTemplate: await pgliteTemplate() });
}

/** Creates a fresh, empty PostgreSQL database and returns its URL and a drop function. */
export async function createTestPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `barraiser_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: openTestPglite }];
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    backends.push({
      name: "postgres",
      async open() {
        const database = await createTestPostgresDatabase(baseUrl);
        const storage = await openStorage({ dataDir: "(unused)", databaseUrl: database.url });
        return {
          ...storage,
          async close() {
            await storage.close();
            await database.drop();
          },
        };
      },
    });
  }
  return backends;
}
