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

export const reviewParamsSchema = z.object({ cardId: z.string().min(1).max(200) });
/** How the review went, on the coach's four-step scale (1 forgot it … 4 told it well). */
export const reviewBodySchema = z.object({ vote: z.number().int().min(1).max(4) }).strict();
