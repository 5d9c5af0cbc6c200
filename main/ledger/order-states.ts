// The states are the domain's (shared/domain/order-state.ts); the ledger checks stored values against them.
import { ORDER_STATES, type OrderState } from '../../shared/domain/order-state';

export { ORDER_STATES, type OrderState };

export function isOrderState(value: string): value is OrderState {
  return (ORDER_STATES as readonly string[]).includes(value);
}
