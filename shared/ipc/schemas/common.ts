import { z } from 'zod';
import { ORDER_STATES, type OrderState } from '../../domain/order-state';
import { LANGS } from '../../i18n/lang';
import { ORDER_STATUSES } from '../../i18n/order-status';

/** Amounts and quantities cross the IPC boundary as decimal strings, never floats. */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number such as "125.00"');
/** Platform and ledger ids are strings (Shopify ids exceed 2^53). */
export const idString = z.string().min(1).max(200);
/** ISO 8601 timestamp. */
export const isoDateTime = z.string().min(10).max(40);
/** The app's language (`Lang`, shared/i18n/lang.ts) as it crosses the IPC boundary. */
export const languageSchema = z.enum(LANGS);

export const emptyRequest = z.object({}).strict();

/**
 * The shop a request of an area that serves both a screen (Settings, the invoice mail) and the
 * setup wizard acts on: the screen names the shop it shows (its profile name). Without it the
 * request acts on the shop the wizard sets up — its answers while a further shop is being added —
 * as the wizard's steps want.
 */
export const settingsShopField = { profile: z.string().min(1).max(100).optional() };
export const settingsShopRequest = z.object(settingsShopField).strict();
export type SettingsShop = z.infer<typeof settingsShopRequest>;

export const pagingRequest = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** Per-order states of docs/architecture.md, "One sync cycle and the order states". */
export const orderStateSchema = z.enum(ORDER_STATES);
export type { OrderState };
export { ORDER_STATES };

/** What the owner sees of an order (shared/i18n/order-status.ts). */
export const orderStatusSchema = z.enum(ORDER_STATUSES);

/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-11-27');

export const severitySchema = z.enum(['info', 'warning', 'error', 'critical']);
export type Severity = z.infer<typeof severitySchema>;

/** `setup`: a fresh installation that is not set up yet — nothing is synced, so nothing is "all good". */
export const trayStateSchema = z.enum(['ok', 'working', 'attention', 'setup']);
export type TrayState = z.infer<typeof trayStateSchema>;

/**
 * One shop (profile) of several run side by side: its state as the tray shows it (a shop
 * that needs the owner is `attention`), how many of its orders and problems wait for a
 * person, and whether it is the shop the screens show now.
 */
export const shopStateSchema = z.object({
  profile: z.string(),
  state: z.enum(['ok', 'working', 'attention']),
  attentionCount: z.number().int().min(0),
  active: z.boolean(),
});
export type ShopState = z.infer<typeof shopStateSchema>;

/** A problem the owner can act on: a catalogue code plus text in the profile language. */
export const problemSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
  fix: z.string().optional(),
  /** Places in the app the fix sends the owner to (shared/i18n/places.ts ids); the UI offers a button for each. */
  places: z.array(z.string()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const numberedNameSchema = z.object({ number: z.number().int(), name: z.string() });
export type NumberedName = z.infer<typeof numberedNameSchema>;
