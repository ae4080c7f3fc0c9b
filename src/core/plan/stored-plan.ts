/** The plan as stored and backed up: the plan, every completion, and the practice already counted. */
import { z } from "zod";
import { completionSchema, planSchema } from "./plan-schema.js";

export const storedPlanSchema = z
  .object({
    plan: planSchema,
    /** Every completion so far (ticked by hand or by practice), passed back into each re-plan. */
    completions: z.array(completionSchema).max(5_000),
    /** Practice events (attempt, story, loop ids) already counted, so none is counted twice. */
    appliedEvents: z.array(z.string().max(120)).max(100_000),
  })
  .strict();
export type StoredPlan = z.infer<typeof storedPlanSchema>;
