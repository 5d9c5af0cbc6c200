import { describe, expect, it } from 'vitest';
import { openAccountingYearOf, yearEndingWithoutNext } from '../../../../main/connectors/economic/accounting-years';

/** An agreement's years as GET /accounting-years lists them (calendar years, or a fiscal year July–June). */
const Y2026 = { year: '2026', fromDate: '2026-01-01', toDate: '2026-12-31' };
const Y2027 = { year: '2027', fromDate: '2027-01-01', toDate: '2027-12-31' };
const FISCAL = { year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' };

describe('the open accounting year of a day', () => {
  it('is the open year whose period holds the day; a closed year holds none', () => {
    expect(openAccountingYearOf([Y2026, Y2027], '2026-12-31')?.year).toBe('2026');
    expect(openAccountingYearOf([Y2026, Y2027], '2027-01-01')?.year).toBe('2027');
    expect(openAccountingYearOf([{ ...Y2026, closed: true }, Y2027], '2026-12-31')).toBeUndefined();
    expect(openAccountingYearOf([Y2026], '2027-01-01')).toBeUndefined();
  });
});

describe('a year that ends soon without the next one', () => {
  it('is 2026 on 8 December (23 days left) when 2027 is not created', () => {
    expect(yearEndingWithoutNext([Y2026], '2026-12-08')?.year).toBe('2026');
  });

  it('is none once 2027 exists, and none on 15 November (46 days left)', () => {
    expect(yearEndingWithoutNext([Y2026, Y2027], '2026-12-08')).toBeUndefined();
    expect(yearEndingWithoutNext([Y2026], '2026-11-15')).toBeUndefined();
  });

  it('is 2026 when 2027 exists but is closed: nothing can be booked in it either', () => {
    expect(yearEndingWithoutNext([Y2026, { ...Y2027, closed: true }], '2026-12-20')?.year).toBe('2026');
  });

  it('follows a fiscal year: 2026/2027 on 10 June 2027, ending 30 June', () => {
    expect(yearEndingWithoutNext([FISCAL], '2027-06-10')?.year).toBe('2026/2027');
    expect(yearEndingWithoutNext([FISCAL], '2026-12-10')).toBeUndefined();
  });

  it('is none on a day no open year holds (that is LB-3002, not a warning)', () => {
    expect(yearEndingWithoutNext([Y2026], '2027-01-02')).toBeUndefined();
  });
});
