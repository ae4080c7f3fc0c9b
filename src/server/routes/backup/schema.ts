import { z } from "zod";

export const importResultSchema = z.object({
  imported: z.object({
    settings: z.number(),
    userQuestions: z.number(),
    checklistTicks: z.number(),
    stories: z.number(),
  }),
  /** The data replaced by the import, saved first so nothing is lost by a wrong import. */
  previousDataSavedTo: z.string().optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
