import fc from "fast-check";
import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "../content/pack-schema.js";
import {
  gradeCard,
  newReviewCard,
  type ReviewCard,
  recordAttempt,
  reviewCardSchema,
  reviewQueue,
  syncReviewCards,
  voteToRating,
} from "./review-cards.js";

const NOW = "2026-03-02T18:00:00.000Z";
const hoursLater = (hours: number) => new Date(Date.parse(NOW) + hours * 3_600_000).toISOString();

describe("review cards", () => {
  it("maps coach votes to FSRS grades: 1 Again, 2 Hard, 3 Good, 4 Easy", () => {
    expect([1, 2, 3, 4].map(voteToRating)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
    expect(() => voteToRating(5)).toThrow(/1-4/);
  });

  it("a vote-2 attempt makes a question card due sooner than a vote-4 attempt", () => {
    const [weak] = recordAttempt([], { questionId: "measure-prime", vote: 2, at: NOW });
    const strongStart = newReviewCard("question", "measure-prime", NOW);
    const strong = gradeCard(strongStart, 4, NOW);
    expect(Date.parse(weak!.due)).toBeLessThan(Date.parse(strong.due));

    // Also on a card that has been reviewed for a while.
    const reviewed = gradeCard(gradeCard(strongStart, 3, NOW), 3, hoursLater(24));
    const later = hoursLater(24 * 5);
    expect(Date.parse(gradeCard(reviewed, 2, later).due)).toBeLessThan(Date.parse(gradeCard(reviewed, 4, later).due));
  });

  it("creates a question card only for an answer voted 2 or lower, then grades it on every attempt", () => {
    expect(recordAttempt([], { questionId: "q-strong", vote: 3, at: NOW })).toEqual([]);
    const cards = recordAttempt([], { questionId: "q-weak", vote: 1, at: NOW, principleIds: ["dive-deep"] });
    expect(cards.map((card) => [card.id, card.lastVote, card.principleIds])).toEqual([
      ["question:q-weak", 1, ["dive-deep"]],
    ]);
    const again = recordAttempt(cards, { questionId: "q-weak", vote: 4, at: hoursLater(1) });
    expect(again).toHaveLength(1);
    expect(again[0]!.lastVote).toBe(4);
    expect(again[0]!.reps).toBe(2);
  });

  it("grades the story told in an attempt", () => {
    const cards = syncReviewCards([], { stories: [{ id: "checkout", principleIds: ["ownership"] }] }, NOW);
    const after = recordAttempt(cards, { questionId: "q1", storyId: "checkout", vote: 3, at: NOW });
    expect(after.find((card) => card.id === "story:checkout")!.reps).toBe(1);
  });

  it("keeps a card for every principle and every story, dropping cards of deleted stories", () => {
    const first = syncReviewCards(
      [],
      {
        stories: [
          { id: "a", principleIds: ["ownership"] },
          { id: "b", principleIds: [] },
        ],
      },
      NOW,
    );
    expect(first.filter((card) => card.kind === "principle")).toHaveLength(PRINCIPLE_IDS.length);
    const graded = first.map((card) => (card.id === "principle:ownership" ? gradeCard(card, 3, NOW) : card));
    const second = syncReviewCards(graded, { stories: [{ id: "b", principleIds: [] }] }, hoursLater(1));
    expect(second.map((card) => card.id)).not.toContain("story:a");
    expect(second.find((card) => card.id === "principle:ownership")!.reps).toBe(1);
    expect(second).toHaveLength(PRINCIPLE_IDS.length + 1);
  });

  it("queues due cards by due day, then weakest first", () => {
    const yesterday = "2026-03-01T09:00:00.000Z";
    const overdue = gradeCard(newReviewCard("principle", "frugality", yesterday), 4, yesterday);
    const cards: ReviewCard[] = [
      { ...newReviewCard("principle", "think-big", NOW), due: "2026-03-02T08:00:00.000Z" },
      { ...newReviewCard("principle", "earn-trust", NOW), due: "2026-03-02T09:00:00.000Z" },
      { ...newReviewCard("question", "q-failed", NOW), due: "2026-03-02T10:00:00.000Z", lastVote: 1 },
      { ...overdue, due: "2026-03-01T20:00:00.000Z" },
      { ...newReviewCard("story", "not-yet", NOW), due: "2026-03-05T10:00:00.000Z" },
    ];
    const queue = reviewQueue(cards, NOW, { principleWeakness: { "earn-trust": 0.9, "think-big": 0.1 } });
    expect(queue.map((card) => card.id)).toEqual([
      "principle:frugality",
      "question:q-failed",
      "principle:earn-trust",
      "principle:think-big",
    ]);
    expect(reviewQueue(cards, NOW, { limit: 2 })).toHaveLength(2);
    expect(reviewQueue(cards, NOW, { until: "2026-03-05T23:59:59.000Z" })).toHaveLength(5);
  });

  it("cards round-trip through JSON with ISO dates, review after review", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }), (votes) => {
        let card = newReviewCard("question", "q", NOW);
        let at = Date.parse(NOW);
        for (const vote of votes) {
          const graded = gradeCard(card, vote, new Date(at));
          card = reviewCardSchema.parse(JSON.parse(JSON.stringify(graded)));
          expect(card).toEqual(graded);
          at = Math.max(at + 60_000, Date.parse(card.due));
        }
        expect(reviewCardSchema.parse(card)).toEqual(card);
        expect(card.reps).toBe(votes.length);
        expect(Number.isNaN(Date.parse(card.due))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
