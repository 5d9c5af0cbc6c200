import { z } from 'zod';
import { languageSchema } from './common';

export const settingsSchema = z.object({
  language: languageSchema,
  syncIntervalMinutes: z.number().int().min(1).max(1440),
  digest: z.enum(['hourly', 'daily']),
  notificationEmail: z.string().email().or(z.literal('')),
  desktopNotifications: z.boolean(),
  startAtLogin: z.boolean(),
  /** Shown read-only: where config, ledger and PDFs live. */
  dataDir: z.string(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = settingsSchema.omit({ dataDir: true }).partial().strict();
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  os: z.string(),
  dataDir: z.string(),
  /** True when the shop and e-conomic are the local sandboxes (demo mode). */
  demo: z.boolean(),
  profileName: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
