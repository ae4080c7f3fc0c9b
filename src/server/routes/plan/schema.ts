import { z } from "zod";

const isoDate = z.iso.date("must be a date like 2027-01-15");
export const planQuerySchema = z.object({ today: isoDate.optional() });
export const planTaskParamsSchema = z.object({ taskId: z.string().min(1).max(160) });
export const planTaskBodySchema = z.object({ done: z.boolean() }).strict();
export const icsQuerySchema = z.object({
  today: isoDate.optional(),
  sessionStart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")
    .optional(),
});
