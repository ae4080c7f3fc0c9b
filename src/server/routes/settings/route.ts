import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { settingsPatchSchema, settingsSchema } from "../../../core/settings/settings-schema.js";
import type { AppDeps } from "../../app.js";
import { getSettings, updateSettings } from "../../storage/repositories/settings-repository.js";

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/api/settings", { schema: { tags: ["settings"], response: { 200: settingsSchema } } }, () =>
      getSettings(deps.storage.db),
    );
    app.patch(
      "/api/settings",
      {
        schema: {
          tags: ["settings"],
          summary: "Update some settings; null clears one",
          body: settingsPatchSchema,
          response: { 200: settingsSchema },
        },
      },
      (request) => updateSettings(deps.storage.db, request.body),
    );
  };
}
