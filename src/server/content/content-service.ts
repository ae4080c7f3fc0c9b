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
  /** Call after this process changes user questions. */
  invalidate(): void;
}

export interface ContentServiceOptions {
  /**
   * True when other processes may write the same database (a PostgreSQL server): then every
   * read checks the database for changes. PGlite is single-process, so local invalidation is exact.
   */
  sharedDatabase: boolean;
}

export function createContentService(
  pack: ContentPack,
  options: ContentServiceOptions = { sharedDatabase: true },
): ContentService {
  const packIndex = buildQuestionIndex(pack.questions, pack.principles);
  let cached: { key: string; index: QuestionIndex } = { key: "0:", index: packIndex };
  let fresh = false;
  return {
    pack,
    invalidate() {
      fresh = false;
    },
    async questionIndex(db) {
      if (fresh && !options.sharedDatabase) return cached.index;
      const [stats] = await db.select({ n: count(), latest: max(userQuestions.updatedAt) }).from(userQuestions);
      const key = `${stats?.n ?? 0}:${stats?.latest?.toISOString() ?? ""}`;
      if (key !== cached.key) {
        const own = await listUserQuestions(db);
        const questions = [...own.map((q) => ({ ...q.question, custom: true })), ...pack.questions];
        cached = { key, index: buildQuestionIndex(questions, pack.principles) };
      }
      fresh = true;
      return cached.index;
    },
  };
}
