import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { createEvents } from "ics";
import { planCalendarEvents, toIcsEventAttributes } from "../../core/plan/index.js";
import { loadPackOrThrow } from "../../server/content/read-pack.js";
import { currentPlan } from "../../server/plan-service.js";
import { CliError } from "../cli-error.js";
import { withStorage } from "../open-cli-storage.js";

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

export function registerPlanCommand(program: Command): void {
  const plan = program.command("plan").description("your preparation plan to the interview date");
  plan
    .command("show")
    .description("the plan week by week, with planned and done hours")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .option("--json", "machine-readable output")
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const pack = loadPackOrThrow();
      const view = await withStorage(options, (storage) => currentPlan(storage.db, pack, localToday(), new Date()));
      if (options.json) {
        console.log(JSON.stringify(view));
        return;
      }
      if (!view.plan) throw new CliError(`set ${view.missingSettings.join(", ")} first (Settings page, or the API)`, 2);
      const { plan: p, totals } = view;
      console.log(
        `Interview ${p.interviewDate} (${p.role.toUpperCase()} ${p.level}); ${p.hoursPerWeek} h a week; rest day ${p.restDate}`,
      );
      for (const week of p.weeks) {
        const t = totals?.weeks.find((w) => w.index === week.index);
        console.log(
          `\nWeek ${week.index + 1} (${week.start} – ${week.end}): ${t?.plannedHours ?? 0} h planned, ${t?.doneHours ?? 0} h done`,
        );
        for (const task of p.tasks.filter((x) => x.week === week.index))
          console.log(`  ${task.done ? "✓" : "·"} ${task.date}  ${task.title}  (${task.plannedHours} h)`);
      }
      if (p.dropped.length > 0) {
        console.log("\nDropped (not enough time):");
        for (const d of p.dropped) console.log(`  – ${d.title}: ${d.message}`);
      }
    });
  plan
    .command("ics")
    .description("write the planned sessions and the interview as an .ics calendar")
    .option("--out <file>", "write to FILE instead of standard output")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR)")
    .action(async (options: { out?: string; dataDir?: string }) => {
      const pack = loadPackOrThrow();
      const view = await withStorage(options, (storage) => currentPlan(storage.db, pack, localToday(), new Date()));
      if (!view.plan) throw new CliError(`set ${view.missingSettings.join(", ")} first (Settings page, or the API)`, 2);
      const { error, value } = createEvents(planCalendarEvents(view.plan).map(toIcsEventAttributes));
      if (error || !value)
        throw new CliError(`the calendar could not be written: ${error?.message ?? "unknown error"}`);
      if (options.out) {
        writeFileSync(options.out, value);
        console.error(`Wrote ${options.out}`);
      } else process.stdout.write(value);
    });
}
