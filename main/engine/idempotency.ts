/**
 * Deterministic Idempotency-Keys: (profile, order, step, generation). A retried step sends
 * the same key — also after a restart — so e-conomic replays the first answer instead of
 * writing twice; a new generation (the order changed) gets a new key. After e-conomic
 * definitely rejected a write, the journal starts a new attempt as `<key>:a<n>`.
 */
export type Step = 'create-draft' | 'update-draft' | 'delete-draft' | 'book' | 'credit-note' | 'book-credit-note' | 'payment' | 'day-voucher' | 'voucher-attachment' | 'create-customer' | 'create-product';

export function operationKey(profile: string, subject: string, step: Step, generation: number): string {
  return `lb:${profile}:${subject}:${step}:g${generation}`;
}
