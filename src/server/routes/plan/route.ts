import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createEvents } from "ics";
import { planCalendarEvents, REVIEW_PROMPTS, toIcsEventAttributes } from "../../../core/plan/index.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { currentPlan, reviewCards } from "../../plan-service.js";
import { insertReview } from "../../storage/repositories/review-repository.js";
import { listStories } from "../../storage/repositories/story-repository.js";
import {
  icsQuerySchema,
  planQuerySchema,
  planTaskBodySchema,
  planTaskParamsSchema,
  reviewBodySchema,
  reviewParamsSchema,
} from "./schema.js";

/** The server's calendar day; the web client passes its own local day as `today`. */
function serverToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function planRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { pack } = deps.content;
  const db = () => deps.storage.db;
  return async (app) => {
    app.get(
      "/api/plan",
      {
        schema: {
          tags: ["plan"],
          summary: "The preparation plan to the interview date, re-planned and ticked from your practice",
          querystring: planQuerySchema,
        },
      },
      async (request) => currentPlan(db(), pack, request.query.today ?? serverToday(), new Date()),
    );

    app.put(
      "/api/plan/tasks/:taskId",
      {
        schema: {
          tags: ["plan"],
          summary: "Tick or untick a task by hand",
          params: planTaskParamsSchema,
          body: planTaskBodySchema,
          querystring: planQuerySchema,
        },
      },
      async (request) =>
        currentPlan(db(), pack, request.query.today ?? serverToday(), new Date(), {
          tick: { taskId: request.params.taskId, done: request.body.done },
        }),
    );

    app.get(
      "/api/plan/ics",
      {
        schema: {
          tags: ["plan"],
          summary: "The planned sessions and the interview as an .ics calendar",
          querystring: icsQuerySchema,
        },
      },
      async (request, reply) => {
        const view = await currentPlan(db(), pack, request.query.today ?? serverToday(), new Date());
        if (!view.plan)
          throw new AppError("conflict", `Set ${view.missingSettings.join(", ")} in Settings first.`, "settings");
        const events = planCalendarEvents(view.plan, {
          sessionStart: request.query.sessionStart,
          today: request.query.today,
        });
        const { error, value } = createEvents(events.map(toIcsEventAttributes));
        if (error || !value) throw error ?? new Error("the calendar could not be written");
        reply.header("content-disposition", `attachment; filename="barraiser-plan-${view.plan.interviewDate}.ics"`);
        return reply.type("text/calendar; charset=utf-8").send(value);
      },
    );

    app.get(
      "/api/reviews",
      { schema: { tags: ["plan"], summary: "Spaced-review cards due now (FSRS), graded from your practice" } },
      async () => {
        const now = new Date();
        const { cards, due } = await reviewCards(db(), pack, now);
        const principleNames = new Map(pack.principles.map((p) => [p.id as string, p.name]));
        const storyTitles = new Map((await listStories(db())).map((s) => [s.id, s.title]));
        const index = await deps.content.questionIndex(db());
        const title = (card: (typeof cards)[number]) =>
          card.kind === "principle"
            ? (principleNames.get(card.targetId) ?? card.targetId)
            : card.kind === "story"
              ? (storyTitles.get(card.targetId) ?? card.targetId)
              : (index.get(card.targetId)?.text ?? card.targetId);
        const nextDue = [...cards].sort((a, b) => a.due.localeCompare(b.due)).find((c) => c.due > now.toISOString());
        return {
          total: cards.length,
          due: due.map((card) => ({ ...card, title: title(card), prompt: REVIEW_PROMPTS[card.kind] })),
          nextDue: nextDue ? { ...nextDue, title: title(nextDue) } : null,
        };
      },
    );

    app.post(
      "/api/reviews/:cardId",
      {
        schema: {
          tags: ["plan"],
          summary: "Record a review from the queue; the card is rescheduled",
          params: reviewParamsSchema,
          body: reviewBodySchema,
        },
      },
      async (request) => {
        const now = new Date();
        const { cards } = await reviewCards(db(), pack, now);
        if (!cards.some((c) => c.id === request.params.cardId)) {
          throw new AppError("not_found", `No review card "${request.params.cardId}".`, "params.cardId");
        }
        await insertReview(db(), {
          id: `review-${crypto.randomUUID().slice(0, 13)}`,
          cardId: request.params.cardId,
          vote: request.body.vote,
          reviewedAt: now,
        });
        const after = await reviewCards(db(), pack, now);
        return { card: after.cards.find((c) => c.id === request.params.cardId), due: after.due.length };
      },
    );
  };
}
