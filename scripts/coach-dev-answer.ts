// Shows one development-half fixture answer with its gold labels and what the coach says.
// Held-out answers are refused: tuning against them would make the held-out figures meaningless.
// Usage: npx tsx scripts/coach-dev-answer.ts a-05
import { analyzeAnswer } from "../src/core/coach/analyze-answer.js";
import { readPackDir } from "../src/server/content/read-pack.js";
import { loadGold } from "../test/support/coach-evaluation.js";

const id = process.argv[2];
const item = loadGold().find((g) => g.id === id);
if (!item) throw new Error(`no fixture ${id}`);
if (item.split !== "dev") {
  console.error(`${id} is in the held-out half: it is not shown.`);
  process.exit(2);
}
const pack = readPackDir();
if (!pack.ok) throw new Error("pack invalid");
const question = pack.pack.questions.find((q) => q.id === item.questionId);
const result = analyzeAnswer(
  { answer: item.answer, question, spoken: item.spoken },
  { principles: pack.pack.principles },
);
console.log(`# ${item.id} (${item.style}${item.spoken ? ", spoken" : ""}) — ${question?.type}: ${question?.text}\n`);
console.log(item.answer);
console.log(`\ngold vote ${item.vote ?? "-"}; coach vote ${result.vote} (score ${result.score})`);
for (const [criterion, gold] of Object.entries(item.criteria)) {
  const c = result.criteria.find((x) => x.id === criterion);
  const mark = (c?.status === "met") === (gold === "met") ? " " : "✗";
  console.log(
    `${mark} ${criterion.padEnd(18)} gold ${gold.padEnd(8)} coach ${c?.status.padEnd(8)} ${c?.evidence.map((e) => `“${e.quote}”`).join(" ") ?? ""}`,
  );
}
for (const [flag, gold] of Object.entries(item.redFlags)) {
  const said = result.redFlags.some((f) => f.id === flag);
  if (gold || said) console.log(`${gold === said ? " " : "✗"} flag ${flag.padEnd(18)} gold ${gold} coach ${said}`);
}
