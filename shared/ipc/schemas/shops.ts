import { z } from 'zod';
import { wizardStateSchema } from './setup';

/** One shop of the installation (a profile of the data dir), as the shop switcher lists it. */
export const shopEntrySchema = z.object({
  name: z.string(),
  platform: z.enum(['woocommerce', 'shopify']),
  shopUrl: z.string(),
});

/**
 * Every shop, the active one (the shop every screen but the overview and the tray shows), and
 * whether the setup wizard is setting up a further shop right now.
 */
export const shopsSchema = z.object({
  shops: z.array(shopEntrySchema),
  active: z.string().nullable(),
  adding: z.boolean(),
});

export const shopNameRequest = z.object({ name: z.string().min(1).max(100) }).strict();

/** Removing a shop is confirmed by typing nothing more than pressing the button twice: `confirm` must be true. */
export const shopRemoveRequest = z.object({ name: z.string().min(1).max(100), confirm: z.literal(true) }).strict();

export const shopRemoveResponse = z.object({
  removed: z.string(),
  /** The backup of its ledger as it was, restorable should the shop come back; null when it had none yet. */
  backup: z.string().nullable(),
  /** The folder its ledger and backups were moved to. */
  archivedIn: z.string(),
  shops: shopsSchema,
});

/** The wizard, started afresh for the new shop. */
export const shopAddResponse = wizardStateSchema;
