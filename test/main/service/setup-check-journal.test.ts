import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { CheckLine, SetupCheck } from '../../../shared/ipc/schemas/setup-check';
import type { WizardAnswers } from '../../../shared/ipc/schemas/setup';
import { krusOrder } from '../../helpers/refund-cases';
import { ECONOMIC_TOKENS, SHOP_KEYS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

const lineOf = (check: SetupCheck, id: CheckLine['id']) => check.lines.find((l) => l.id === id);

const ZONE = 'Europe/Copenhagen';
type Json = Record<string, unknown>;

function soldOn(n: number, date: string, method: { id: string; title: string }): Json {
  const at = `${date}T11:00:00`;
  return { ...krusOrder('woocommerce', n), payment_method: method.id, payment_method_title: method.title, date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at };
}

/**
 * The setup check of a shop whose days are booked as one finance voucher each in journal 1
 * (postingUnit "day", dayBooking "journal"), against the sandboxes. The shop's newest orders are
 * two Krus orders of test/helpers/refund-cases.ts (299.00 incl. 59.80 VAT each) of one day, 9501
 * paid with MobilePay and 9502 with Dankort; the sandbox's chart has 5820 MobilePay, 5821
 * Dankort/kort and 5830 Bank, and product group 1 sells on 1010 with VAT code U25.
 */
describe('desktop service: the setup check of a day journal', () => {
  let h: ServiceHarness;
  const day1 = calendarDaysAgo(2, new Date(), ZONE);
  const clearing: NonNullable<WizardAnswers['paymentMethods']> = {
    mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, clearingAccountNumber: 5820 },
    dankort: { title: 'Dankort', paymentTermsNumber: 3, clearingAccountNumber: 5821 },
    stripe: { title: 'Kreditkort', paymentTermsNumber: 3, clearingAccountNumber: 5821 },
    bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1, clearingAccountNumber: 5830 },
  };
  const journal = { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal', dayJournalNumber: 1 } as const;
  const save = <S extends Exclude<keyof WizardAnswers, 'posting'>>(step: S, answer: WizardAnswers[S]) => h.service['wizard.saveStep']({ step, answers: { [step]: answer } });

  beforeAll(async () => {
    h = await startServiceHarness({ arrange: () => [soldOn(9501, day1, { id: 'mobilepay', title: 'MobilePay' }), soldOn(9502, day1, { id: 'dankort', title: 'Dankort' })] });
    const answers = standardAnswers(h.shop.url);
    const s = h.service;
    await s['wizard.saveStep']({ step: 'plan', answers: { plan: answers.plan }, next: 'shop' });
    await s['wizard.saveStep']({ step: 'shop', answers: { shop: answers.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    await s['wizard.saveStep']({ step: 'economic', answers: { economic: answers.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
    await s['wizard.saveStep']({ step: 'stages', answers: { stages: answers.stages, posting: journal } });
    for (const step of ['mapping', 'currencies', 'rules', 'mail'] as const) await save(step, answers[step]);
    await save('paymentMethods', clearing);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('passes when journal 1 exists, all 4 methods have clearing accounts in the chart and groups 1 and 2 carry fitting VAT codes', async () => {
    const check = await h.service['setup.check']({});
    expect(lineOf(check, 'dayJournal')).toEqual({ id: 'dayJournal', status: 'ok', params: { journal: 1, methods: 4, groups: 2 }, steps: [], problem: null });
    expect(check.lines.map((l) => l.id).slice(-4)).toEqual(['vatRates', 'dayJournal', 'rules', 'dryRun']);
  });

  it("dry-runs the orders as their day's voucher: MobilePay 5820 and Dankort 5821 each against 1010 U25, 299.00 with 59.80 VAT", async () => {
    const check = await h.service['setup.check']({});
    expect(check.invoices.map((i) => i.orderId)).toEqual([`day:${day1}:DKK:domestic`]);
    const [day] = check.invoices;
    expect([day.orderNumber, day.grossAmount, day.vatAmount, day.shopTotal, day.action, day.lines, day.problems]).toEqual(['9501–9502', '598.00', '119.60', '598.00', 'draft', [], []]);
    expect(day.voucher?.journalNumber).toBe(1);
    expect(day.voucher?.entries.map((e) => [e.paymentMethod, e.account.number, e.contraAccount.number, e.vatCode, e.amount, e.vatAmount])).toEqual([
      ['Dankort', 5821, 1010, 'U25', '299.00', '59.80'],
      ['MobilePay', 5820, 1010, 'U25', '299.00', '59.80'],
    ]);
    expect(lineOf(check, 'dryRun')).toMatchObject({ status: 'ok' });
  });

  it('is not ready while a method has no clearing account: LB-2049 naming it, fixed under Payment methods', async () => {
    await save('paymentMethods', { ...clearing, bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 } });
    const check = await h.service['setup.check']({});
    expect(check.ready).toBe(false);
    expect(lineOf(check, 'dayJournal')).toMatchObject({ status: 'fail', steps: ['paymentMethods'], params: { problems: 'LB-2049 Betalingsmetode uden afstemningskonto' }, problem: { code: 'LB-2049', message: expect.stringContaining('Bankoverførsel') } });
    await save('paymentMethods', clearing);
  });

  it("is not ready while the journal is not on the agreement: LB-2048, fixed in the Order status step; the voucher preview says it too", async () => {
    await h.service['wizard.saveStep']({ step: 'stages', answers: { stages: standardAnswers(h.shop.url).stages, posting: { ...journal, dayJournalNumber: 7 } } });
    const check = await h.service['setup.check']({});
    expect(lineOf(check, 'dayJournal')).toMatchObject({ status: 'fail', steps: ['stages'], problem: { code: 'LB-2048' } });
    expect(check.invoices[0]).toMatchObject({ action: 'hold', problems: [{ code: 'LB-2048' }], voucher: { journalNumber: 7, entries: [] } });
    expect(lineOf(check, 'dryRun')).toMatchObject({ status: 'fail' });
  });

  it('checks nothing of the kind for a profile that books per order', async () => {
    await h.service['wizard.saveStep']({ step: 'stages', answers: { stages: standardAnswers(h.shop.url).stages, posting: { postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' } } });
    const check = await h.service['setup.check']({});
    expect(lineOf(check, 'dayJournal')).toBeUndefined();
    expect(check.invoices.map((i) => i.orderId)).toEqual(['9502', '9501']);
  });
});
