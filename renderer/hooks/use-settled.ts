import { useEffect, useState } from 'react';

/** How long typing must pause before a search goes to the engine. */
export const SEARCH_SETTLE_MS = 250;

/**
 * `value` once it has stopped changing for `ms`. A search looks into every order's document
 * (on a ledger of five years, a few hundred milliseconds on the engine's thread), so the
 * search fields ask once the owner pauses, not once per key.
 */
export function useSettled<T>(value: T, ms = SEARCH_SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
