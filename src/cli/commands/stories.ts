import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { storiesToCsv } from "../../core/stories/story-csv-export.js";
import { storiesToMarkdown } from "../../core/stories/story-markdown.js";
import { storyContent } from "../../core/stories/story-record.js";
import { loadPackOrThrow } from "../../server/content/read-pack.js";
import { listStories } from "../../server/storage/repositories/story-repository.js";
import { checkStory } from "../../server/story-service.js";
import { CliError } from "../cli-error.js";
import { withStorage } from "../open-cli-storage.js";

export function registerStoriesCommand(program: Command): void {
  const stories = program.command("stories").description("your story bank");
  stories
    .command("list")
    .description("list your stories with their principles and the coach's quality badge")
    .option("--archived", "include archived stories")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .option("--json", "machine-readable output")
    .action(async (options: { archived?: boolean; dataDir?: string; json?: boolean }) => {
      const pack = loadPackOrThrow();
      const list = await withStorage(options, (storage) =>
        listStories(storage.db, { includeArchived: options.archived }),
      );
      const rows = list.map((story) => ({ ...story, check: checkStory(story, pack) }));
      if (options.json) {
        console.log(JSON.stringify(rows));
        return;
      }
      if (rows.length === 0) console.log("No stories yet. Add them on the Stories page, or import a CSV there.");
      for (const s of rows) {
        const principles = s.principles.map((p) => (p.strength === "primary" ? p.id : `(${p.id})`)).join(", ");
        console.log(
          `${s.id}  ${s.check.badge.padEnd(10)}  ${s.title}${s.archived ? "  [archived]" : ""}\n    ${principles || "no principles mapped"}`,
        );
      }
    });
  stories
    .command("export")
    .description("export your stories")
    .option("--format <format>", "csv | md | json", "json")
    .option("--out <file>", "write to FILE instead of standard output")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .action(async (options: { format: string; out?: string; dataDir?: string }) => {
      if (!["csv", "md", "json"].includes(options.format))
        throw new CliError(`--format must be csv, md or json, not "${options.format}"`, 2);
      const list = await withStorage(options, (storage) => listStories(storage.db));
      const text =
        options.format === "csv"
          ? storiesToCsv(list.map(storyContent))
          : options.format === "md"
            ? storiesToMarkdown(
                list.map((s) => ({ id: s.id, content: storyContent(s) })),
                { title: "Story cards" },
              )
            : `${JSON.stringify({ stories: list }, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, text);
        console.error(`Exported ${list.length} stories to ${options.out}`);
      } else process.stdout.write(text);
    });
}
