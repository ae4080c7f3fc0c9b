import type { Command } from "commander";
import { z } from "zod";
import {
  difficultySchema,
  levelSchema,
  principleIdSchema,
  questionTypeSchema,
  roleSchema,
} from "../../core/content/pack-schema.js";
import {
  buildQuestionIndex,
  type QuestionFilters,
  type SearchableQuestion,
} from "../../core/content/question-search.js";
import { classifyText } from "../../server/coach-service.js";
import { loadPackOrThrow } from "../../server/content/read-pack.js";
import { classifyRequestSchema } from "../../server/routes/coach/schema.js";
import { listUserQuestions } from "../../server/storage/repositories/user-question-repository.js";
import { CliError } from "../cli-error.js";
import { formatQuestionTable } from "../format/question-table.js";
import { withStorage } from "../open-cli-storage.js";

const filtersSchema = z.object({
  principle: principleIdSchema.optional(),
  type: questionTypeSchema.optional(),
  role: roleSchema.optional(),
  level: levelSchema.optional(),
  difficulty: difficultySchema.optional(),
  search: z.string().max(200).optional(),
});

interface QuestionsOptions {
  principle?: string;
  type?: string;
  role?: string;
  level?: string;
  difficulty?: string;
  search?: string;
  mine?: boolean;
  dataDir?: string;
  json?: boolean;
}

export function registerQuestionsCommand(program: Command): Command {
  const questions = program
    .command("questions")
    .description("list and search the question bank")
    .option("--principle <id>", "a principle id, e.g. dive-deep")
    .option(
      "--type <type>",
      "behavioural | product-sense | metrics | strategy | system-design | program-execution | technical-depth",
    )
    .option("--role <role>", "pm | pmt | tpm")
    .option("--level <level>", "L5 | L6 | L7")
    .option("--difficulty <d>", "easy | medium | hard")
    .option("--search <text>", "full-text search, best match first")
    .option("--mine", "include the questions you added (opens the database)")
    .option("--data-dir <dir>", "data directory, with --mine")
    .option("--json", "machine-readable output: the full questions")
    .action(async (options: QuestionsOptions) => {
      const parsed = filtersSchema.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`--${String(issue.path[0])} ${issue.message}`, 2);
      }
      const pack = loadPackOrThrow();
      let all: SearchableQuestion[] = pack.questions;
      if (options.mine) {
        const own = await withStorage(options, (storage) => listUserQuestions(storage.db));
        all = [...own.map((q) => ({ ...q.question, custom: true })), ...pack.questions];
      }
      const found = buildQuestionIndex(all, pack.principles).search(parsed.data as QuestionFilters);
      if (options.json) console.log(JSON.stringify(found));
      else console.log(formatQuestionTable(found, process.stdout.columns ?? 100));
    });
  questions
    .command("classify")
    .description("suggest the principles a question targets, best first")
    .argument("<text>", "the question, e.g. one you were asked in a screen")
    .option("--json", "machine-readable output")
    .action((text: string, options: { json?: boolean }, command: Command) => {
      // `questions` has a --json of its own; commander gives a shared flag to the parent.
      const json = Boolean(options.json || command.parent?.opts().json);
      const parsed = classifyRequestSchema.safeParse({ text });
      if (!parsed.success) throw new CliError(`the question ${parsed.error.issues[0]!.message}`, 2);
      const result = classifyText(parsed.data.text, loadPackOrThrow());
      if (json) console.log(JSON.stringify(result));
      else for (const p of result.principles.slice(0, 5)) console.log(`${p.score.toFixed(2)}  ${p.name} (${p.id})`);
    });
  return questions;
}
