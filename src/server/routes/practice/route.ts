import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Question } from "../../../core/content/pack-schema.js";
import { type Attempt, attemptRequestSchema, buildAttempt } from "../../../core/practice/attempt-schema.js";
import { compareAttempts } from "../../../core/practice/compare-attempts.js";
import { type DrillRequest, pickDrill } from "../../../core/practice/drill-picker.js";
import { drillTiming } from "../../../core/practice/drill-timer.js";
import { PracticeError } from "../../../core/practice/practice-error.js";
import { buildProgress } from "../../../core/practice/progress.js";
import { checkRetelling } from "../../../core/practice/retelling.js";
import { storyContent } from "../../../core/stories/story-record.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { reviewCards } from "../../plan-service.js";
import {
  getAttempt,
  insertAttempt,
  listAttempts,
  updateAttempt,
} from "../../storage/repositories/attempt-repository.js";
import { getSettings } from "../../storage/repositories/settings-repository.js";
import { getStory, listStories } from "../../storage/repositories/story-repository.js";
import { storyQualities } from "../../story-service.js";
import {
  attemptListQuerySchema,
  compareQuerySchema,
  nextDrillQuerySchema,
  retellingBodySchema,
  selfRatingBodySchema,
} from "./schema.js";

const idParams = z.object({ id: z.string().max(80) });

function newAttemptId(): string {
  return `attempt-${crypto.randomUUID().slice(0, 13)}`;
}

function practiceError(error: unknown): never {
  if (error instanceof PracticeError) throw new AppError("validation_failed", error.message);
  throw error;
}

export function practiceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { pack } = deps.content;
  const db = () => deps.storage.db;
  const questionFor = async (id: string): Promise<Question> => {
    const question = (await deps.content.questionIndex(db())).get(id);
    if (!question) throw new AppError("not_found", `No question with id "${id}".`, "questionId");
    return question;
  };
  /** What the user said in earlier tellings of a story, for the consistency check. */
  const retellingFlags = async (storyId: string, text: string, excludeAttemptId?: string) => {
    const story = await getStory(db(), storyId);
    if (!story) throw new AppError("not_found", `No story with id "${storyId}".`, "storyId");
    const earlier = (await listAttempts(db(), { storyId }))
      .filter((a) => a.id !== excludeAttemptId)
      .map((a) => ({ attemptId: a.id, text: a.turns[0]?.answer ?? "", at: a.submittedAt }));
    return checkRetelling(text, storyContent(story), earlier);
  };

  return async (app) => {
    app.post(
      "/api/attempts",
      {
        bodyLimit: 256 * 1024,
        schema: {
          tags: ["practice"],
          summary: "Save a practice attempt; the coach re-reads every turn",
          body: attemptRequestSchema,
        },
      },
      async (request, reply) => {
        const question = await questionFor(request.body.questionId);
        if (request.body.storyId && !(await getStory(db(), request.body.storyId))) {
          throw new AppError("not_found", `No story with id "${request.body.storyId}".`, "storyId");
        }
        let attempt: Attempt;
        try {
          attempt = buildAttempt(request.body, question, pack.principles, { id: newAttemptId(), now: new Date() });
        } catch (error) {
          practiceError(error);
        }
        const retelling = attempt.storyId ? await retellingFlags(attempt.storyId, attempt.turns[0]?.answer ?? "") : [];
        await insertAttempt(db(), attempt);
        reply.status(201);
        return { attempt, retelling };
      },
    );

    app.get(
      "/api/attempts",
      {
        schema: { tags: ["practice"], summary: "Practice history, newest first", querystring: attemptListQuerySchema },
      },
      async (request) => {
        const { principle, limit, ...filter } = request.query;
        const all = await listAttempts(db(), filter);
        const matching = principle ? all.filter((a) => a.principleIds.includes(principle)) : all;
        return {
          total: matching.length,
          attempts: matching.slice(0, limit).map((a) => ({
            id: a.id,
            questionId: a.questionId,
            questionType: a.questionType,
            principleIds: a.principleIds,
            storyId: a.storyId,
            vote: a.vote,
            score: a.score,
            selfRating: a.selfRating,
            turns: a.turns.length,
            answerSeconds: a.answerSeconds,
            overrunSeconds: a.overrunSeconds,
            submittedAt: a.submittedAt,
            excerpt: (a.turns[0]?.answer ?? "").slice(0, 160),
          })),
        };
      },
    );

    app.get(
      "/api/attempts/compare",
      {
        schema: {
          tags: ["practice"],
          summary: "Two attempts of one question side by side",
          querystring: compareQuerySchema,
        },
      },
      async (request) => {
        const [before, after] = await Promise.all([
          getAttempt(db(), request.query.before),
          getAttempt(db(), request.query.after),
        ]);
        if (!before) throw new AppError("not_found", `No attempt "${request.query.before}".`, "before");
        if (!after) throw new AppError("not_found", `No attempt "${request.query.after}".`, "after");
        try {
          return { before, after, comparison: compareAttempts(before, after) };
        } catch (error) {
          practiceError(error);
        }
      },
    );

    app.get("/api/attempts/:id", { schema: { tags: ["practice"], params: idParams } }, async (request) => {
      const attempt = await getAttempt(db(), request.params.id);
      if (!attempt) throw new AppError("not_found", `No attempt "${request.params.id}".`, "params.id");
      const retelling = attempt.storyId
        ? await retellingFlags(attempt.storyId, attempt.turns[0]?.answer ?? "", attempt.id)
        : [];
      return { attempt, retelling };
    });

    app.patch(
      "/api/attempts/:id",
      {
        schema: { tags: ["practice"], summary: "Rate your own attempt", params: idParams, body: selfRatingBodySchema },
      },
      async (request) => {
        const attempt = await getAttempt(db(), request.params.id);
        if (!attempt) throw new AppError("not_found", `No attempt "${request.params.id}".`, "params.id");
        const updated = { ...attempt, selfRating: request.body.selfRating };
        await updateAttempt(db(), updated);
        return { attempt: updated };
      },
    );

    app.post(
      "/api/practice/retelling",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["practice"],
          summary: "Check a telling of a banked story against the story and earlier tellings",
          body: retellingBodySchema,
        },
      },
      async (request) => ({
        flags: await retellingFlags(request.body.storyId, request.body.answer),
      }),
    );

    app.get(
      "/api/practice/next",
      { schema: { tags: ["practice"], summary: "Pick the next drill", querystring: nextDrillQuerySchema } },
      async (request) => {
        const { kind, questionId, principle, type, role, level, difficulty, seed } = request.query;
        const filter = { principleId: principle, type, role, level, difficulty };
        let drill: DrillRequest;
        if (kind === "question") {
          if (!questionId)
            throw new AppError(
              "validation_failed",
              "querystring.questionId is required when kind is question",
              "querystring.questionId",
            );
          drill = { kind, questionId };
        } else if (kind === "review-due") {
          const { due } = await reviewCards(db(), pack, new Date());
          drill = { kind, dueQuestionIds: due.filter((c) => c.kind === "question").map((c) => c.targetId), filter };
        } else if (kind === "filter") drill = { kind, filter };
        else drill = { kind, filter };
        const index = await deps.content.questionIndex(db());
        const pick = pickDrill(index.all(), drill, {
          attempts: await listAttempts(db()),
          now: new Date(),
          seed: seed ?? Date.now() % 2_147_483_647,
        });
        if (!pick) throw new AppError("not_found", "No question matches that drill.", "querystring");
        return { ...pick, timing: drillTiming(pick.question) };
      },
    );

    app.get(
      "/api/progress",
      {
        schema: {
          tags: ["practice"],
          summary: "The dashboard: practice, coverage, votes per principle, weakest principles, next drill",
        },
      },
      async () => {
        const [attemptList, stories, settings, index] = await Promise.all([
          listAttempts(db()),
          listStories(db()),
          getSettings(db()),
          deps.content.questionIndex(db()),
        ]);
        return buildProgress({
          attempts: attemptList,
          stories: stories.map((s) => ({ id: s.id, content: storyContent(s) })),
          settings,
          questions: index.all(),
          now: new Date(),
          qualities: storyQualities(stories, pack),
        });
      },
    );
  };
}
