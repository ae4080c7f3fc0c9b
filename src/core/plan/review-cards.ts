/**
 * Spaced review with FSRS (ts-fsrs, the scheduler Anki uses): cards for every principle (say
 * what it means and what interviewers listen for), every story (tell it in 2-3 minutes) and
 * every question answered weakly, each brought back just before it would be forgotten.
 *
 * A practice attempt grades its card from the coach's vote. The coach's four-step hiring scale
 * lines up with FSRS's four grades:
 *   vote 1 Strong No Hire -> Again (the answer failed: relearn it soon)
 *   vote 2 Not Inclined   -> Hard  (recalled, with serious gaps)
 *   vote 3 Inclined       -> Good
 *   vote 4 Strong Hire    -> Easy
 *
 * Cards are plain JSON (dates as ISO strings), validated by `reviewCardSchema`.
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating, State, type StateType } from "ts-fsrs";
import { z } from "zod";
import { PRINCIPLE_IDS, type PrincipleId, principleIdSchema } from "../content/pack-schema.js";
import { voteValueSchema } from "./plan-schema.js";

export const REVIEW_CARD_KINDS = ["principle", "story", "question"] as const;
export type ReviewCardKind = (typeof REVIEW_CARD_KINDS)[number];

export const REVIEW_PROMPTS: Record<ReviewCardKind, string> = {
  principle: "Say what this principle means in your own words and what interviewers listen for.",
  story: "Tell this story aloud in 2-3 minutes: situation, your actions, the result with a number.",
  question: "Answer this question again, aloud, and cover the key points you missed last time.",
};

/** A question answered with a vote at or below this gets a review card. */
export const WEAK_VOTE = 2;

const FSRS_STATES = ["New", "Learning", "Review", "Relearning"] as const satisfies readonly StateType[];
const timestamp = z.iso.datetime({ message: "must be an ISO timestamp like 2026-03-01T18:00:00.000Z" });

export const reviewCardSchema = z
  .object({
    /** `<kind>:<targetId>`: one card per principle, story or question. */
    id: z.string().min(1).max(200),
    kind: z.enum(REVIEW_CARD_KINDS),
    /** A principle id, story id or question id. */
    targetId: z.string().min(1).max(160),
    /** Principles the card serves, to rank equally due cards by weakness. */
    principleIds: z.array(principleIdSchema).max(PRINCIPLE_IDS.length),
    due: timestamp,
    stability: z.number().min(0),
    difficulty: z.number().min(0),
    elapsedDays: z.number().min(0),
    scheduledDays: z.number().min(0),
    learningSteps: z.number().int().min(0),
    reps: z.number().int().min(0),
    lapses: z.number().int().min(0),
    state: z.enum(FSRS_STATES),
    lastReview: timestamp.nullable(),
    lastVote: voteValueSchema.nullable(),
  })
  .strict();
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** Default FSRS parameters (90% retention, 1- and 10-minute learning steps), without fuzz so review dates are reproducible. */
const scheduler = fsrs({ enable_fuzz: false });

const VOTE_RATINGS: Record<1 | 2 | 3 | 4, Grade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

export function voteToRating(vote: number): Grade {
  const rating = VOTE_RATINGS[vote as 1 | 2 | 3 | 4];
  if (rating === undefined) throw new RangeError(`a coach vote is 1-4, got ${vote}`);
  return rating;
}

export function reviewCardId(kind: ReviewCardKind, targetId: string): string {
  return `${kind}:${targetId}`;
}

const toDate = (time: Date | string) => (typeof time === "string" ? new Date(time) : time);

function fromFsrs(
  card: Card,
  base: Pick<ReviewCard, "id" | "kind" | "targetId" | "principleIds" | "lastVote">,
): ReviewCard {
  return {
    ...base,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state] as StateType,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: State[card.state],
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

/** A new card, due at `now`. */
export function newReviewCard(
  kind: ReviewCardKind,
  targetId: string,
  now: Date | string,
  principleIds: readonly PrincipleId[] = kind === "principle" ? [targetId as PrincipleId] : [],
): ReviewCard {
  return fromFsrs(createEmptyCard(toDate(now)), {
    id: reviewCardId(kind, targetId),
    kind,
    targetId,
    principleIds: [...new Set(principleIds)],
    lastVote: null,
  });
}

/** Grades a card from a coach vote (1-4) at `now`, and schedules its next review. */
export function gradeCard(card: ReviewCard, vote: number, now: Date | string): ReviewCard {
  const next = scheduler.next(toFsrs(card), toDate(now), voteToRating(vote)).card;
  return fromFsrs(next, { ...card, lastVote: vote });
}

export interface ReviewSources {
  /** Defaults to all sixteen. */
  principleIds?: readonly PrincipleId[];
  stories: readonly { id: string; principleIds: readonly PrincipleId[] }[];
}

/**
 * Adds a card for each principle and each story that has none, and removes cards of stories
 * that no longer exist. Existing cards keep their schedule; question cards are left alone.
 */
export function syncReviewCards(
  cards: readonly ReviewCard[],
  sources: ReviewSources,
  now: Date | string,
): ReviewCard[] {
  const storyIds = new Set(sources.stories.map((story) => story.id));
  const kept = cards.filter((card) => card.kind !== "story" || storyIds.has(card.targetId));
  const have = new Set(kept.map((card) => card.id));
  const added: ReviewCard[] = [];
  for (const principleId of sources.principleIds ?? PRINCIPLE_IDS) {
    if (!have.has(reviewCardId("principle", principleId))) added.push(newReviewCard("principle", principleId, now));
  }
  for (const story of sources.stories) {
    if (!have.has(reviewCardId("story", story.id)))
      added.push(newReviewCard("story", story.id, now, story.principleIds));
  }
  return [...kept, ...added];
}

export interface PracticeAttempt {
  questionId?: string;
  /** The story told in the answer, if any: its card is graded too. */
  storyId?: string;
  principleIds?: readonly PrincipleId[];
  vote: number;
  at: Date | string;
}

/**
 * Grades the cards a practice attempt touched. A question gets a card the first time it is
 * answered with a vote of 2 or less; after that its card is graded on every attempt, so a
 * weak question keeps coming back until the answers are strong.
 */
export function recordAttempt(cards: readonly ReviewCard[], attempt: PracticeAttempt): ReviewCard[] {
  const result = [...cards];
  const grade = (kind: ReviewCardKind, targetId: string, createIf: boolean) => {
    const id = reviewCardId(kind, targetId);
    const index = result.findIndex((card) => card.id === id);
    if (index >= 0) result[index] = gradeCard(result[index]!, attempt.vote, attempt.at);
    else if (createIf)
      result.push(gradeCard(newReviewCard(kind, targetId, attempt.at, attempt.principleIds), attempt.vote, attempt.at));
  };
  if (attempt.questionId) grade("question", attempt.questionId, attempt.vote <= WEAK_VOTE);
  if (attempt.storyId) grade("story", attempt.storyId, true);
  return result;
}

/** Unreviewed cards with no principle weakness to go by rank as if voted 2 (see weakness.ts). */
const UNTESTED_WEAKNESS = 2 / 3;

/** 0 (strong) to 1 (weak): the last vote if there is one, else the weakest principle it serves. */
export function cardWeakness(card: ReviewCard, principleWeakness: Partial<Record<PrincipleId, number>> = {}): number {
  if (card.lastVote !== null) return (4 - card.lastVote) / 3;
  const known = card.principleIds.map((id) => principleWeakness[id]).filter((value) => value !== undefined);
  return known.length > 0 ? Math.max(...known) : UNTESTED_WEAKNESS;
}

export interface ReviewQueueOptions {
  /** Include cards due up to this time; defaults to `now` (pass the end of the user's day for a daily list). */
  until?: Date | string;
  limit?: number;
  /** Weakness per principle (weakness.ts) to rank cards never graded. */
  principleWeakness?: Partial<Record<PrincipleId, number>>;
}

/**
 * Today's review queue: cards due by `until`, the longest-overdue day first, and within a day
 * the weakest card first (so a short session still reaches the answers that most need it).
 */
export function reviewQueue(
  cards: readonly ReviewCard[],
  now: Date | string,
  options: ReviewQueueOptions = {},
): ReviewCard[] {
  const until = toDate(options.until ?? now).getTime();
  const due = cards
    .filter((card) => Date.parse(card.due) <= until)
    .map((card) => ({ card, day: card.due.slice(0, 10), weakness: cardWeakness(card, options.principleWeakness) }))
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) ||
        b.weakness - a.weakness ||
        a.card.due.localeCompare(b.card.due) ||
        a.card.id.localeCompare(b.card.id),
    )
    .map(({ card }) => card);
  return options.limit === undefined ? due : due.slice(0, options.limit);
}
