// Developer aid while writing content: validate the pack and print counts (the CLI's
// `content validate` is the user-facing command).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadPack } from "../src/core/content/load-pack.js";

const dir = process.argv[2] ?? "content/amazon";
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
const result = loadPack(files);
if (!result.ok) {
  for (const p of result.problems) console.log(`${p.file}:${p.line} ${p.path} — ${p.message}`);
  process.exit(1);
}
const counts: Record<string, number> = {};
for (const q of result.pack.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
console.log("ok", result.pack.questions.length, "questions", counts);
