import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppDeps } from "../../app.js";
import { healthResponseSchema } from "./schema.js";

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["system"],
          summary: "Version, storage kind and migration state",
          response: { 200: healthResponseSchema },
        },
      },
      async () => ({
        status: "ok" as const,
        version: deps.version,
        storage: deps.storage.kind,
        migrations: await deps.storage.migrationState(),
        content: {
          pack: deps.content.pack.manifest.id,
          version: deps.content.pack.manifest.version,
          questions: deps.content.pack.questions.length,
          principles: deps.content.pack.principles.length,
        },
      }),
    );
  };
}
