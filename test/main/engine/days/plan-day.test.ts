import { describe, expect, it } from 'vitest';
import { dayRoundingBound, planDay, type DayPart, type DayToPlan } from '../../../../main/engine/days/plan-day';
import { failureFor } from '../../../../main/engine/failures';
import { PlanError } from '../../../../main/engine/plan/plan-invoice';
import { describe as describeProblem } from '../../../../shared/errors';
import type { PlannedLine } from '../../../../main/engine/plan/types';
import { dec } from '../../../../shared/domain/money';
import { testProfile } from '../../../helpers/profiles';

/** The day invoice's lines from the orders' own lines; every figure below is worked out by hand. */

const profile = testProfile();
const DAY: DayToPlan = { profileName: 'butik', date: '2026-03-10', currency: 'DKK', zone: 'domestic', customerNumber: 1, vatZoneNumber: 1 };

function line(source: PlannedLine['source'], productNumber: string, unitNetPrice: string, rate: string, quantity = '1'): PlannedLine {
  return { source, productNumber, description: productNumber, quantity, unitNetPrice, expectedVatRate: rate };
}

const brief = (l: PlannedLine) => ({ productNumber: l.productNumber, quantity: l.quantity, unitNetPrice: l.unitNetPrice, rate: l.expectedVatRate });

describe('planDay', () => {
  it('sums sales per VAT rate, keeps shipping and gift cards on their products and refunds as negative lines: 124.00 + 40.00 − 25.00 = 139.00', () => {
    const parts: DayPart[] = [
      // 100.00 + 25.00 VAT, shipping 39.20 + 9.80, paid 50.00 with a gift card: 124.00.
      { kind: 'order', number: '1001', gross: '124.00', lines: [line('product', 'KRUS', '50.00', '25', '2'), line('shipping', 'FRAGT', '39.20', '25'), line('gift-card', 'GAVEKORT', '-50.00', '0')] },
      // A zero-rated book: 40.00.
      { kind: 'order', number: '1002', gross: '40.00', lines: [line('product', 'BOG', '40.00', '0')] },
      // One mug of an earlier order back: −20.00 − 5.00 VAT.
      { kind: 'refund', number: '0990', gross: '-25.00', lines: [line('refund', 'KRUS', '20.00', '25', '-1')] },
    ];
    const plan = planDay(DAY, parts, { profile, knownProducts: new Set() });
    expect(plan.lines.map(brief)).toEqual(
      expect.arrayContaining([
        { productNumber: 'DAGSSALG-25', quantity: '1', unitNetPrice: '100.00', rate: '25' },
        { productNumber: 'DAGSSALG-0', quantity: '1', unitNetPrice: '40.00', rate: '0' },
        { productNumber: 'FRAGT', quantity: '1', unitNetPrice: '39.20', rate: '25' },
        { productNumber: 'GAVEKORT', quantity: '1', unitNetPrice: '-50.00', rate: '0' },
        { productNumber: 'DAGSSALG-25', quantity: '-1', unitNetPrice: '20.00', rate: '25' },
      ]),
    );
    expect(plan.lines).toHaveLength(5); // no rounding line: per rate the VAT is the same
    expect(plan.predicted).toEqual({ net: '109.20', vat: '29.80', gross: '139.00', rounding: '0.00' });
    expect(plan.shopTotal).toBe('139.00');
    expect(plan.notes.heading).toBe('Dagsopgørelse 2026-03-10, ordre 1001–1002');
    expect(plan.referenceOther).toBe('lb-day:butik:2026-03-10:DKK:domestic');
    expect(plan.customer).toEqual({ mode: 'fixed', customerNumber: 1 });
    // The day products are created in the product group of their rate.
    expect(plan.productsToCreate.map((p) => [p.productNumber, p.productGroupNumber])).toEqual([
      ['DAGSSALG-25', 1],
      ['DAGSSALG-0', 2],
    ]);
  });

  it("writes the day invoice's texts in the profile's language: a line per kind and rate, the notes, the recipient and the day product", () => {
    const parts: DayPart[] = [
      // 100.00 + 25.00 VAT, shipping 40.00 + 10.00, a fee 10.00 + 1.25 at 12.5 %, 50.00 paid by gift card: 136.25; the shop took 136.26.
      {
        kind: 'order',
        number: '1001',
        gross: '136.26',
        lines: [line('product', 'KRUS', '100.00', '25'), line('shipping', 'FRAGT', '40.00', '25'), line('fee', 'GEBYR', '10.00', '12.5'), line('gift-card', 'GAVEKORT', '-50.00', '0')],
      },
      // A mug (20.00 + 5.00) and its shipping (8.00 + 2.00) refunded: −35.00.
      { kind: 'refund', number: '0990', gross: '-35.00', lines: [line('refund', 'KRUS', '20.00', '25', '-1'), line('refund-shipping', 'FRAGT', '8.00', '25', '-1')] },
    ];
    const texts = (language: 'da' | 'en') => {
      const plan = planDay(DAY, parts, { profile: testProfile({ language }), knownProducts: new Set() });
      return { lines: plan.lines.map((l) => l.description), notes: plan.notes, recipient: plan.recipient.name, products: plan.productsToCreate.map((p) => p.name) };
    };
    expect(texts('da')).toEqual({
      lines: ['Salg, 25 % moms', 'Fragt, 25 % moms', 'Gebyrer, 12,5 % moms', 'Betalt med gavekort', 'Refunderet salg, 25 % moms', 'Refunderet fragt, 25 % moms', 'Øreafrunding'],
      notes: { heading: 'Dagsopgørelse 2026-03-10, ordre 1001', textLine1: '1 ordre og 1 refundering (DKK); ordrelisten er i LedgerBridge under Dagsopgørelser' },
      recipient: 'Dagssalg 2026-03-10',
      products: ['Dagssalg 25 % moms'],
    });
    expect(texts('en')).toEqual({
      lines: ['Sales, 25 % VAT', 'Shipping, 25 % VAT', 'Fees, 12.5 % VAT', 'Paid by gift card', 'Refunded sales, 25 % VAT', 'Refunded shipping, 25 % VAT', 'Rounding'],
      notes: { heading: 'Daily summary 2026-03-10, order 1001', textLine1: '1 order and 1 refund (DKK); the order list is in LedgerBridge under Daily summaries' },
      recipient: 'Daily sales 2026-03-10',
      products: ['Daily sales 25 % VAT'],
    });
  });

  it('puts the VAT the shop rounded per order line but e-conomic rounds once into the rounding line: 0.03 + 0.03 = 0.06', () => {
    // Each order: net 0.02, VAT 0.005 rounded up to 0.01, total 0.03. Summed: net 0.04, VAT 0.01, gross 0.05.
    const parts: DayPart[] = ['1', '2'].map((n) => ({ kind: 'order' as const, number: n, gross: '0.03', lines: [line('product', 'PIN', '0.02', '25')] }));
    const plan = planDay(DAY, parts, { profile, knownProducts: new Set(['DAGSSALG-25']) });
    expect(plan.lines.map(brief)).toEqual([
      { productNumber: 'DAGSSALG-25', quantity: '1', unitNetPrice: '0.04', rate: '25' },
      { productNumber: 'AFRUNDING', quantity: '1', unitNetPrice: '0.01', rate: '0' },
    ]);
    expect(plan.predicted.gross).toBe('0.06');
    expect(plan.productsToCreate).toEqual([]);
  });

  it('settles the orders’ own rounding lines in one rounding line of the day: 10.02 + 9.99 = 20.01', () => {
    const parts: DayPart[] = [
      { kind: 'order', number: '7', gross: '10.02', lines: [line('product', 'A', '8.00', '25'), line('rounding', 'AFRUNDING', '0.02', '0')] },
      { kind: 'order', number: '8', gross: '9.99', lines: [line('product', 'B', '8.00', '25'), line('rounding', 'AFRUNDING', '-0.01', '0')] },
    ];
    const plan = planDay(DAY, parts, { profile, knownProducts: new Set(['DAGSSALG-25']) });
    // 16.00 + 4.00 VAT = 20.00; the shop took 20.01.
    expect(plan.lines.map(brief)).toEqual([
      { productNumber: 'DAGSSALG-25', quantity: '1', unitNetPrice: '16.00', rate: '25' },
      { productNumber: 'AFRUNDING', quantity: '1', unitNetPrice: '0.01', rate: '0' },
    ]);
  });

  it("creates an export day's product without a 0 % group in the group of the highest Danish rate, never a One-Stop-Shop country's", () => {
    const withOss = testProfile({ oss: true, productGroups: { '25': 1, 'DE:19': 11, 'HU:27': 30 } });
    const parts: DayPart[] = [{ kind: 'order', number: '1', gross: '80.00', lines: [line('product', 'KRUS', '80.00', '0')] }];
    const plan = planDay({ ...DAY, zone: 'abroad', vatZoneNumber: 3 }, parts, { profile: withOss, knownProducts: new Set() });
    expect(plan.productsToCreate.map((p) => [p.productNumber, p.productGroupNumber])).toEqual([['DAGSSALG-0', 1]]);
  });

  it("keeps a One-Stop-Shop sale on its country's OSS product beside the Danish day product: 125.00 + 124.95 − 11.90 = 238.05", () => {
    const withOss = testProfile({ oss: true, productGroups: { '25': 1, '0': 2, 'DE:19': 11 } });
    const ossProduct = { productNumber: 'OSS-DE-19', name: 'OSS DE 19 %', productGroupNumber: 11, salesPrice: '0.00' };
    const parts: DayPart[] = [
      // A Danish mug: 100.00 + 25.00 VAT.
      { kind: 'order', number: '1001', gross: '125.00', lines: [line('product', 'KRUS', '100.00', '25')] },
      // To a consumer in Berlin under OSS: a mug 100.00 + 19.00 VAT, shipping 5.00 + 0.95, both on OSS-DE-19.
      { kind: 'order', number: '1002', gross: '124.95', lines: [line('product', 'OSS-DE-19', '100.00', '19'), line('shipping', 'OSS-DE-19', '5.00', '19')], oss: 'DE', productsToCreate: [ossProduct] },
      // An amount paid back on an earlier Berlin order: 10.00 + 1.90 VAT.
      { kind: 'refund', number: '0990', gross: '-11.90', lines: [line('refund-amount', 'OSS-DE-19', '10.00', '19', '-1')], oss: 'DE' },
    ];
    const plan = planDay(DAY, parts, { profile: withOss, knownProducts: new Set() });
    expect(plan.lines.map((l) => [l.productNumber, l.description, l.quantity, l.unitNetPrice, l.expectedVatRate])).toEqual([
      ['DAGSSALG-25', 'Salg, 25 % moms', '1', '100.00', '25'],
      ['OSS-DE-19', 'Salg, 19 % moms, OSS DE', '1', '100.00', '19'],
      ['OSS-DE-19', 'Fragt, 19 % moms, OSS DE', '1', '5.00', '19'],
      ['OSS-DE-19', 'Refunderet salg, 19 % moms, OSS DE', '-1', '10.00', '19'],
    ]);
    // VAT 25.00 + 19.00 + 0.95 − 1.90 = 43.05; net 100.00 + 105.00 − 10.00 = 195.00.
    expect(plan.predicted).toEqual({ net: '195.00', vat: '43.05', gross: '238.05', rounding: '0.00' });
    expect(plan.productsToCreate.map((p) => [p.productNumber, p.productGroupNumber])).toEqual([
      ['DAGSSALG-25', 1],
      ['OSS-DE-19', 11],
    ]);
  });

  it('refuses a rate without a product group, naming the rate as LB-2004 shows it', () => {
    const parts: DayPart[] = [{ kind: 'order', number: '1', gross: '10.60', lines: [line('product', 'MAD', '10.00', '6')] }];
    expect(() => planDay(DAY, parts, { profile, knownProducts: new Set() })).toThrow(PlanError);
    try {
      planDay(DAY, parts, { profile, knownProducts: new Set() });
    } catch (error) {
      expect((error as PlanError).params).toEqual({ vatRate: '6' });
      const { problem } = failureFor(error, { number: '1' });
      expect(problem.code).toBe('LB-2004');
      expect(describeProblem(problem.code, problem.params, 'da').message).toContain('har en linje med 6 % moms');
    }
  });
});

/**
 * ADR 0003, "A day's rounding line": each part brings its own rounding of at most the tolerance
 * (0.05 here), and every taxed line — each part's and each of the day's — may be half an øre off
 * once e-conomic rounds the day's VAT on the summed net. Down to the øre.
 */
describe('the bound of a day’s rounding line', () => {
  // A mug, net 100.00 + VAT 25.00 = 125.00, sold for `gross`.
  const mug = (number: string, gross: string): DayPart => ({ kind: 'order', number, gross, lines: [line('product', 'KRUS', '100.00', '25')] });
  const plan = (parts: DayPart[], p = profile) => planDay(DAY, parts, { profile: p, knownProducts: new Set(['DAGSSALG-25', 'DAGSSALG-0']) });
  const refusal = (parts: DayPart[], p = profile): PlanError => {
    try {
      plan(parts, p);
    } catch (error) {
      if (error instanceof PlanError) return error;
      throw error;
    }
    throw new Error('the day was planned');
  };

  it('is 2 × 0.05 + 3 × 0.005 = 0.115, so 0.11, for two orders of one taxed line each (one taxed day line)', () => {
    const parts = [mug('1', '125.05'), mug('2', '125.06')];
    expect(dayRoundingBound(parts, [line('product', 'DAGSSALG-25', '200.00', '25')], dec('0.05')).toFixed(2)).toBe('0.11');
    // 125.05 + 125.06 = 250.11 against 200.00 + 50.00: a rounding of 0.11 is still booked.
    expect(plan(parts).lines.map(brief)).toEqual([
      { productNumber: 'DAGSSALG-25', quantity: '1', unitNetPrice: '200.00', rate: '25' },
      { productNumber: 'AFRUNDING', quantity: '1', unitNetPrice: '0.11', rate: '0' },
    ]);
  });

  it('holds a day whose rounding would be one øre more (250.12 − 250.00 = 0.12), naming the day, both amounts, the tolerance and the order beyond it', () => {
    const error = refusal([mug('1', '125.05'), mug('2', '125.07')]);
    expect(error.code).toBe('day-rounding-too-large');
    // Order 1 is 0.05 off its lines (its own tolerance), order 2 is 0.07 off: order 2 is named.
    expect(error.params).toEqual({ date: '2026-03-10', currency: 'DKK', rounding: '0.12', roundingBound: '0.11', count: '2', tolerance: '0.05', orders: '2' });
    // The day is held with the catalogue's problem, as book-days and the dry run record a PlanError.
    const { problem, retry } = failureFor(error, { number: 'dag 2026-03-10 DKK' });
    expect(retry).toBe(false);
    const d = describeProblem(problem.code, problem.params, 'da');
    expect(d.code).toBe('LB-3022');
    expect(d.message).toBe(
      'Dagsopgørelsen for 2026-03-10 (DKK) skulle have en øreafrunding på 0,12 kr., men dagens 2 ordrer og refunderinger kan højst give 0,11 kr. (den tilladte afrunding på 0,05 kr. pr. ordre og et halvt øre pr. momslinje). Ordrer, hvis linjer ikke længere giver deres total: 2. Derfor er dagen ikke bogført.',
    );
    expect(d.places).toEqual(['days.refresh', 'log.supportBundle']);
  });

  it('bounds a rounding downwards the same way: 124.88 + 125.00 = 249.88 is 0.12 short', () => {
    expect(refusal([mug('1', '124.88'), mug('2', '125.00')]).params.rounding).toBe('0.12');
  });

  it('gives zero-rated lines no half øre: one book of 40.00 allows 0.05, not 0.06', () => {
    const book = (gross: string): DayPart[] => [{ kind: 'order', number: '1', gross, lines: [line('product', 'BOG', '40.00', '0')] }];
    expect(plan(book('40.05')).predicted.rounding).toBe('0.05');
    expect(refusal(book('40.06')).params).toMatchObject({ rounding: '0.06', roundingBound: '0.05', count: '1' });
  });

  it('counts refunds as parts and scales with the profile’s tolerance: 0.10 × 2 + 4 × 0.005 = 0.22', () => {
    const tolerant = testProfile({ roundingTolerance: '0.10' });
    // An order (net 100.00 + 25.00) and a refund of a mug (−20.00 − 5.00): 100.00 after the day's one sale and one refund line.
    const refund: DayPart = { kind: 'refund', number: '0990', gross: '-25.00', lines: [line('refund', 'KRUS', '20.00', '25', '-1')] };
    expect(plan([mug('1', '125.22'), refund], tolerant).predicted.rounding).toBe('0.22');
    expect(refusal([mug('1', '125.23'), refund], tolerant).params).toMatchObject({ rounding: '0.23', roundingBound: '0.22', count: '2', tolerance: '0.10' });
  });
});

