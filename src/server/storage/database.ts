/**
 * Opens the one database the app uses: embedded PGlite in the data directory by default, or a
 * PostgreSQL server when a URL is given. This is the only place that knows which one runs.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { type SQL, sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.js";

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type StorageKind = "pglite" | "postgres";

export interface MigrationState {
  applied: number;
  available: number;
  pending: number;
  upToDate: boolean;
}

export interface Storage {
  kind: StorageKind;
  db: Db;
  migrate(): Promise<MigrationState>;
  migrationState(): Promise<MigrationState>;
  close(): Promise<void>;
}

// Both `src/server/storage` and `dist/server/storage` sit three levels below the package root.
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const MIGRATIONS_FOLDER = join(packageRoot, "src/server/storage/migrations");

export class MigrationDriftError extends Error {
  override name = "MigrationDriftError";
}

/** Raw SQL rows, whichever driver runs: node-postgres and PGlite both return `{ rows }`. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function readMigrationState(db: Db): Promise<MigrationState> {
  const onDisk = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  // A plain read, no DDL: health checks call this on every request.
  const [exists] = await selectRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present)
    return { applied: 0, available: onDisk.length, pending: onDisk.length, upToDate: onDisk.length === 0 };
  const rows = await selectRows<{ hash: string; created_at: string | number }>(
    db,
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const diskByMillis = new Map(onDisk.map((m) => [m.folderMillis, m.hash]));
  for (const row of rows) {
    const diskHash = diskByMillis.get(Number(row.created_at));
    if (diskHash === undefined) {
      throw new MigrationDriftError(
        "The database has a migration this version of Bar Raiser does not know: it was used by a newer or different version. Upgrade Bar Raiser, or restore a backup.",
      );
    }
    if (diskHash !== row.hash) {
      throw new MigrationDriftError(
        "A migration on disk differs from the one applied to the database: shipped migrations must never be edited. Restore the original migration file.",
      );
    }
  }
  return {
    applied: rows.length,
    available: onDisk.length,
    pending: onDisk.length - rows.length,
    upToDate: rows.length === onDisk.length,
  };
}

export interface OpenOptions {
  /** Data directory; PGlite lives in `db/` inside it. */
  dataDir: string;
  databaseUrl?: string;
  /** Called with human-readable progress, e.g. while the first start creates the database. */
  onProgress?: (message: string) => void;
  /** Open a PGlite copy of a prepared template dump instead of running initdb (tests). */
  pgliteTemplate?: Blob;
}

export async function openStorage(options: OpenOptions): Promise<Storage> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options);
}

async function openPostgres(url: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail now with a clear message rather than at the first request.
  const client = await pool.connect().catch((error: Error) => {
    void pool.end();
    throw new Error(`Cannot connect to the PostgreSQL server in DATABASE_URL: ${error.message}`);
  });
  client.release();
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    async migrate() {
      await readMigrationState(db);
      await migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      return readMigrationState(db);
    },
    migrationState: () => readMigrationState(db),
    close: () => pool.end(),
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** PGlite is single-process: a second server on the same directory would corrupt it. */
function takeDataDirLock(dataDir: string): () => void {
  const lockFile = join(dataDir, "barraiser.lock");
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isProcessAlive(pid)) {
      throw new Error(
        `Another Bar Raiser process (pid ${pid}) is using the data directory ${dataDir}. Stop it first, or choose another --data-dir.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

async function openPglite(options: OpenOptions): Promise<Storage> {
  const progress = options.onProgress ?? (() => {});
  let client: PGlite;
  let releaseLock = () => {};
  if (options.pgliteTemplate) {
    client = await PGlite.create({ loadDataDir: options.pgliteTemplate });
  } else {
    mkdirSync(options.dataDir, { recursive: true });
    releaseLock = takeDataDirLock(options.dataDir);
    const dbDir = join(options.dataDir, "db");
    const firstStart = !existsSync(join(dbDir, "PG_VERSION"));
    if (firstStart) progress(`Creating the database in ${dbDir} (first start only; this takes a few seconds)…`);
    const started = Date.now();
    try {
      client = await PGlite.create(dbDir);
    } catch (error) {
      releaseLock();
      throw error;
    }
    if (firstStart) progress(`Database created in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  // Only this process can open the data directory (see the lock), so after migrate() the
  // state cannot change underneath us and health checks need not query it.
  let knownState: MigrationState | undefined;
  return {
    kind: "pglite",
    db,
    async migrate() {
      await readMigrationState(db);
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      knownState = await readMigrationState(db);
      return knownState;
    },
    migrationState: async () => knownState ?? readMigrationState(db),
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

/** A migrated, empty PGlite database as a dump, for tests to copy instead of running initdb. */
export async function createPgliteTemplate(): Promise<Blob> {
  const client = await PGlite.create();
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir("none");
  await client.close();
  return dump;
}
