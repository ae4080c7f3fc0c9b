import type { Command } from "commander";
import { generateLoop, loopRequestSchema } from "../../core/loop/index.js";
import { planLoopStories } from "../../core/stories/loop-plan.js";
import { storyContent } from "../../core/stories/story-record.js";
import { loadPackOrThrow } from "../../server/content/read-pack.js";
import { listAttempts } from "../../server/storage/repositories/attempt-repository.js";
import { listStories } from "../../server/storage/repositories/story-repository.js";
import { principleSignals, storyQualities } from "../../server/story-service.js";
import { CliError } from "../cli-error.js";
import { formatLoopPlan } from "../format/loop-plan.js";
import { withStorage } from "../open-cli-storage.js";

interface LoopNewOptions {
  role: string;
  level: string;
  kind: string;
  seed?: string;
  rounds?: string;
  dataDir?: string;
  json?: boolean;
}

export function registerLoopCommand(program: Command): void {
  const loop = program.command("loop").description("mock interview loops");
  loop
    .command("new")
    .description("generate a mock loop: rounds, personas, principles, questions, and your story plan")
    .requiredOption("--role <role>", "pm | pmt | tpm")
    .requiredOption("--level <level>", "L5 | L6 | L7")
    .option("--kind <kind>", "onsite | phone", "onsite")
    .option("--seed <n>", "a seed, to get the same loop again")
    .option("--rounds <n>", "a shorter onsite loop (1-5 rounds)")
    .option("--data-dir <dir>", "data directory (BARRAISER_DATA_DIR), for your practice history and stories")
    .option("--json", "machine-readable output")
    .action(async (options: LoopNewOptions) => {
      const request = loopRequestSchema.safeParse({
        role: options.role,
        level: options.level,
        kind: options.kind,
        seed: options.seed === undefined ? undefined : Number(options.seed),
        rounds: options.rounds === undefined ? undefined : Number(options.rounds),
      });
      if (!request.success) {
        const issue = request.error.issues[0]!;
        throw new CliError(`--${String(issue.path[0])} ${issue.message}`, 2);
      }
      const pack = loadPackOrThrow();
      const { plan, storyPlan } = await withStorage(options, async (storage) => {
        const recent = (await listAttempts(storage.db)).map((a) => ({
          questionId: a.questionId,
          practisedAt: a.submittedAt,
        }));
        const generated = generateLoop({ ...request.data, pack, recent, now: new Date() });
        const stories = await listStories(storage.db);
        const stories_ = stories.map((s) => ({ id: s.id, content: storyContent(s) }));
        const story = planLoopStories(
          {
            interviewers: generated.rounds.map((r) => ({
              id: `round-${r.index}`,
              name: r.persona.name,
              principles: r.principles.slice(0, 3),
            })),
          },
          stories_,
          { qualities: storyQualities(stories, pack), signals: principleSignals(pack) },
        );
        return { plan: generated, storyPlan: story };
      });
      const texts = new Map(pack.questions.map((q) => [q.id, q.text]));
      if (options.json) console.log(JSON.stringify({ plan, storyPlan }));
      else console.log(formatLoopPlan(plan, (id) => texts.get(id) ?? id, storyPlan));
    });
}
