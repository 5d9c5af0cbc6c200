/**
 * Per-order states (DESIGN.md §3): the main line seen → eligible → drafted → booked → done, and
 * side states. With daily summaries (postingUnit "day") an order goes seen → eligible → in-day
 * (checked and in its day's summary) → done (the day is booked).
 */
export const ORDER_STATES = ['seen', 'eligible', 'drafted', 'booked', 'done', 'held', 'skipped', 'failed', 'needs-attention', 'in-day'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export function isOrderState(value: string): value is OrderState {
  return (ORDER_STATES as readonly string[]).includes(value);
}
