import type { Order } from '../../shared/domain/order';

export type Eligibility =
  | { eligible: true }
  | { eligible: false; reason: 'cancelled' | 'stage-not-reached' | 'draft-order' };

const CHECKOUT_DRAFTS = new Set(['checkout-draft', 'auto-draft', 'draft']);

/**
 * Whether the profile's order stages make this order due for transfer now.
 * Stages are the shop's own status words; for Shopify "financial:fulfillment",
 * where either half may be "*" (e.g. "paid:*").
 */
export function checkEligibility(order: Order, orderStages: string[]): Eligibility {
  if (CHECKOUT_DRAFTS.has(order.status)) return { eligible: false, reason: 'draft-order' };
  if (order.stage.cancelled) return { eligible: false, reason: 'cancelled' };
  const status = order.status.toLowerCase();
  const matches = orderStages.some((stage) => stageMatches(stage.toLowerCase(), status));
  return matches ? { eligible: true } : { eligible: false, reason: 'stage-not-reached' };
}

function stageMatches(stage: string, status: string): boolean {
  if (stage === status) return true;
  if (!stage.includes(':') || !status.includes(':')) return false;
  const [sf, sl] = stage.split(':');
  const [of, ol] = status.split(':');
  return (sf === '*' || sf === of) && (sl === '*' || sl === ol);
}
