/**
 * Deterministic Idempotency-Keys: (profile, order, step, generation[, attempt]).
 * A retried step sends the same key, so e-conomic replays the first answer instead of
 * writing twice; a new generation (the order changed) or a new attempt (the earlier
 * result is known to be gone) gets a new key.
 */
export type Step = 'create-draft' | 'update-draft' | 'delete-draft' | 'book' | 'credit-note' | 'book-credit-note' | 'payment' | 'create-customer' | 'create-product';

export function operationKey(profile: string, subject: string, step: Step, generation: number, attempt = 0): string {
  return `lb:${profile}:${subject}:${step}:g${generation}${attempt > 0 ? `:a${attempt}` : ''}`;
}
