/** The questions a user added to their own bank. */
import { asc, eq } from "drizzle-orm";
import { type UserQuestion, userQuestionSchema } from "../../../core/questions/user-question.js";
import type { Db } from "../database.js";
import { userQuestions } from "../schema.js";

export interface StoredUserQuestion {
  question: UserQuestion;
  createdAt: Date;
  updatedAt: Date;
}

function fromRow(row: typeof userQuestions.$inferSelect): StoredUserQuestion {
  return { question: userQuestionSchema.parse(row.question), createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export async function listUserQuestions(db: Db): Promise<StoredUserQuestion[]> {
  const rows = await db.select().from(userQuestions).orderBy(asc(userQuestions.createdAt), asc(userQuestions.id));
  return rows.map(fromRow);
}

export async function getUserQuestion(db: Db, id: string): Promise<StoredUserQuestion | undefined> {
  const [row] = await db.select().from(userQuestions).where(eq(userQuestions.id, id));
  return row ? fromRow(row) : undefined;
}

export async function insertUserQuestion(db: Db, question: UserQuestion): Promise<StoredUserQuestion> {
  const [row] = await db.insert(userQuestions).values({ id: question.id, question }).returning();
  return fromRow(row!);
}

export async function deleteUserQuestion(db: Db, id: string): Promise<boolean> {
  const deleted = await db.delete(userQuestions).where(eq(userQuestions.id, id)).returning({ id: userQuestions.id });
  return deleted.length > 0;
}
