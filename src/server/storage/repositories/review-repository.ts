/** Reviews done from the spaced-review queue. */
import { asc } from "drizzle-orm";
import type { Db } from "../database.js";
import { reviews } from "../schema.js";

export interface ReviewRecord {
  id: string;
  cardId: string;
  vote: number;
  reviewedAt: Date;
}

export async function insertReview(db: Db, review: ReviewRecord): Promise<void> {
  await db.insert(reviews).values(review);
}

export async function listReviews(db: Db): Promise<ReviewRecord[]> {
  return db.select().from(reviews).orderBy(asc(reviews.reviewedAt), asc(reviews.id));
}
