import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  buildUserQuestion,
  newUserQuestionSchema,
  USER_QUESTION_PREFIX,
} from "../../../core/questions/user-question.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { deleteUserQuestion, insertUserQuestion } from "../../storage/repositories/user-question-repository.js";
import { questionDetailSchema, questionListQuerySchema, questionListResponseSchema } from "./schema.js";

function newUserQuestionId(): string {
  return `${USER_QUESTION_PREFIX}${crypto.randomUUID().slice(0, 13)}`;
}

export function questionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/questions",
      {
        schema: {
          tags: ["questions"],
          summary: "Search and filter the question bank",
          querystring: questionListQuerySchema,
          response: { 200: questionListResponseSchema },
        },
      },
      async (request) => {
        const { offset, limit, ...filters } = request.query;
        const index = await deps.content.questionIndex(deps.storage.db);
        const found = index.search(filters);
        const byType: Record<string, number> = {};
        const byPrinciple: Record<string, number> = {};
        for (const q of found) {
          byType[q.type] = (byType[q.type] ?? 0) + 1;
          for (const p of q.principles) byPrinciple[p] = (byPrinciple[p] ?? 0) + 1;
        }
        return {
          total: found.length,
          offset,
          limit,
          counts: { byType, byPrinciple },
          items: found.slice(offset, offset + limit).map((q) => ({
            id: q.id,
            type: q.type,
            text: q.text,
            principles: q.principles,
            roles: q.roles,
            levels: q.levels,
            difficulty: q.difficulty,
            answerMinutes: q.answerMinutes,
            custom: Boolean(q.custom),
          })),
        };
      },
    );
    app.get(
      "/api/questions/:id",
      {
        schema: {
          tags: ["questions"],
          params: z.object({ id: z.string().max(80) }),
          response: { 200: questionDetailSchema },
        },
      },
      async (request) => {
        const index = await deps.content.questionIndex(deps.storage.db);
        const question = index.get(request.params.id);
        if (!question) throw new AppError("not_found", `No question with id "${request.params.id}".`, "params.id");
        return { ...question, custom: Boolean(question.custom) };
      },
    );
    app.post(
      "/api/questions",
      {
        bodyLimit: 64 * 1024,
        schema: {
          tags: ["questions"],
          summary: "Add your own question",
          body: newUserQuestionSchema,
          response: { 201: questionDetailSchema },
        },
      },
      async (request, reply) => {
        const stored = await insertUserQuestion(deps.storage.db, buildUserQuestion(request.body, newUserQuestionId()));
        deps.content.invalidate();
        reply.status(201);
        return { ...stored.question, custom: true };
      },
    );
    app.delete(
      "/api/questions/:id",
      { schema: { tags: ["questions"], params: z.object({ id: z.string().max(80) }) } },
      async (request, reply) => {
        const { id } = request.params;
        if (!id.startsWith(USER_QUESTION_PREFIX)) {
          throw new AppError(
            "conflict",
            "Questions from the content pack are read-only; only your own questions can be deleted.",
            "params.id",
          );
        }
        const deleted = await deleteUserQuestion(deps.storage.db, id);
        deps.content.invalidate();
        if (!deleted) throw new AppError("not_found", `No question with id "${id}".`, "params.id");
        return reply.status(204).send();
      },
    );
  };
}
