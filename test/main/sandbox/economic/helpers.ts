import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EconomicSandbox } from '../../../../main/sandbox/economic';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/reference/economic', import.meta.url));

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

/** A JSON document of a shape the test reads freely (fixtures, responses). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
}

/** Calls the sandbox with valid tokens unless headers override them. */
export function client(sb: EconomicSandbox) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse> => {
    const res = await fetch(sb.url + path, {
      method,
      headers: {
        'X-AppSecretToken': sb.appSecretToken,
        'X-AgreementGrantToken': sb.agreementGrantToken,
        ...(body !== undefined ? { 'Content-Type': 'application/json; charset=UTF-8' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  };
}

/** Every key path of a JSON document; array items are merged under `[]`. */
export function keyPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) return v.forEach((item) => walk(item, `${p}[]`));
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const path = p ? `${p}.${k}` : k;
      out.add(path);
      walk(child, path);
    }
  };
  walk(value, prefix);
  return out;
}

export function missingKeys(example: unknown, actual: unknown): string[] {
  const have = keyPaths(actual);
  return [...keyPaths(example)].filter((k) => !have.has(k));
}

/** A draft for the seeded collective customer 1 with domestic VAT; lines are [productNumber, qty, price, discount?]. */
export function draftBody(lines: Array<[string, number, number, number?]>, over: Record<string, unknown> = {}) {
  return {
    date: '2024-03-01',
    currency: 'DKK',
    customer: { customerNumber: 1 },
    layout: { layoutNumber: 14 },
    paymentTerms: { paymentTermsNumber: 1 },
    recipient: { name: 'Jens Hansen', address: 'Vestergade 1', zip: '8000', city: 'Aarhus C', vatZone: { vatZoneNumber: 1 } },
    references: { other: 'woo-1001' },
    lines: lines.map(([productNumber, quantity, unitNetPrice, discountPercentage], i) => ({
      lineNumber: i + 1,
      description: `Line ${i + 1}`,
      product: { productNumber },
      quantity,
      unitNetPrice,
      ...(discountPercentage !== undefined ? { discountPercentage } : {}),
    })),
    ...over,
  };
}
