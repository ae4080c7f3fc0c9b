/**
 * The content the API serves: the read-only pack plus the user's own questions, searchable
 * together. The search index is a cache keyed by what is in the database, so several server
 * processes sharing one PostgreSQL always agree.
 */
import { count, max } from "drizzle-orm";
import type { ContentPack } from "../../core/content/load-pack.js";
import { buildQuestionIndex, type QuestionIndex } from "../../core/content/question-search.js";
import type { Db } from "../storage/database.js";
import { listUserQuestions } from "../storage/repositories/user-question-repository.js";
import { userQuestions } from "../storage/schema.js";

export interface ContentService {
  pack: ContentPack;
  questionIndex(db: Db): Promise<QuestionIndex>;
}

export function createContentService(pack: ContentPack): ContentService {
  const packIndex = buildQuestionIndex(pack.questions, pack.principles);
  let cached: { key: string; index: QuestionIndex } = { key: "0:", index: packIndex };
  return {
    pack,
    async questionIndex(db) {
      const [stats] = await db.select({ n: count(), latest: max(userQuestions.updatedAt) }).from(userQuestions);
      const key = `${stats?.n ?? 0}:${stats?.latest?.toISOString() ?? ""}`;
      if (key !== cached.key) {
        const own = await listUserQuestions(db);
        const questions = [...own.map((q) => ({ ...q.question, custom: true })), ...pack.questions];
        cached = { key, index: buildQuestionIndex(questions, pack.principles) };
      }
      return cached.index;
    },
  };
}
