import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { coachResultSchema } from "../../../core/coach/coach-result-schema.js";
import type { AppDeps } from "../../app.js";
import { analyzeRequest, classifyText } from "../../coach-service.js";
import { analyzeRequestSchema, classifyRequestSchema, classifyResponseSchema } from "./schema.js";

export function coachRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/analyze",
      {
        bodyLimit: 128 * 1024,
        schema: {
          tags: ["coach"],
          summary: "Coach an answer: vote, score, criteria with evidence, red flags, follow-ups",
          body: analyzeRequestSchema,
          response: { 200: coachResultSchema },
        },
      },
      async (request) =>
        analyzeRequest(request.body, deps.content.pack, await deps.content.questionIndex(deps.storage.db)),
    );
    app.post(
      "/api/classify",
      {
        schema: {
          tags: ["coach"],
          summary: "Suggest the principles a question targets",
          body: classifyRequestSchema,
          response: { 200: classifyResponseSchema },
        },
      },
      (request) => classifyText(request.body.text, deps.content.pack),
    );
  };
}
