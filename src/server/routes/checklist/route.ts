import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { listChecklistTicks, setChecklistTick } from "../../storage/repositories/checklist-repository.js";
import { checklistSchema, checklistTickBodySchema } from "./schema.js";

export function checklistRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const items = deps.content.pack.preparation.checklist;
  const read = async () => {
    const ticks = new Map((await listChecklistTicks(deps.storage.db)).map((t) => [t.itemId, t.tickedAt]));
    return {
      items: items.map((item) => {
        const tickedAt = ticks.get(item.id);
        return { ...item, done: Boolean(tickedAt), ...(tickedAt ? { doneAt: tickedAt.toISOString() } : {}) };
      }),
    };
  };
  return async (app) => {
    app.get(
      "/api/checklist",
      {
        schema: {
          tags: ["content"],
          summary: "The preparation checklist with your ticks",
          response: { 200: checklistSchema },
        },
      },
      read,
    );
    app.put(
      "/api/checklist/:itemId",
      {
        schema: {
          tags: ["content"],
          params: z.object({ itemId: z.string().max(80) }),
          body: checklistTickBodySchema,
          response: { 200: checklistSchema },
        },
      },
      async (request) => {
        if (!items.some((item) => item.id === request.params.itemId)) {
          throw new AppError("not_found", `No checklist item "${request.params.itemId}".`, "params.itemId");
        }
        await setChecklistTick(deps.storage.db, request.params.itemId, request.body.done);
        return read();
      },
    );
  };
}
