import { createHash } from 'node:crypto';
import type { IdempotencyRecord } from './records';
import type { Store } from './store';

/**
 * Idempotency-Key (restdocs, techtalk): e-conomic keeps the response for a while and returns it
 * for a repeat with the same key. The lifetime is not documented; the sandbox keeps keys 24 h.
 * Keys are scoped to the agreement grant token; a repeat replays status and body whatever its body.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

// the token itself is a secret and must not land in the persisted state; a digest scopes just as well
const scoped = (grantToken: string, key: string) => `${createHash('sha256').update(grantToken).digest('hex').slice(0, 16)}:${key}`;

export function findReplay(store: Store, grantToken: string, key: string, now = Date.now()): IdempotencyRecord | undefined {
  const id = scoped(grantToken, key);
  const rec = store.idempotency.get(id);
  if (rec && now - rec.storedAt > IDEMPOTENCY_TTL_MS) {
    store.idempotency.delete(id);
    return undefined;
  }
  return rec;
}

export function remember(store: Store, grantToken: string, key: string, rec: Omit<IdempotencyRecord, 'storedAt'>): void {
  store.idempotency.set(scoped(grantToken, key), { ...rec, storedAt: Date.now() });
  store.dirty = true;
}
