import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";
import { deleteDraft, getDraft, saveDraft } from "../../storage/repositories/draft-repository.js";
import { draftBodySchema, draftParamsSchema, draftResponseSchema } from "./schema.js";

export function draftRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const shape = (d: { key: string; text: string; updatedAt: Date }) => ({
    key: d.key,
    text: d.text,
    updatedAt: d.updatedAt.toISOString(),
  });
  return async (app) => {
    app.get(
      "/api/drafts/:key",
      {
        schema: {
          tags: ["practice"],
          summary: "A saved draft answer",
          params: draftParamsSchema,
          response: { 200: draftResponseSchema },
        },
      },
      async (request) => {
        const draft = await getDraft(deps.storage.db, request.params.key);
        if (!draft) throw new AppError("not_found", `No draft "${request.params.key}".`, "params.key");
        return shape(draft);
      },
    );
    app.put(
      "/api/drafts/:key",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["practice"],
          summary: "Save a draft answer (autosave)",
          params: draftParamsSchema,
          body: draftBodySchema,
          response: { 200: draftResponseSchema },
        },
      },
      async (request) => shape(await saveDraft(deps.storage.db, request.params.key, request.body.text)),
    );
    app.delete(
      "/api/drafts/:key",
      { schema: { tags: ["practice"], params: draftParamsSchema } },
      async (request, reply) => {
        await deleteDraft(deps.storage.db, request.params.key);
        return reply.status(204).send();
      },
    );
  };
}
