import { describe, expect, it } from 'vitest';
import { planDayVoucher, type PaidDayPart } from '../../../../main/engine/days/plan-day-voucher';
import { failureFor } from '../../../../main/engine/failures';
import { PlanError } from '../../../../main/engine/plan/plan-invoice';
import type { PlannedLine } from '../../../../main/engine/plan/types';
import { describe as describeProblem } from '../../../../shared/errors';
import { testProfile } from '../../../helpers/profiles';

/**
 * The rounding a day's journal voucher may carry (ADR 0003, "A day's rounding line", and its
 * voucher paragraph). Every figure is worked out by hand: a mug is net 100.00 + 25.00 VAT =
 * 125.00 on product group 1 (25 %); the tolerance is 0.05. Each method's entries must add up to
 * what was paid with it, so what its orders' lines leave (their rounding) goes on the rounding
 * product AFRUNDING. The bound is the day invoice's, for the parts: 0.05 per order and half an
 * øre per taxed order line — the voucher names its VAT, so it adds no taxed lines of its own —
 * for two one-line orders 2 × 0.05 + 2 × 0.005 = 0.11.
 */

const profile = testProfile();
const DAY = { profileName: 'butik', date: '2026-03-10', currency: 'DKK', zone: 'domestic' as const };
const MOBILEPAY = { method: 'mobilepay', methodTitle: 'MobilePay' };
const DANKORT = { method: 'dankort', methodTitle: 'Dankort' };

const krus: PlannedLine = { source: 'product', productNumber: 'KRUS', description: 'Krus', quantity: '1', unitNetPrice: '100.00', expectedVatRate: '25' };
const rounding = (amount: string): PlannedLine => ({ source: 'rounding', productNumber: 'AFRUNDING', description: 'Øreafrunding', quantity: '1', unitNetPrice: amount, expectedVatRate: '0' });

/** A mug sold for `gross`, with the rounding line its own invoice had (none when it was beyond the tolerance). */
function mug(number: string, gross: string, paid: typeof MOBILEPAY, own?: string): PaidDayPart {
  return { kind: 'order', number, gross, lines: own ? [krus, rounding(own)] : [krus], ...paid };
}

const brief = (l: { method: string; revenue: unknown; amount: string; vat: string }) => [l.method, l.revenue, l.amount, l.vat];

function refusal(parts: PaidDayPart[]): PlanError {
  try {
    planDayVoucher(DAY, parts, profile);
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('the voucher was planned');
}

describe("the rounding of a day's journal voucher", () => {
  it('books what each method is off within the bound on the rounding product: +0.05 MobilePay, −0.03 Dankort, 0.08 of 0.11', () => {
    // 125.05 and 124.97 paid; each order's own invoice had its rounding line of 0.05 and −0.03.
    const plan = planDayVoucher(DAY, [mug('1', '125.05', MOBILEPAY, '0.05'), mug('2', '124.97', DANKORT, '-0.03')], profile);
    expect(plan.lines.map(brief)).toEqual([
      ['dankort', { productGroupNumber: 1 }, '125.00', '25.00'],
      ['dankort', { productNumber: 'AFRUNDING' }, '-0.03', '0.00'],
      ['mobilepay', { productGroupNumber: 1 }, '125.00', '25.00'],
      ['mobilepay', { productNumber: 'AFRUNDING' }, '0.05', '0.00'],
    ]);
    // 125.05 + 124.97 = 250.02; VAT 2 × 25.00.
    expect([plan.gross, plan.vat]).toEqual(['250.02', '50.00']);
  });

  it('books a rounding of exactly the bound: 0.06 + 0.05 = 0.11', () => {
    const plan = planDayVoucher(DAY, [mug('1', '125.06', MOBILEPAY), mug('2', '125.05', DANKORT, '0.05')], profile);
    expect(plan.gross).toBe('250.11');
  });

  it('holds the day one øre above it (0.07 + 0.05 = 0.12), naming the day, both amounts and the order beyond its tolerance', () => {
    const error = refusal([mug('1', '125.07', MOBILEPAY), mug('2', '125.05', DANKORT, '0.05')]);
    expect(error.code).toBe('day-rounding-too-large');
    expect(error.params).toEqual({ date: '2026-03-10', currency: 'DKK', rounding: '0.12', roundingBound: '0.11', count: '2', tolerance: '0.05', orders: '1' });
  });

  it('does not let two methods cancel out: +0.08 on MobilePay and −0.08 on Dankort is 0.16 to round, though the day adds up to 250.00', () => {
    const error = refusal([mug('1', '125.08', MOBILEPAY), mug('2', '124.92', DANKORT)]);
    expect(error.params).toMatchObject({ rounding: '0.16', roundingBound: '0.11', orders: '1, 2' });
  });

  it('holds the day with LB-3022 in both languages, as book-days and the dry run record a PlanError', () => {
    const error = refusal([mug('1', '125.05', MOBILEPAY, '0.05'), mug('2', '124.90', DANKORT)]);
    const { problem, retry } = failureFor(error, { number: 'day:2026-03-10:DKK:domestic' });
    expect(retry).toBe(false);
    expect(problem.code).toBe('LB-3022');
    // 0.05 + 0.10 = 0.15 against 0.11; order 2 is 0.10 off its lines, order 1 only its own 0.05.
    expect(describeProblem(problem.code, problem.params, 'en').message).toBe(
      "The daily summary of 2026-03-10 (DKK) would need a rounding of DKK 0.15, but the day's 2 orders and refunds can give at most DKK 0.11 (the allowed rounding of DKK 0.05 per order and half an øre per VAT line). Orders whose lines no longer add up to their total: 2. So the day has not been booked.",
    );
    expect(describeProblem(problem.code, problem.params, 'da').message).toContain('Ordrer, hvis linjer ikke længere giver deres total: 2.');
  });
});

describe("a One-Stop-Shop sale in a day's journal voucher", () => {
  it("credits its items and shipping to its country's OSS product group, its VAT the country's: 124.95 = 119.00 + 5.95", () => {
    const withOss = testProfile({ oss: true, productGroups: { '25': 1, '0': 2, 'DE:19': 11 } });
    // To a consumer in Berlin: a mug 100.00 + 19.00 VAT and shipping 5.00 + 0.95, both planned on OSS-DE-19.
    const onOss = (source: PlannedLine['source'], net: string): PlannedLine => ({ source, productNumber: 'OSS-DE-19', description: 'Krus', quantity: '1', unitNetPrice: net, expectedVatRate: '19' });
    const berlin: PaidDayPart = { kind: 'order', number: '1002', gross: '124.95', lines: [onOss('product', '100.00'), onOss('shipping', '5.00')], oss: 'DE', ...MOBILEPAY };
    const plan = planDayVoucher(DAY, [mug('1001', '125.00', MOBILEPAY), berlin], withOss);
    expect(plan.lines.map(brief)).toEqual([
      ['mobilepay', { productGroupNumber: 1 }, '125.00', '25.00'],
      ['mobilepay', { productGroupNumber: 11 }, '124.95', '19.95'],
    ]);
  });
});
