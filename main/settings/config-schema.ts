import { z } from 'zod';
import { profileSchema } from '../../shared/profile/schema';

/** App-wide settings (not tied to one shop). */
export const appSettingsSchema = z.object({
  language: z.enum(['da', 'en']).default('da'),
  syncIntervalMinutes: z.number().int().min(1).max(1440).default(5),
  notifications: z
    .object({
      /** Desktop notifications for orders that need attention. */
      desktop: z.boolean().default(true),
      /** Only notify about failures, not about every transfer. */
      failuresOnly: z.boolean().default(true),
    })
    .default({ desktop: true, failuresOnly: true }),
  startAtLogin: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** `<dataDir>/config.json`. Never contains secrets (they live in the keychain). */
export const configFileSchema = z.object({
  version: z.literal(1),
  activeProfile: z.string().nullable().default(null),
  profiles: z.record(z.string(), profileSchema).default({}),
  app: appSettingsSchema.default({ language: 'da', syncIntervalMinutes: 5, notifications: { desktop: true, failuresOnly: true }, startAtLogin: false }),
});
export type ConfigFile = z.infer<typeof configFileSchema>;

export function defaultConfig(): ConfigFile {
  return configFileSchema.parse({ version: 1 });
}
