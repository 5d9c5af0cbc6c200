/** Per-order states (DESIGN.md §3): the main line seen → eligible → drafted → booked → done, and side states. */
export const ORDER_STATES = ['seen', 'eligible', 'drafted', 'booked', 'done', 'held', 'skipped', 'failed', 'needs-attention'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export function isOrderState(value: string): value is OrderState {
  return (ORDER_STATES as readonly string[]).includes(value);
}
