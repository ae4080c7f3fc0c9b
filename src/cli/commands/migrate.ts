import type { Command } from "commander";
import { withStorage } from "../open-cli-storage.js";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations and print the migration state")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .option("--json", "machine-readable output")
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const state = await withStorage(options, async (storage) => ({
        storage: storage.kind,
        ...(await storage.migrationState()),
      }));
      if (options.json) console.log(JSON.stringify(state));
      else
        console.log(
          `${state.storage}: ${state.applied} of ${state.available} migrations applied${state.upToDate ? " (up to date)" : ""}`,
        );
    });
}
