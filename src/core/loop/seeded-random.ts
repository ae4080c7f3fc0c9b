/**
 * A small seeded pseudo-random generator (mulberry32) and the few helpers the loop needs.
 * A mock loop must be reproducible from its seed (share a seed, get the same loop), so nothing
 * in src/core/loop calls Math.random except `newSeed`, which only picks a seed to record.
 */

export type Random = () => number;

export const MAX_SEED = 0xffff_ffff;

/** mulberry32: 32 bits of state, fast, and good enough for shuffling a question bank. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the parts, mixed into the seed: an independent stream per purpose. */
export function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (const part of parts) {
    const text = `|${part}`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

/** A fresh seed for a loop generated without one; the plan records it so it can be replayed. */
export function newSeed(): number {
  return Math.floor(Math.random() * MAX_SEED) >>> 0;
}

export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

export function pickOne<T>(random: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(random, items.length)];
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Picks by weight; zero or negative weights are never picked unless all are. */
export function pickWeighted<T>(random: Random, items: readonly { item: T; weight: number }[]): T | undefined {
  const total = items.reduce((sum, entry) => sum + Math.max(0, entry.weight), 0);
  if (total <= 0) return pickOne(random, items)?.item;
  let roll = random() * total;
  for (const entry of items) {
    roll -= Math.max(0, entry.weight);
    if (roll < 0) return entry.item;
  }
  return items.at(-1)?.item;
}
