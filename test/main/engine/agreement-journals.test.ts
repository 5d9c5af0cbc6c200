/**
 * The journal writes of the profiles on one e-conomic agreement, in one process: one at a time,
 * and never two vouchers under one number (e-conomic would keep them as one voucher).
 */
import { describe, expect, it } from 'vitest';
import { AgreementJournals } from '../../../main/engine/agreement-journals';
import { VoucherNumbers } from '../../../main/engine/voucher-numbers';
import type { EngineContext } from '../../../main/engine/context';

const YEAR = { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31', closed: false };

/**
 * A profile's view of e-conomic as `VoucherNumbers` reads it: journal 1 (numbers 1–999999999)
 * whose highest voucher is `highestInJournal`, nothing booked on the year's accounts, the
 * calls named as reaching `agreement`. Each read waits a turn, so reads of two profiles overlap.
 */
function profileOn(agreement: string, journals: AgreementJournals, highestInJournal: number, name = 'dk'): Pick<EngineContext, 'client' | 'agreementJournals' | 'profile'> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const client = {
    budgetKey: agreement,
    journals: async () => [{ journalNumber: 1, settings: { voucherNumbers: { minimumVoucherNumber: 1, maximumVoucherNumber: 999_999_999 } } }],
    get: async (path: string) => {
      await turn();
      return path.startsWith('/journals/') ? { collection: [{ voucher: { voucherNumber: highestInJournal } }] } : { collection: [] };
    },
  };
  return { client: client as unknown as EngineContext['client'], agreementJournals: journals, profile: { name } as EngineContext['profile'] };
}

describe('voucher numbers of profiles on one agreement', () => {
  it('gives two profiles that read the journal at the same moment different numbers', async () => {
    const journals = new AgreementJournals();
    const dk = new VoucherNumbers(profileOn('agreement:9001', journals, 17));
    const se = new VoucherNumbers(profileOn('agreement:9001', journals, 17, 'se'));
    // Both read "17 is the highest" before either takes a number.
    const numbers = await Promise.all([dk.next(1, YEAR), se.next(1, YEAR)]);
    expect(numbers.sort()).toEqual([18, 19]);
    // And each counts on above the other's: 20 and 21 next, never one already handed out.
    expect([await dk.next(1, YEAR), await se.next(1, YEAR)]).toEqual([20, 21]);
  });

  it('takes a number above one e-conomic chose for another profile’s voucher sent without numbers', async () => {
    const journals = new AgreementJournals();
    const dk = new VoucherNumbers(profileOn('agreement:9001', journals, 17));
    const se = new VoucherNumbers(profileOn('agreement:9001', journals, 17, 'se'));
    expect(await dk.next(1, YEAR)).toBe(18);
    // The Swedish shop's payments went out without numbers; e-conomic kept them as voucher 19 and 20.
    se.used(1, '2026', 19);
    se.used(1, '2026', 20);
    expect(await dk.next(1, YEAR)).toBe(21);
  });

  it('takes no number a run that died may have sent, before this process started, in any profile', async () => {
    const journals = new AgreementJournals();
    // The Swedish shop's last run recorded voucher 18 as being sent in journal 1, and died; e-conomic shows 17 as the highest.
    journals.inDoubt(1, 18);
    expect(await new VoucherNumbers(profileOn('agreement:9001', journals, 17)).next(1, YEAR)).toBe(19);
  });

  it('knows which profile each voucher e-conomic holds is for, so one shop never takes another’s for its own', () => {
    const journals = new AgreementJournals();
    const dk = new VoucherNumbers(profileOn('agreement:9001', journals, 17));
    const se = new VoucherNumbers(profileOn('agreement:9001', journals, 17, 'se'));
    se.used(1, '2026', 19);
    expect(dk.heldByAnother(1, '2026', 19)).toBe(true);
    expect(se.heldByAnother(1, '2026', 19)).toBe(false);
    // Not known to be anyone's: another journal, year or agreement, or a number no profile here was answered.
    expect(dk.heldByAnother(2, '2026', 19)).toBe(false);
    expect(dk.heldByAnother(1, '2027', 19)).toBe(false);
    expect(dk.heldByAnother(1, '2026', 20)).toBe(false);
    expect(new VoucherNumbers(profileOn('agreement:4242', journals, 3, 'se')).heldByAnother(1, '2026', 19)).toBe(false);
  });

  it('keeps the numbering of other agreements, journals and years to themselves', async () => {
    const journals = new AgreementJournals();
    const dk = new VoucherNumbers(profileOn('agreement:9001', journals, 17));
    const other = new VoucherNumbers(profileOn('agreement:4242', journals, 3));
    expect(await dk.next(1, YEAR)).toBe(18);
    expect(await other.next(1, YEAR)).toBe(4);
    expect(journals.take('agreement:9001', 2, '2026', 1)).toBe(1);
    expect(journals.take('agreement:9001', 1, '2027', 1)).toBe(1);
  });
});

describe('journal writes of profiles on one agreement', () => {
  it('runs them one at a time in the order asked, and a failed write does not stop the next', async () => {
    const journals = new AgreementJournals();
    const events: string[] = [];
    const write = (name: string, fails = false) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`${name} ends`);
      if (fails) throw new Error(`${name} refused`);
      return name;
    };
    const results = await Promise.allSettled([journals.one('agreement:9001', write('dk day', true)), journals.one('agreement:9001', write('se payments')), journals.one('agreement:9001', write('dk payments'))]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['dk day refused', 'se payments', 'dk payments']);
    expect(events).toEqual(['dk day starts', 'dk day ends', 'se payments starts', 'se payments ends', 'dk payments starts', 'dk payments ends']);
  });

  it('does not hold up the writes of another agreement', async () => {
    const journals = new AgreementJournals();
    const events: string[] = [];
    let release!: () => void;
    const slow = journals.one('agreement:9001', async () => {
      events.push('9001 starts');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('9001 ends');
    });
    await journals.one('agreement:4242', async () => void events.push('4242 runs'));
    release();
    await slow;
    expect(events).toEqual(['9001 starts', '4242 runs', '9001 ends']);
  });
});
