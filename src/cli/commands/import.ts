import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { MAX_BACKUP_BYTES } from "../../core/backup/backup-schema.js";
import { importValidatedBackup } from "../../server/backup-service.js";
import { AppError } from "../../server/errors.js";
import { APP_VERSION } from "../../server/version.js";
import { CliError } from "../cli-error.js";
import { withStorage } from "../open-cli-storage.js";

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "replace all user data with a backup document (validated first; nothing is written if it has problems)",
    )
    .argument("<file>", "a backup written by `barraiser export`")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .option("--json", "machine-readable output")
    .action(async (file: string, options: { dataDir?: string; json?: boolean }) => {
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        throw new CliError(`cannot read ${file}: no such file`);
      }
      if (size > MAX_BACKUP_BYTES)
        throw new CliError(
          `${file} is ${(size / 1e6).toFixed(1)} MB; a backup may be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB`,
        );
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
      }
      try {
        const result = await withStorage(options, (storage, config) =>
          importValidatedBackup(
            { storage, version: APP_VERSION, dataDir: config.databaseUrl ? undefined : config.dataDir },
            input,
          ),
        );
        if (options.json) console.log(JSON.stringify(result));
        else {
          const { imported } = result;
          console.log(
            `Imported ${imported.userQuestions} questions, ${imported.checklistTicks} checklist ticks and ${imported.settings} settings.`,
          );
          if (result.previousDataSavedTo)
            console.log(`The data it replaced was saved to ${result.previousDataSavedTo}`);
        }
      } catch (error) {
        if (error instanceof AppError && error.code === "invalid_backup") {
          const problems = (error.details?.problems ?? []) as { path: string; message: string }[];
          const total = Number(error.details?.totalProblems ?? problems.length);
          if (options.json)
            console.log(
              JSON.stringify({ error: { code: error.code, message: error.message, problems, totalProblems: total } }),
            );
          const lines = problems.map((p) => `  ${p.path}: ${p.message}`).join("\n");
          throw new CliError(
            `${file} is not a valid backup; nothing was imported.\n${lines}${total > problems.length ? `\n  …and ${total - problems.length} more` : ""}`,
          );
        }
        throw error;
      }
    });
}
