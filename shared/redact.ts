/**
 * Process-wide redaction of secrets. Every secret read from or written to the secret
 * store is registered here, so logs, error messages and the support bundle can strip it
 * even where it appears inside a URL, a header dump or a stack trace.
 */

export const REDACTED = '«redacted»';

/** Shorter values would redact ordinary words; real tokens and keys are far longer. */
const MIN_SECRET_LENGTH = 4;

const secrets = new Set<string>();
let ordered: string[] = [];

/** Field names whose values are secrets whatever they contain. */
const SECRET_FIELD = /(token|secret|passw|pwd|authorization|cookie|api[-_]?key|private[-_]?key|consumer[-_]?key|access[-_]?key|credential)/i;
const EXACT_SECRET_FIELD = /^(key|pass)$/i;

/** Secrets written inline in text: headers, query strings, `name=value` and JSON pairs. */
const INLINE_PATTERNS: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/((?:authorization|x-appsecrettoken|x-agreementgranttoken|x-shopify-access-token|cookie|set-cookie)\s*:\s*)[^\r\n]+/gi, `$1${REDACTED}`],
  [/([?&](?:[a-z_]*(?:token|secret|password|key|signature)[a-z_]*)=)[^&#\s"']+/gi, `$1${REDACTED}`],
  [/("(?:[A-Za-z_]*(?:token|secret|password|passwd|apiKey|api_key|consumerKey|consumer_key|privateKey|authorization)[A-Za-z_]*)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, `$1"${REDACTED}"`],
  [/(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/g, `$1${REDACTED}$2`],
];

/** Remember a secret value so every later redact() removes it. Short or empty values are ignored. */
export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string') return;
  const v = value.trim();
  if (v.length < MIN_SECRET_LENGTH || secrets.has(v)) return;
  secrets.add(v);
  // Longest first, so a secret containing another is replaced whole.
  ordered = [...secrets].sort((a, b) => b.length - a.length);
}

/** The registered secret values, longest first (for scrubbing binary files such as crash dumps). */
export function registeredSecrets(): readonly string[] {
  return ordered;
}

/** True if the text contains any registered secret value. */
export function containsRegisteredSecret(text: string): boolean {
  for (const s of ordered) if (text.includes(s)) return true;
  return false;
}

/** Whether a field of this name holds a secret (token, secret, password, authorization, api key…). */
export function isSecretFieldName(name: string): boolean {
  return SECRET_FIELD.test(name) || EXACT_SECRET_FIELD.test(name);
}

/** Replaces registered secrets and secret-looking inline values in text. */
export function redact(text: string): string {
  let out = text;
  for (const s of ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
  for (const [re, replacement] of INLINE_PATTERNS) out = out.replace(re, replacement);
  return out;
}

/**
 * A deep copy with secrets removed: values under secret-looking field names become
 * «redacted», strings go through redact(), Errors become plain objects. Cycles are kept.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, new WeakMap()) as T;
}

function walk(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(walk(item, seen));
    return out;
  }
  if (value instanceof Date) return new Date(value.getTime());
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  if (value instanceof Error) {
    out.name = value.name;
    out.message = redact(value.message);
    if (value.stack) out.stack = redact(value.stack);
  }
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSecretFieldName(k) && v !== null && v !== undefined && v !== '' && typeof v !== 'boolean' ? REDACTED : walk(v, seen);
  }
  return out;
}

/** Only for tests: forget every registered secret. */
export function clearRegisteredSecretsForTests(): void {
  secrets.clear();
  ordered = [];
}
