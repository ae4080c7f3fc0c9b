/**
 * Story-bank benchmark (`npx tsx bench/stories.ts`): the exact loop plan for a 30-story bank
 * and a loop covering all 16 principles, with and without principle signals, plus the matrix
 * review of the same bank. Prints medians; it never fails on a slow result.
 */
import { PRINCIPLE_IDS, type PrincipleId } from "../src/core/content/pack-schema.js";
import { type LoopInterviewer, planLoopStories } from "../src/core/stories/loop-plan.js";
import { buildStory, SAMPLE_BANK, SAMPLE_SIGNALS } from "../src/core/stories/story-builders.js";
import { type BankStory, reviewStoryBank } from "../src/core/stories/story-matrix.js";

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same bank. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(42);
const stories: BankStory[] = Array.from({ length: 30 }, (_, i) => {
  const text = SAMPLE_BANK[i % SAMPLE_BANK.length]!.content;
  const count = 1 + Math.floor(next() * 3);
  const picked = new Set<PrincipleId>();
  while (picked.size < count) picked.add(PRINCIPLE_IDS[Math.floor(next() * 16)]!);
  return buildStory({
    ...text,
    id: `story-bench-${i}`,
    title: `${text.title} (${i})`,
    maps: [...picked].map((id, k) => [id, k === 0 ? "primary" : "secondary"]),
  });
});
const qualities = Object.fromEntries(
  stories.map((s) => [s.id, next() < 0.3 ? undefined : Math.round(next() * 100) / 100]),
);
const sizes = [3, 3, 3, 3, 2, 2];
let offset = 0;
const interviewers: LoopInterviewer[] = sizes.map((n, i) => {
  const principles = PRINCIPLE_IDS.slice(offset, offset + n) as PrincipleId[];
  offset += n;
  return { id: `interviewer-${i + 1}`, principles };
});

function median(run: () => void, rounds: number): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const plain = median(() => planLoopStories({ interviewers }, stories, { qualities }), 200);
// A fresh copy of the bank each round so the per-story token cache does not hide the matching cost.
const withSignals = median(() => {
  const fresh = stories.map((s) => ({ ...s, content: { ...s.content } }));
  planLoopStories({ interviewers }, fresh, { qualities, signals: SAMPLE_SIGNALS });
}, 100);
const review = median(() => {
  const fresh = stories.map((s) => ({ ...s, content: { ...s.content } }));
  reviewStoryBank(fresh, { qualities, signals: SAMPLE_SIGNALS });
}, 50);
// Worst case for the solver: 12 stories each mapped to 6 principles, so 4 reuses are forced and
// every slot has many candidates.
const dense = stories.slice(0, 12).map((s, i) =>
  buildStory({
    ...s.content,
    id: `story-dense-${i}`,
    maps: Array.from({ length: 6 }, (_, k) => [PRINCIPLE_IDS[(i + k * 3) % 16]!, k < 2 ? "primary" : "secondary"]),
  }),
);
const forced = median(() => planLoopStories({ interviewers }, dense, { qualities }), 200);
const plan = planLoopStories({ interviewers }, stories, { qualities, signals: SAMPLE_SIGNALS });

console.log("Story bank: 30 stories, loop of 6 interviewers owning all 16 principles");
console.log(`  loop plan, mappings only (exact min-cost flow)   median ${plain.toFixed(2)} ms`);
console.log(`  loop plan, with principle signals                median ${withSignals.toFixed(2)} ms`);
console.log(`  matrix + gaps + re-angles + overlap review       median ${review.toFixed(2)} ms`);
console.log(`  loop plan, 12 dense stories (4 forced reuses)     median ${forced.toFixed(2)} ms`);
console.log(
  `  plan: value ${plan.totalValue.toFixed(2)}, ${plan.reusedStories.length} reused, ${plan.uncovered.length} uncovered`,
);
