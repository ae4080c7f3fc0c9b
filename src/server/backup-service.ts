/** Import shared by the API and the CLI: validate all, save what is replaced, write in one transaction. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateBackup } from "../core/backup/backup-schema.js";
import { AppError } from "./errors.js";
import { exportBackup, type ImportCounts, importBackup } from "./storage/backup.js";
import type { Storage } from "./storage/database.js";

export interface BackupDeps {
  storage: Storage;
  version: string;
  /** Where to save the data an import replaces; omitted for PostgreSQL servers with no data dir. */
  dataDir?: string;
}

export async function importValidatedBackup(
  deps: BackupDeps,
  input: unknown,
): Promise<{ imported: ImportCounts; previousDataSavedTo?: string }> {
  const validation = validateBackup(input);
  if (!validation.ok) {
    const first = validation.problems[0]!;
    throw new AppError(
      "invalid_backup",
      `The backup is not valid (${validation.totalProblems} problem${validation.totalProblems === 1 ? "" : "s"}); nothing was imported. First: ${first.path} ${first.message}`,
      first.path,
      {
        problems: validation.problems,
        totalProblems: validation.totalProblems,
      },
    );
  }
  let previousDataSavedTo: string | undefined;
  if (deps.dataDir) {
    const previous = await exportBackup(deps.storage.db, { appVersion: deps.version });
    const dir = join(deps.dataDir, "backups");
    mkdirSync(dir, { recursive: true });
    previousDataSavedTo = join(dir, `before-import-${previous.exportedAt.replaceAll(":", "-")}.json`);
    writeFileSync(previousDataSavedTo, JSON.stringify(previous, null, 2));
  }
  const imported = await importBackup(deps.storage.db, validation.document.data);
  return { imported, ...(previousDataSavedTo ? { previousDataSavedTo } : {}) };
}
