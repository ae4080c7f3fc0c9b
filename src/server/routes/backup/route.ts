import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { backupDocumentSchema, MAX_BACKUP_BYTES } from "../../../core/backup/backup-schema.js";
import type { AppDeps } from "../../app.js";
import { importValidatedBackup } from "../../backup-service.js";
import { exportBackup } from "../../storage/backup.js";
import { importResultSchema } from "./schema.js";

export function backupRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/backup",
      {
        schema: {
          tags: ["backup"],
          summary: "Export every user-owned record as one JSON document",
          response: { 200: backupDocumentSchema },
        },
      },
      async (_request, reply) => {
        const document = await exportBackup(deps.storage.db, { appVersion: deps.version });
        reply.header(
          "content-disposition",
          `attachment; filename="barraiser-backup-${document.exportedAt.slice(0, 10)}.json"`,
        );
        return document;
      },
    );
    app.post(
      "/api/backup",
      {
        bodyLimit: MAX_BACKUP_BYTES,
        // The body is validated by validateBackup so every problem can be listed with its path.
        schema: {
          tags: ["backup"],
          summary: "Replace all user data with a backup document",
          body: z.unknown(),
          response: { 200: importResultSchema },
        },
      },
      async (request) => {
        const result = await importValidatedBackup(deps, request.body);
        deps.content.invalidate();
        return result;
      },
    );
  };
}
