/**
 * Per-order states of docs/architecture.md, "One sync cycle and the order states": the main line seen → eligible → drafted → booked →
 * done, and the side states. With daily summaries (postingUnit "day") an order goes
 * seen → eligible → in-day (checked and in its day's summary) → done (the day is booked).
 * The engine's words; the owner sees `OrderStatus` (shared/i18n/order-status.ts).
 */
export const ORDER_STATES = ['seen', 'eligible', 'drafted', 'booked', 'done', 'held', 'skipped', 'failed', 'needs-attention', 'in-day'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
