import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { MAX_ANSWER_CHARS } from "../../core/coach/analyze-answer.js";
import { buildQuestionIndex } from "../../core/content/question-search.js";
import { analyzeRequest } from "../../server/coach-service.js";
import { loadPackOrThrow } from "../../server/content/read-pack.js";
import { AppError } from "../../server/errors.js";
import { analyzeRequestSchema } from "../../server/routes/coach/schema.js";
import { CliError } from "../cli-error.js";
import { formatCoachReport } from "../format/coach-report.js";

interface AnalyzeOptions {
  questionId?: string;
  question?: string;
  principle?: string;
  spoken?: boolean;
  json?: boolean;
  jsonl?: boolean;
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(!file || file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file ?? "standard input"}: ${(error as Error).message}`);
  }
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command("analyze")
    .description("coach an answer: vote, score, criteria with evidence, red flags and follow-ups")
    .argument("[file]", "the answer text; - or nothing reads standard input")
    .option("--question-id <id>", "the bank question being answered")
    .option("--question <text>", "the question's text, for a question not in the bank")
    .option("--principle <id>", "the principle being practised")
    .option("--spoken", "the answer is a speech transcript: count fillers")
    .option("--json", "the coach JSON (see DESIGN.md)")
    .option("--jsonl", "read one JSON request per line, write one result per line")
    .action((file: string | undefined, options: AnalyzeOptions) => {
      const pack = loadPackOrThrow();
      const index = buildQuestionIndex(pack.questions, pack.principles);
      const input = readInput(file);
      if (options.jsonl) {
        const lines = input.split("\n");
        let failures = 0;
        lines.forEach((line, i) => {
          if (!line.trim()) return;
          let parsed: unknown;
          try {
            parsed = JSON.parse(line);
          } catch (error) {
            failures++;
            process.stdout.write(
              `${JSON.stringify({ line: i + 1, error: { code: "validation_failed", message: `not JSON: ${(error as Error).message}` } })}\n`,
            );
            return;
          }
          const request = analyzeRequestSchema.safeParse(parsed);
          if (!request.success) {
            failures++;
            const issue = request.error.issues[0]!;
            process.stdout.write(
              `${JSON.stringify({ line: i + 1, error: { code: "validation_failed", message: `${issue.path.join(".")} ${issue.message}`, field: issue.path.join(".") } })}\n`,
            );
            return;
          }
          try {
            process.stdout.write(`${JSON.stringify(analyzeRequest(request.data, pack, index))}\n`);
          } catch (error) {
            failures++;
            const message = error instanceof AppError ? error.message : (error as Error).message;
            process.stdout.write(
              `${JSON.stringify({ line: i + 1, error: { code: error instanceof AppError ? error.code : "internal", message } })}\n`,
            );
          }
        });
        if (failures > 0) {
          process.stderr.write(
            `barraiser: ${failures} line${failures === 1 ? "" : "s"} could not be analysed (reported in place)\n`,
          );
          process.exitCode = 1;
        }
        return;
      }
      if (input.length > MAX_ANSWER_CHARS)
        throw new CliError(`the answer is ${input.length} characters; the coach reads at most ${MAX_ANSWER_CHARS}`, 2);
      const request = analyzeRequestSchema.safeParse({
        answer: input,
        questionId: options.questionId,
        question: options.question,
        principle: options.principle,
        spoken: options.spoken,
      });
      if (!request.success) {
        const issue = request.error.issues[0]!;
        throw new CliError(`--${String(issue.path[0])} ${issue.message}`, 2);
      }
      let result: ReturnType<typeof analyzeRequest>;
      try {
        result = analyzeRequest(request.data, pack, index);
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message, 2);
        throw error;
      }
      console.log(options.json ? JSON.stringify(result, null, 2) : formatCoachReport(result));
    });
}
