/**
 * Removes the two e-conomic tokens from any text or value before it leaves the client (error
 * messages, field values echoed by the server, log lines). The tokens are only ever placed in
 * request headers; this is the second line of defence should a server or proxy echo them.
 */
export const REDACTED = '[redacted]';

export function makeRedactor(secrets: string[]): <T>(value: T) => T {
  const needles = secrets.filter((s) => typeof s === 'string' && s.length >= 4);
  const scrubText = (text: string): string => {
    let out = text;
    for (const n of needles) out = out.split(n).join(REDACTED);
    return out;
  };
  const scrub = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return scrubText(value);
    if (depth > 8 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
    return out;
  };
  return <T>(value: T): T => scrub(value, 0) as T;
}
