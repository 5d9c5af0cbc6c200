/** What the sandbox shop offers besides orders: its payment gateways and status names. */
export const SANDBOX_PAYMENT_GATEWAYS = [
  { id: 'mobilepay', title: 'MobilePay', description: 'Betal med MobilePay', enabled: true, method_title: 'Vipps MobilePay' },
  { id: 'dankort', title: 'Dankort', description: 'Betal med Dankort', enabled: true, method_title: 'Dankort (Nets)' },
  { id: 'stripe', title: 'Kreditkort', description: 'Visa, Mastercard', enabled: true, method_title: 'Stripe' },
  { id: 'bacs', title: 'Bankoverførsel', description: 'Overfør beløbet til vores konto', enabled: true, method_title: 'Direct bank transfer' },
  { id: 'cod', title: 'Betaling ved levering', description: '', enabled: false, method_title: 'Cash on delivery' },
  { id: 'cheque', title: 'Check', description: '', enabled: false, method_title: 'Check payments' },
].map((g, order) => ({ ...g, order, method_description: '', method_supports: ['products', 'refunds'], settings: {}, _links: {} }));

/** Names of the statuses GET /reports/orders/totals lists (core ones, as wc_get_order_statuses). */
export const SANDBOX_STATUS_NAMES: Record<string, string> = {
  pending: 'Pending payment',
  processing: 'Processing',
  'on-hold': 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
  failed: 'Failed',
};
