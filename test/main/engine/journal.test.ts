import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EconomicError } from '../../../main/connectors/economic/errors';
import type { EngineContext } from '../../../main/engine/context';
import { journalled } from '../../../main/engine/journal';
import { operationKey } from '../../../main/engine/idempotency';
import { openLedger, type Ledger } from '../../../main/ledger';

/** The journal around each e-conomic write, on a real SQLite ledger; e-conomic is a recorded call. */
describe('a journalled write to e-conomic', () => {
  let dir: string;
  let ledger: Ledger;
  let ctx: EngineContext;
  const key = operationKey('butik', '1001', 'book', 0);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lb-journal-'));
    ledger = openLedger(dir, { clock: () => new Date('2026-11-20T10:00:00Z') });
    // The journal only uses the ledger of the engine's context.
    ctx = { ledger } as EngineContext;
  });
  afterEach(() => {
    ledger.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** e-conomic as a list of answers, recording the Idempotency-Key of every call. */
  function economic(...answers: Array<unknown | Error>) {
    const keys: string[] = [];
    return {
      keys,
      call: async (idempotencyKey: string) => {
        keys.push(idempotencyKey);
        const answer = answers.shift();
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
  }

  it('is made once: a completed write returns its recorded result without calling e-conomic again', async () => {
    const e = economic({ bookedInvoiceNumber: 20001 });
    expect(await journalled(ctx, key, '1001', 'book', e.call)).toEqual({ bookedInvoiceNumber: 20001 });
    expect(await journalled(ctx, key, '1001', 'book', e.call)).toEqual({ bookedInvoiceNumber: 20001 });
    expect(e.keys).toEqual([key]);
  });

  it('records the order change that goes with the result in the same step as the result', async () => {
    const e = economic({ bookedInvoiceNumber: 20001 });
    const seen: unknown[] = [];
    await journalled(ctx, key, '1001', 'book', e.call, (result) => seen.push(result));
    expect(seen).toEqual([{ bookedInvoiceNumber: 20001 }]);
    expect(ledger.operations.get(key)).toMatchObject({ status: 'completed', result: { bookedInvoiceNumber: 20001 } });
  });

  it('keeps what `keep` picks of the answer, and gives the caller the same whether the write is made now or resumed', async () => {
    const e = economic({ bookedInvoiceNumber: 20001, recipient: { name: 'Jens Hansen' }, lines: [{ description: 'Kaffe' }] });
    const keep = (a: unknown) => ({ bookedInvoiceNumber: (a as { bookedInvoiceNumber: number }).bookedInvoiceNumber });
    const seen: unknown[] = [];
    expect(await journalled(ctx, key, '1001', 'book', e.call, (kept) => seen.push(kept), keep)).toEqual({ bookedInvoiceNumber: 20001 });
    expect(seen).toEqual([{ bookedInvoiceNumber: 20001 }]);
    expect(ledger.operations.get(key)).toMatchObject({ status: 'completed', result: { bookedInvoiceNumber: 20001 } });
    expect(JSON.stringify(ledger.operations.get(key)?.result)).not.toContain('Jens Hansen');
    expect(await journalled(ctx, key, '1001', 'book', e.call, undefined, keep)).toEqual({ bookedInvoiceNumber: 20001 });
    expect(e.keys).toEqual([key]);
  });

  it.each([
    ['no answer at all', new EconomicError('network', 'socket hang up')],
    ['a server error', new EconomicError('server', 'e-conomic answered 503', { status: 503 })],
    ['rate limiting', new EconomicError('rate-limited', 'e-conomic answered 429', { status: 429 })],
  ])('leaves a write that got %s uncertain, to be looked up before it is repeated under the same key', async (_what, error) => {
    const e = economic(error, { bookedInvoiceNumber: 20001 });
    await expect(journalled(ctx, key, '1001', 'book', e.call)).rejects.toBe(error);
    expect(ledger.operations.get(key)?.status).toBe('uncertain');
    expect(ledger.operations.allOpen().map((o) => o.key)).toEqual([key]);
    await journalled(ctx, key, '1001', 'book', e.call);
    expect(e.keys).toEqual([key, key]);
  });

  it('marks a write e-conomic rejected as failed, and repeats it under a new key so the rejection is not replayed', async () => {
    const rejected = new EconomicError('validation', "Product 'TE-01' is barred", { status: 400 });
    const e = economic(rejected, { bookedInvoiceNumber: 20001 });
    await expect(journalled(ctx, key, '1001', 'book', e.call)).rejects.toBe(rejected);
    expect(ledger.operations.get(key)?.status).toBe('failed');
    expect(ledger.operations.allOpen()).toEqual([]);
    expect(await journalled(ctx, key, '1001', 'book', e.call)).toEqual({ bookedInvoiceNumber: 20001 });
    expect(e.keys).toEqual([key, `${key}:a1`]);
    expect(ledger.operations.get(key)).toMatchObject({ status: 'completed', result: { bookedInvoiceNumber: 20001 } });
  });
});

describe('Idempotency-Keys', () => {
  it('name the profile, the order, the step and the generation of the order', () => {
    expect(operationKey('butik', '1001', 'create-draft', 0)).toBe('lb:butik:1001:create-draft:g0');
    expect(operationKey('butik', '1001', 'create-draft', 1)).toBe('lb:butik:1001:create-draft:g1');
    expect(operationKey('butik', '1001', 'book', 0)).not.toBe(operationKey('butik', '1001', 'create-draft', 0));
    expect(operationKey('other', '1001', 'book', 0)).not.toBe(operationKey('butik', '1001', 'book', 0));
  });
});
