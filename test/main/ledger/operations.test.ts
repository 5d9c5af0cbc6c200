import { afterEach, describe, expect, it } from 'vitest';
import { OperationConflictError, UnknownOperationError, openLedger } from '../../../main/ledger';
import { manualClock, removeDir, tempDir } from './helpers/temp-ledger';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const clock = manualClock();

function fresh() {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

describe('the exactly-once journal', () => {
  it('still knows about a write that was begun but never completed after a crash and reopen', () => {
    const dir = fresh();
    const before = openLedger(dir, { clock: clock.now });
    before.operations.begin({ key: 'lb-create-draft-1001-g0', orderId: '1001', step: 'create-draft', requestHash: 'abc' });
    before.operations.begin({ key: 'lb-create-draft-1002-g0', orderId: '1002', step: 'create-draft' });
    before.operations.complete('lb-create-draft-1002-g0', { draftInvoiceNumber: 8 });
    // The process dies here: complete() for 1001 never runs.
    before.close();

    const after = openLedger(dir, { clock: clock.now });
    const open = after.operations.allOpen();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ key: 'lb-create-draft-1001-g0', orderId: '1001', step: 'create-draft', status: 'started', requestHash: 'abc' });
    expect(after.operations.get('lb-create-draft-1002-g0')).toMatchObject({ status: 'completed', result: { draftInvoiceNumber: 8 } });
    after.close();
  });

  it('returns the stored result when a completed key is begun again, instead of writing twice', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'k1', orderId: '1001', step: 'book' });
    ledger.operations.complete('k1', { bookedInvoiceNumber: 20001 });
    const again = ledger.operations.begin({ key: 'k1', orderId: '1001', step: 'book' });
    expect(again.resumed).toBe(true);
    expect(again.record).toMatchObject({ status: 'completed', result: { bookedInvoiceNumber: 20001 }, attempts: 1 });
    ledger.close();
  });

  it('retries an open write under the same key, counting the attempts', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'k2', orderId: '1001', step: 'payment' });
    ledger.operations.markUncertain('k2');
    expect(ledger.operations.openForOrder('1001').map((o) => o.status)).toEqual(['uncertain']);
    expect(ledger.operations.begin({ key: 'k2', orderId: '1001', step: 'payment' }).record).toMatchObject({ key: 'k2', status: 'uncertain', attempts: 2 });
    ledger.close();
  });

  it('starts a new attempt under a key of its own after a definite failure, since e-conomic may replay the rejection', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'k5', orderId: '1001', step: 'book' });
    ledger.operations.markFailed('k5', { status: 400, errorCode: 'E04300' });
    expect(ledger.operations.allOpen()).toEqual([]);
    expect(ledger.operations.get('k5')?.errorDetail).toEqual({ status: 400, errorCode: 'E04300' });

    const second = ledger.operations.begin({ key: 'k5', orderId: '1001', step: 'book' });
    expect(second).toMatchObject({ resumed: true, record: { key: 'k5:a1', status: 'started', errorDetail: null } });
    // An uncertain second attempt is retried under its own key, not a third one.
    ledger.operations.markUncertain('k5');
    expect(ledger.operations.begin({ key: 'k5', orderId: '1001', step: 'book' }).record).toMatchObject({ key: 'k5:a1', status: 'uncertain', attempts: 2 });
    ledger.operations.markFailed('k5:a1', { status: 400 });
    expect(ledger.operations.begin({ key: 'k5', orderId: '1001', step: 'book' }).record.key).toBe('k5:a2');

    // The operation's own key always leads to its latest attempt.
    ledger.operations.complete('k5', { bookedInvoiceNumber: 20002 });
    expect(ledger.operations.get('k5')).toMatchObject({ key: 'k5:a2', status: 'completed', result: { bookedInvoiceNumber: 20002 } });
    expect(ledger.operations.begin({ key: 'k5', orderId: '1001', step: 'book' }).record).toMatchObject({ key: 'k5:a2', status: 'completed' });
    ledger.close();
  });

  it('follows a key to its tenth attempt, and never to the attempts of a key that only begins like it', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    // Generation 1 and generation 10 of the same step: "…:g1" is the start of "…:g10".
    ledger.operations.begin({ key: 'lb:shop:7:book:g10', orderId: '7', step: 'book' });
    ledger.operations.markFailed('lb:shop:7:book:g10', { status: 400 });
    ledger.operations.begin({ key: 'lb:shop:7:book:g10', orderId: '7', step: 'book' });
    ledger.operations.begin({ key: 'lb:shop:7:book:g1', orderId: '7', step: 'book' });
    for (let n = 1; n <= 10; n++) {
      ledger.operations.markFailed('lb:shop:7:book:g1', { status: 400 });
      // "…:a10" sorts before "…:a2" as text; the attempt number decides.
      expect(ledger.operations.begin({ key: 'lb:shop:7:book:g1', orderId: '7', step: 'book' }).record.key).toBe(`lb:shop:7:book:g1:a${n}`);
    }
    expect(ledger.operations.complete('lb:shop:7:book:g1', { bookedInvoiceNumber: 3 })).toMatchObject({ key: 'lb:shop:7:book:g1:a10', status: 'completed' });
    expect(ledger.operations.get('lb:shop:7:book:g10')).toMatchObject({ key: 'lb:shop:7:book:g10:a1', status: 'started', result: null });
    ledger.close();
  });

  it('never downgrades a completed write to uncertain or failed', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'k3', orderId: '1001', step: 'mail' });
    ledger.operations.complete('k3', { messageId: '<x@y>' });
    expect(ledger.operations.markUncertain('k3').status).toBe('completed');
    expect(ledger.operations.markFailed('k3').status).toBe('completed');
    ledger.close();
  });

  it('refuses the same key for a different request, and completing an unknown key', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'k4', orderId: '1001', step: 'create-draft', requestHash: 'h1' });
    expect(() => ledger.operations.begin({ key: 'k4', orderId: '1001', step: 'create-draft', requestHash: 'h2' })).toThrow(OperationConflictError);
    expect(() => ledger.operations.complete('nope', {})).toThrow(UnknownOperationError);
    expect(() => ledger.operations.markUncertain('nope')).toThrow(UnknownOperationError);
    ledger.close();
  });

  it('lists every write for an order in the order they were begun', () => {
    const dir = fresh();
    const ledger = openLedger(dir, { clock: clock.now });
    ledger.operations.begin({ key: 'a', orderId: '1001', step: 'create-customer' });
    clock.advance(1000);
    ledger.operations.begin({ key: 'b', orderId: '1001', step: 'create-draft' });
    ledger.operations.begin({ key: 'c', orderId: '1002', step: 'create-draft' });
    expect(ledger.operations.forOrder('1001').map((o) => o.step)).toEqual(['create-customer', 'create-draft']);
    ledger.close();
  });
});
