import { z } from "zod";

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  storage: z.enum(["pglite", "postgres"]),
  migrations: z.object({ applied: z.number(), available: z.number(), pending: z.number(), upToDate: z.boolean() }),
  content: z.object({ pack: z.string(), version: z.string(), questions: z.number(), principles: z.number() }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
