import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  preparationSchema,
  principleIdSchema,
  principleSchema,
  processSchema,
} from "../../../core/content/pack-schema.js";
import type { AppDeps } from "../../app.js";
import { AppError } from "../../errors.js";

export function contentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { pack } = deps.content;
  // The pack never changes while the server runs: serialise it once, not per request. The
  // schemas still describe these responses in OpenAPI; a JSON string is sent as it is.
  const json = (value: unknown) => JSON.stringify(value);
  const principlesJson = json(pack.principles);
  const processJson = json(pack.process);
  const preparationJson = json(pack.preparation);
  const JSON_TYPE = "application/json; charset=utf-8";
  return async (app) => {
    app.get(
      "/api/principles",
      {
        schema: {
          tags: ["content"],
          summary: "The 16 Leadership Principles",
          response: { 200: z.array(principleSchema) },
        },
      },
      async (_request, reply) => {
        await reply.type(JSON_TYPE).send(principlesJson as never);
      },
    );
    app.get(
      "/api/principles/:id",
      {
        schema: { tags: ["content"], params: z.object({ id: principleIdSchema }), response: { 200: principleSchema } },
      },
      (request) => {
        const principle = pack.principles.find((p) => p.id === request.params.id);
        if (!principle) throw new AppError("not_found", `No principle "${request.params.id}".`, "params.id");
        return principle;
      },
    );
    app.get(
      "/api/process",
      {
        schema: {
          tags: ["content"],
          summary: "Stages, personas, roles, votes and the debrief",
          response: { 200: processSchema },
        },
      },
      async (_request, reply) => {
        await reply.type(JSON_TYPE).send(processJson as never);
      },
    );
    app.get(
      "/api/preparation",
      {
        schema: {
          tags: ["content"],
          summary: "Checklist, must-know topics, questions to ask, common mistakes",
          response: { 200: preparationSchema },
        },
      },
      async (_request, reply) => {
        await reply.type(JSON_TYPE).send(preparationJson as never);
      },
    );
  };
}
