import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { exportBackup } from "../../server/storage/backup.js";
import { APP_VERSION } from "../../server/version.js";
import { withStorage } from "../open-cli-storage.js";

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("write every user-owned record as one JSON backup document")
    .option("--out <file>", "write to FILE instead of standard output")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .option("--json", "print a JSON summary (with --out)")
    .action(async (options: { out?: string; dataDir?: string; json?: boolean }) => {
      const document = await withStorage(options, (storage) => exportBackup(storage.db, { appVersion: APP_VERSION }));
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (!options.out) {
        process.stdout.write(text);
        return;
      }
      writeFileSync(options.out, text);
      const summary = {
        file: options.out,
        userQuestions: document.data.userQuestions.length,
        checklistTicks: document.data.checklistTicks.length,
        settings: Object.keys(document.data.settings).length,
      };
      if (options.json) console.log(JSON.stringify(summary));
      else
        console.error(
          `Exported ${summary.userQuestions} questions, ${summary.checklistTicks} checklist ticks and ${summary.settings} settings to ${options.out}`,
        );
    });
}
