import { describe, expect, it } from 'vitest';
import { canTransfer, validateOrder } from '../../../main/validation';
import { CATALOGUE, describe as describeProblem } from '../../../shared/errors';
import { badOrders, goodOrders } from '../../../scripts/reliability/bad-orders/corpus';

const corpus = badOrders();
const PLACEHOLDER_OR_UNDEFINED = /\{[a-zA-Z]+\}|\bundefined\b|\bNaN\b/;

describe('the bad-order corpus', () => {
  it('has at least 50 distinct bad orders', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s → its catalogue code', (_name, bad) => {
    const problems = validateOrder(bad.order, bad.context);
    expect(problems.map((p) => p.code)).toContain(bad.expectedCode);
    for (const p of problems) {
      for (const lang of ['da', 'en'] as const) {
        const d = describeProblem(p.code, p.params, lang);
        expect(d.title + d.message + d.fix, `${p.code} ${lang}`).not.toMatch(PLACEHOLDER_OR_UNDEFINED);
      }
      // Every message names the order the owner must look at (connectivity problems excepted).
      if (CATALOGUE[p.code].params.includes('orderNumber')) expect(p.params.orderNumber).toBe(bad.order.number);
    }
  });

  it('stops the order for every fault except the warnings it can live with (emoji stripped, unknown status)', () => {
    const passing = new Set<string>();
    for (const bad of corpus) {
      const blocked = !canTransfer(validateOrder(bad.order, bad.context));
      expect(blocked, bad.name).toBe(CATALOGUE[bad.expectedCode].blocksOrder);
      if (!blocked) passing.add(bad.expectedCode);
    }
    expect([...passing].sort()).toEqual(['LB-1013', 'LB-1018']);
  });

  it('finds no problem in good orders validated in the same batch', () => {
    const batch = [...goodOrders().map((g) => ({ ...g, good: true })), ...corpus.map((b) => ({ ...b, good: false }))];
    for (const item of batch) {
      const problems = validateOrder(item.order, item.context);
      if (item.good) expect(problems, item.name).toEqual([]);
      else expect(problems.length, item.name).toBeGreaterThan(0);
    }
  });

  it('reports both numbers when the totals do not add up', () => {
    const bad = corpus.find((c) => c.name === 'order total does not add up')!;
    const p = validateOrder(bad.order, bad.context).find((x) => x.code === 'LB-1008')!;
    expect(p.params).toMatchObject({ shopTotal: '43.30', computedTotal: '33.30' });
    expect(describeProblem(p.code, p.params).message).toContain('43,30 USD');
    expect(describeProblem(p.code, p.params).message).toContain('33,30 USD');
  });

  it('names the too-long field in plain words with its maximum', () => {
    const bad = corpus.find((c) => c.name === 'customer name of 300 characters')!;
    const p = validateOrder(bad.order, bad.context).find((x) => x.code === 'LB-1011')!;
    expect(describeProblem(p.code, p.params, 'en').message).toBe(
      `Order ${bad.order.number}: the customer's name on the invoice is 300 characters long, but e-conomic allows at most 250.`,
    );
  });

  it('never throws, even for an order whose data is not what the model promises', () => {
    const bad = corpus[0];
    const broken = { ...bad.order, lines: [{ ...bad.order.lines[0], total: 'not money', tax: undefined as unknown as string }], totals: undefined as unknown as typeof bad.order.totals };
    const problems = validateOrder(broken, bad.context);
    expect(problems.some((p) => p.code === 'LB-9001')).toBe(true);
  });
});
