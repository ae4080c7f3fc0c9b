import { z } from "zod";

export const checklistSchema = z.object({
  items: z.array(
    z.object({ id: z.string(), group: z.string(), text: z.string(), done: z.boolean(), doneAt: z.string().optional() }),
  ),
});
export type ChecklistResponse = z.infer<typeof checklistSchema>;

export const checklistTickBodySchema = z.object({ done: z.boolean() });
