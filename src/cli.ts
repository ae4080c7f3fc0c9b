#!/usr/bin/env node
/** The `barraiser` command: a thin shell; each command is registered from its own file. */
import { Command } from "commander";
import { CliError } from "./cli/cli-error.js";
import { registerAnalyzeCommand } from "./cli/commands/analyze.js";
import { registerContentCommand } from "./cli/commands/content.js";
import { registerExportCommand } from "./cli/commands/export.js";
import { registerImportCommand } from "./cli/commands/import.js";
import { registerLoopCommand } from "./cli/commands/loop.js";
import { registerMigrateCommand } from "./cli/commands/migrate.js";
import { registerPlanCommand } from "./cli/commands/plan.js";
import { registerQuestionsCommand } from "./cli/commands/questions.js";
import { registerServeCommand } from "./cli/commands/serve.js";
import { registerStoriesCommand } from "./cli/commands/stories.js";
import { ConfigError } from "./server/config.js";
import { APP_VERSION } from "./server/version.js";

const program = new Command()
  .name("barraiser")
  .description("Local-first practice for Amazon PM, PM-Technical and TPM interviews")
  .version(APP_VERSION)
  .showHelpAfterError();

registerServeCommand(program);
registerQuestionsCommand(program);
registerAnalyzeCommand(program);
registerStoriesCommand(program);
registerLoopCommand(program);
registerPlanCommand(program);
registerContentCommand(program);
registerExportCommand(program);
registerImportCommand(program);
registerMigrateCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`barraiser: configuration error\n${error.message.replace(/^/gm, "  ")}\n`);
    process.exit(2);
  }
  if (error instanceof CliError) {
    process.stderr.write(`barraiser: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`barraiser: ${(error as Error).message}\n`);
  process.exit(1);
}
