/**
 * When to try again. Exponential backoff with "full jitter" (a random wait between 0 and the
 * exponential ceiling) spreads retries of many clients apart; a server's Retry-After wins.
 */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;
/** A Retry-After longer than this is treated as this long: a sync step should not stall for hours. */
export const RETRY_AFTER_MAX_MS = 10 * 60_000;

/** Wait before retry number `retry` (1 = first retry). */
export function backoffDelayMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** Parses Retry-After as delta-seconds or an HTTP-date; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | undefined | null, nowMs: number): number | null {
  if (header === undefined || header === null) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(RETRY_AFTER_MAX_MS, Math.round(Number(text) * 1000));
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, at - nowMs));
}
