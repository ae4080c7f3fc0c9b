/**
 * Two ways a bank looks bigger than it is: two stories that are the same story told twice
 * (merge them), and one story leaned on for too many principles (in a loop it can only be told
 * once, so the principles it carries are thinner than the matrix suggests).
 */
import { contentStems, plainWords } from "../text/word-stem.js";
import type { StoryContent } from "./story-schema.js";

/**
 * Cosine similarity of the stemmed content-word sets of title, STAR parts and metrics. Measured
 * on the sample bank in story-builders.ts (one candidate, one company, shared jargon): distinct
 * stories score at most 0.19, and a second story from the same project about a different
 * decision 0.25; the same story retold in other words for another principle scores 0.57.
 * 0.45 sits between, nearer the duplicate side so sibling stories from one big project are
 * not flagged.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.45;

/** A 2-3 minute answer shows one judgement well; past four principles the angles blur. */
export const MAX_MAPPED_PRINCIPLES = 4;
/**
 * Each interviewer owns 2-3 principles and a story is told once per loop, so a story primary for
 * more than two principles promises coverage the loop cannot use.
 */
export const MAX_PRIMARY_PRINCIPLES = 2;

export interface StoryRef {
  id: string;
  content: StoryContent;
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  similarity: number;
  /** Shared content stems, most telling first (longest), up to 8: why the two look alike. */
  shared: string[];
}

/** Story content is treated as immutable (an edit makes a new object), so caching by identity is safe. */
const stemCache = new WeakMap<StoryContent, Set<string>>();

export function storyStems(story: StoryContent): Set<string> {
  const cached = stemCache.get(story);
  if (cached) return cached;
  const text = [
    story.title,
    story.situation,
    story.task,
    story.action,
    story.result,
    ...story.metrics.map((m) => `${m.label} ${m.value}`),
  ]
    .filter(Boolean)
    .join(" ");
  const stems = contentStems(plainWords(text));
  stemCache.set(story, stems);
  return stems;
}

export function storySimilarity(a: StoryContent, b: StoryContent): { similarity: number; shared: string[] } {
  const x = storyStems(a);
  const y = storyStems(b);
  if (x.size === 0 || y.size === 0) return { similarity: 0, shared: [] };
  const shared: string[] = [];
  for (const s of x) if (y.has(s)) shared.push(s);
  return { similarity: shared.length / Math.sqrt(x.size * y.size), shared };
}

/** Pairs at or above the threshold, most similar first. */
export function findNearDuplicateStories(
  stories: readonly StoryRef[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicatePair[] {
  const out: NearDuplicatePair[] = [];
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      const { similarity, shared } = storySimilarity(stories[i]!.content, stories[j]!.content);
      if (similarity < threshold) continue;
      out.push({
        a: stories[i]!.id,
        b: stories[j]!.id,
        similarity: Math.round(similarity * 1000) / 1000,
        shared: shared.sort((p, q) => q.length - p.length || p.localeCompare(q)).slice(0, 8),
      });
    }
  }
  return out.sort((p, q) => q.similarity - p.similarity || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

/** Stories counted once per group of near-duplicates: the "distinct stories" of the target. */
export function countDistinctStories(stories: readonly StoryRef[], pairs: readonly NearDuplicatePair[]): number {
  const parent = new Map<string, string>(stories.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  let groups = stories.length;
  for (const pair of pairs) {
    if (!parent.has(pair.a) || !parent.has(pair.b)) continue;
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    parent.set(ra, rb);
    groups--;
  }
  return groups;
}

export type OveruseReason = "too-many-principles" | "too-many-primaries";

export interface OveruseWarning {
  storyId: string;
  mapped: number;
  primary: number;
  reasons: OveruseReason[];
  message: string;
}

export function findOverusedStories(stories: readonly StoryRef[]): OveruseWarning[] {
  const out: OveruseWarning[] = [];
  for (const { id, content } of stories) {
    const mapped = content.principles.length;
    const primary = content.principles.filter((p) => p.strength === "primary").length;
    const reasons: OveruseReason[] = [];
    const why: string[] = [];
    if (mapped > MAX_MAPPED_PRINCIPLES) {
      reasons.push("too-many-principles");
      why.push(`mapped to ${mapped} principles (more than ${MAX_MAPPED_PRINCIPLES})`);
    }
    if (primary > MAX_PRIMARY_PRINCIPLES) {
      reasons.push("too-many-primaries");
      why.push(`primary for ${primary} principles (more than ${MAX_PRIMARY_PRINCIPLES})`);
    }
    if (reasons.length === 0) continue;
    out.push({
      storyId: id,
      mapped,
      primary,
      reasons,
      message: `"${content.title}" is ${why.join(" and ")}. A loop hears it once: keep it primary for the one or two principles it shows best and find other stories for the rest.`,
    });
  }
  return out;
}
