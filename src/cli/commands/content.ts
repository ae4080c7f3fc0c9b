import { resolve } from "node:path";
import type { Command } from "commander";
import { findNearDuplicateQuestions } from "../../core/content/near-duplicates.js";
import { DEFAULT_PACK_DIR, readPackDir } from "../../server/content/read-pack.js";
import { CliError } from "../cli-error.js";

export function registerContentCommand(program: Command): void {
  const content = program.command("content").description("work with content packs");
  content
    .command("validate")
    .description("check a content pack; lists every problem with its file, line and path")
    .argument("[dir]", "the pack folder", DEFAULT_PACK_DIR)
    .option("--json", "machine-readable output")
    .action((dir: string, options: { json?: boolean }) => {
      const folder = resolve(dir);
      const result = readPackDir(folder);
      const problems = result.ok ? [] : result.problems;
      const duplicates = result.ok ? findNearDuplicateQuestions(result.pack.questions) : [];
      for (const pair of duplicates) {
        problems.push({
          file: "questions/",
          line: 1,
          path: `${pair.a} ~ ${pair.b}`,
          message: `near-duplicate question texts (similarity ${pair.similarity.toFixed(2)})`,
        });
      }
      if (options.json) {
        console.log(
          JSON.stringify({
            ok: problems.length === 0,
            dir: folder,
            problems,
            questions: result.ok ? result.pack.questions.length : undefined,
          }),
        );
        if (problems.length > 0) process.exitCode = 1;
        return;
      }
      if (problems.length > 0) {
        const lines = problems.map((p) => `  ${p.file}:${p.line}${p.path ? ` ${p.path}` : ""}: ${p.message}`);
        throw new CliError(
          `the pack in ${folder} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${lines.join("\n")}`,
        );
      }
      if (result.ok) {
        const { pack } = result;
        console.log(
          `${pack.manifest.title} ${pack.manifest.version}: valid — ${pack.principles.length} principles, ${pack.questions.length} questions, ${pack.process.stages.length} stages, ${pack.process.personas.length} personas.`,
        );
      }
    });
}
