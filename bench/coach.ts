/**
 * Coach benchmark (`npx tsx bench/coach.ts`, or `npm run bench coach`): the time to analyse a
 * 400-word answer next to wink-nlp's own cost of reading the same text, and the cost of a
 * 20,000-character answer. Budget (DESIGN.md): median ≤ 2 ms, within 1.5× of bare tokenising.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { analyzeAnswer } from "../src/core/coach/analyze-answer.js";
import { DEV_SAMPLES } from "../src/core/coach/dev-samples.js";
import { loadPack } from "../src/core/content/load-pack.js";

const BUDGET_MEDIAN_MS = 2;
const BUDGET_RATIO = 1.5;

function loadAmazonPack() {
  const dir = fileURLToPath(new URL("../content/amazon/", import.meta.url));
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: relative(dir, f).split("\\").join("/"), text: readFileSync(f, "utf8") }));
  const result = loadPack(files);
  if (!result.ok) throw new Error(`content pack does not load: ${result.problems[0]?.message}`);
  return result.pack;
}

/** Exactly `count` words taken from the development answers, so the text is realistic. */
function answerOfWords(count: number): string {
  const words = DEV_SAMPLES.map((s) => s.answer)
    .join(" ")
    .split(/\s+/);
  return words.slice(0, count).join(" ");
}

function answerOfChars(count: number): string {
  let text = "";
  for (let i = 0; text.length < count; i++) text += `${DEV_SAMPLES[i % DEV_SAMPLES.length]!.answer}\n\n`;
  return text.slice(0, count);
}

interface Timing {
  median: number;
  p99: number;
  perSecond: number;
}

function time(fn: () => void, runs: number): Timing {
  for (let i = 0; i < Math.min(300, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p99 = samples[Math.floor(samples.length * 0.99)]!;
  const total = samples.reduce((sum, s) => sum + s, 0);
  return { median, p99, perSecond: Math.round((1000 * runs) / total) };
}

const pack = loadAmazonPack();
const context = { principles: pack.principles };
const question = pack.questions.find((q) => q.id === "bhv-have-backbone-disagree-and-commit-01");
const answer = answerOfWords(400);

// Bare tokenising: wink's readDoc with its default pipeline, then the tokens read out.
const wink = winkNLP(model);
const winkTokensOnly = winkNLP(model, []);
const runs = 2000;
const bare = time(() => wink.readDoc(answer).tokens().out(), runs);
const tokenizerOnly = time(() => winkTokensOnly.readDoc(answer).tokens().out(), runs);
const coach = time(() => analyzeAnswer({ answer, question }, context), runs);
const coachNoQuestion = time(() => analyzeAnswer({ answer }, context), runs);
const big = answerOfChars(20_000);
const large = time(() => analyzeAnswer({ answer: big, question }, context), 60);

// The same comparison interleaved: each round runs wink, then the coach, so both see the same
// machine load and caches. Tight loops above favour wink, whose working set stays in cache.
const pairs = { wink: [] as number[], coach: [] as number[] };
for (let i = 0; i < runs + 300; i++) {
  let start = performance.now();
  wink.readDoc(answer).tokens().out();
  const w = performance.now() - start;
  start = performance.now();
  analyzeAnswer({ answer, question }, context);
  const c = performance.now() - start;
  if (i >= 300) {
    pairs.wink.push(w);
    pairs.coach.push(c);
  }
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Varied text: a different 400-word window of the development answers on every run.
const allWords = DEV_SAMPLES.map((s) => s.answer)
  .join(" ")
  .split(/\s+/);
let offset = 0;
const varied = time(() => {
  offset = (offset + 37) % (allWords.length - 400);
  analyzeAnswer({ answer: allWords.slice(offset, offset + 400).join(" "), question }, context);
}, runs);

const ms = (n: number) => `${n.toFixed(3)} ms`;
const row = (name: string, t: Timing) =>
  console.log(
    `${name.padEnd(44)} median ${ms(t.median).padStart(10)}   p99 ${ms(t.p99).padStart(10)}   ${String(t.perSecond).padStart(6)}/s`,
  );
console.log(`400-word answer (${answer.length} characters), ${runs} runs each, same process:`);
row("wink readDoc, default pipeline + tokens", bare);
row("wink readDoc, tokenizer only + tokens", tokenizerOnly);
row("analyzeAnswer with a pack question", coach);
row("analyzeAnswer, answer only", coachNoQuestion);
row("analyzeAnswer, a different 400 words each run", varied);
console.log(
  `interleaved (wink then coach, each round): wink ${ms(medianOf(pairs.wink))}, coach ${ms(medianOf(pairs.coach))}, ${(medianOf(pairs.coach) / medianOf(pairs.wink)).toFixed(2)}×`,
);
console.log(`20,000-character answer (${big.split(/\s+/).length} words):`);
row("analyzeAnswer with a pack question", large);
const ratio = coach.median / bare.median;
const ok = coach.median <= BUDGET_MEDIAN_MS && ratio <= BUDGET_RATIO;
console.log(
  `budget: median ≤ ${BUDGET_MEDIAN_MS} ms and ≤ ${BUDGET_RATIO}× wink's default readDoc → ${ms(coach.median)}, ${ratio.toFixed(2)}× (${(coach.median / tokenizerOnly.median).toFixed(2)}× the tokenizer alone) ${ok ? "OK" : "OVER BUDGET"}`,
);
