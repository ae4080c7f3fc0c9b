/** The user's settings: what the plan, practice and loop pages need to know about them. */
import { z } from "zod";
import { levelSchema, roleSchema } from "../content/pack-schema.js";

export const THEMES = ["auto", "light", "dark"] as const;

export const settingsSchema = z
  .object({
    interviewDate: z.iso.date("must be a date like 2027-01-15").optional(),
    role: roleSchema.optional(),
    level: levelSchema.optional(),
    hoursPerWeek: z.number().min(1, "must be at least 1").max(60, "must be at most 60").optional(),
    theme: z.enum(THEMES).optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

/** A partial update: a key set to null is cleared. */
export const settingsPatchSchema = z
  .object(
    Object.fromEntries(SETTING_KEYS.map((key) => [key, settingsSchema.shape[key].unwrap().nullable().optional()])) as {
      [K in SettingKey]: z.ZodOptional<z.ZodNullable<(typeof settingsSchema.shape)[K]["_zod"]["def"]["innerType"]>>;
    },
  )
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
