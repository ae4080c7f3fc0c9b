/**
 * The story bank for the API: the coach's check of each story (its quality badge, tips, and
 * which principles the text really shows next to the ones mapped), and the bank review.
 */
import { analyzeAnswer } from "../core/coach/analyze-answer.js";
import type { CoachResult } from "../core/coach/coach-result-schema.js";
import type { ContentPack } from "../core/content/load-pack.js";
import type { PrincipleId } from "../core/content/pack-schema.js";
import type { Story } from "../core/stories/story-schema.js";
import type { PrincipleSignals } from "../core/stories/story-signals.js";

/** The coach looks at these when it rates a story (the rest are about delivery, not content). */
const STORY_CRITERIA = [
  "situation",
  "task",
  "action",
  "result",
  "quantified-result",
  "first-person",
  "judgment",
  "specificity",
] as const;
/** A mapped principle the text shows less than this is reported as not evidenced. */
const EVIDENCED_AT = 0.35;

export interface StoryCheck {
  /** 0-1: the coach score of the story told as an answer. */
  quality: number;
  badge: "strong" | "solid" | "needs-work";
  vote: number;
  criteria: { id: string; status: "met" | "partial" | "missing"; advice: string }[];
  tips: string[];
  evidenced: { id: PrincipleId; name: string; score: number }[];
  mappedNotEvidenced: { id: PrincipleId; name: string; message: string }[];
}

export function storyAsAnswer(
  story: Pick<Story, "situation" | "task" | "action" | "result" | "lessons" | "dissent">,
): string {
  return [story.situation, story.task, story.action, story.result, story.dissent, story.lessons]
    .filter(Boolean)
    .join("\n\n");
}

// Stories change only when saved, and each save bumps the version: (id, version) is a safe key.
const cache = new Map<string, StoryCheck>();

export function checkStory(story: Story, pack: ContentPack): StoryCheck {
  const key = `${story.id}@${story.version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const primary = story.principles.find((p) => p.strength === "primary")?.id ?? story.principles[0]?.id;
  const result: CoachResult = analyzeAnswer(
    { answer: storyAsAnswer(story), principleId: primary, questionText: story.title },
    { principles: pack.principles },
  );
  const names = new Map(pack.principles.map((p) => [p.id, p.name]));
  const criteria = STORY_CRITERIA.map((id) => {
    const c = result.criteria.find((item) => item.id === id);
    return { id, status: c?.status ?? ("missing" as const), advice: c?.advice ?? "" };
  });
  const evidenced = result.principles
    .filter((p) => p.score >= EVIDENCED_AT)
    .map((p) => ({ id: p.id, name: p.name, score: p.score }));
  const evidencedIds = new Set(evidenced.map((p) => p.id));
  const mappedNotEvidenced = story.principles
    .filter((p) => !evidencedIds.has(p.id))
    .map((p) => {
      const name = names.get(p.id) ?? p.id;
      return { id: p.id, name, message: `You mapped ${name}, but nothing in the story shows it yet.` };
    });
  const quality = result.score / 100;
  const check: StoryCheck = {
    quality,
    badge: quality >= 0.75 ? "strong" : quality >= 0.5 ? "solid" : "needs-work",
    vote: result.vote,
    criteria,
    tips: criteria
      .filter((c) => c.status !== "met")
      .map((c) => c.advice)
      .slice(0, 4),
    evidenced,
    mappedNotEvidenced,
  };
  if (cache.size > 5_000) cache.clear();
  cache.set(key, check);
  return check;
}

export function principleSignals(pack: ContentPack): PrincipleSignals {
  return Object.fromEntries(pack.principles.map((p) => [p.id, p.signals]));
}

export function storyQualities(stories: Story[], pack: ContentPack): Record<string, number> {
  return Object.fromEntries(stories.map((s) => [s.id, checkStory(s, pack).quality]));
}
