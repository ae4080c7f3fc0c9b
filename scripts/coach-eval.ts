// Prints the coach's figures on both halves of the fixture set, and (with --mismatches) the
// development-half disagreements to study. Never study the held-out half: that is what keeps
// the held-out figures honest.
import { readPackDir } from "../src/server/content/read-pack.js";
import { evaluateCoach, formatReport, loadGold } from "../test/support/coach-evaluation.js";

const result = readPackDir();
if (!result.ok) throw new Error("content pack is invalid");
const gold = loadGold();
const dev = evaluateCoach(gold, result.pack, "dev");
console.log(formatReport("development half", dev));
if (!process.argv.includes("--dev-only"))
  console.log(`\n${formatReport("held-out half", evaluateCoach(gold, result.pack, "heldout"))}`);
if (process.argv.includes("--mismatches")) {
  for (const m of dev.mismatches) console.log(`${m.id}\t${m.field}\tgold=${m.gold}\tcoach=${m.coach}`);
}
