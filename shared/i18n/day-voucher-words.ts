import type { Lang } from './lang';

/** A day's journal voucher as e-conomic answered it: its first number, and every one when it split the day. */
export interface DayVoucherNumbers {
  voucherNumber: number;
  /** Every voucher e-conomic split the day over, in order; absent when it is one. */
  voucherNumbers?: number[];
}

const AND: Record<Lang, string> = { da: 'og', en: 'and' };

/**
 * The day's voucher numbers as a sentence names them, the same on the Days screen and in the
 * accountant's mail: "17", or "17 og 18" ("17 and 18") when e-conomic split the day — a bare
 * comma would run into the journal that follows ("bilag 17, 18, kassekladde 1").
 */
export function voucherNumbersText(v: DayVoucherNumbers, lang: Lang): string {
  const all = v.voucherNumbers ?? [v.voucherNumber];
  return all.length === 1 ? String(all[0]) : `${all.slice(0, -1).join(', ')} ${AND[lang]} ${all[all.length - 1]}`;
}
