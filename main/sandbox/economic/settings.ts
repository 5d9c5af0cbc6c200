import { ApiError } from './errors';
import type { AccountingYear } from './records';
import { VOUCHER_NUMBERINGS, type Store, type VoucherNumbering } from './store';

/**
 * Sandbox modes (docs/contracts.md, "Sandbox modes"): POST /_sandbox/settings puts the agreement into
 * a state real agreements are in. Keys:
 *  - `accountingYears`: `[{year, fromDate, toDate, closed?}]`, e.g. a fiscal year
 *    `{"year": "2026/2027", "fromDate": "2026-07-01", "toDate": "2027-06-30"}`; replaces the list;
 *  - `agreementNumber`: what GET /self reports;
 *  - `voucherNumbers`: how POST /journals/{n}/vouchers numbers what it keeps. e-conomic answers
 *    with an array ("entries may be split over several vouchers") and promises nothing about
 *    keeping the number sent, so besides the strict reading `"as-sent"` (default: the number
 *    sent is kept) the sandbox answers as the real service may: `"renumbered"` (it numbers each
 *    voucher itself, from one above both the highest number in the journal and the highest sent)
 *    or `"split"` (a voucher of k ≥ 2 entries keeps its first ⌈k/2⌉ under the number sent, the
 *    rest go under the next free number);
 *  - `now`: an ISO time the sandbox clock jumps to (it keeps running from there), or null for the
 *    machine's time — so tests can step past the one-hour idempotency window without waiting.
 * GET /_sandbox/settings shows the current values.
 */

const YEAR = /^(19|20)\d{2}([a-j])?$|^(19|20)\d{2}\/(19|20)\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const bad = (message: string) => new ApiError(400, message, 'See POST /_sandbox/settings in the sandbox README.');

function accountingYears(value: unknown): AccountingYear[] {
  if (!Array.isArray(value) || value.length === 0) throw bad('accountingYears must be a non-empty array of {year, fromDate, toDate}.');
  const years = value.map((raw, i) => {
    const y = raw as Partial<AccountingYear>;
    if (typeof y?.year !== 'string' || !YEAR.test(y.year)) throw bad(`accountingYears[${i}].year must look like "2026" or "2026/2027".`);
    if (typeof y.fromDate !== 'string' || !DATE.test(y.fromDate) || typeof y.toDate !== 'string' || !DATE.test(y.toDate) || y.fromDate > y.toDate) {
      throw bad(`accountingYears[${i}] needs fromDate <= toDate, both YYYY-MM-DD.`);
    }
    return { year: y.year, fromDate: y.fromDate, toDate: y.toDate, ...(y.closed === true ? { closed: true } : {}) };
  });
  const sorted = [...years].sort((a, b) => a.fromDate.localeCompare(b.fromDate));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].fromDate <= sorted[i - 1].toDate) throw bad(`accounting years ${sorted[i - 1].year} and ${sorted[i].year} overlap.`);
  }
  if (new Set(years.map((y) => y.year)).size !== years.length) throw bad('two accounting years have the same name.');
  return sorted;
}

export function settingsView(store: Store) {
  return { ...store.settings, now: new Date(store.now()).toISOString() };
}

export function applySettings(store: Store, body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('The settings must be a JSON object.');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !['accountingYears', 'agreementNumber', 'voucherNumbers', 'now'].includes(k));
  if (unknown.length) throw bad(`Unknown e-conomic sandbox setting: ${unknown.join(', ')}.`);
  const next = { ...store.settings };
  if (b.accountingYears !== undefined) next.accountingYears = accountingYears(b.accountingYears);
  if (b.agreementNumber !== undefined) {
    if (!Number.isSafeInteger(b.agreementNumber) || (b.agreementNumber as number) < 1) throw bad('agreementNumber must be a positive whole number.');
    next.agreementNumber = b.agreementNumber as number;
  }
  if (b.voucherNumbers !== undefined) {
    if (!VOUCHER_NUMBERINGS.includes(b.voucherNumbers as VoucherNumbering)) throw bad(`voucherNumbers must be one of ${VOUCHER_NUMBERINGS.join(', ')}.`);
    next.voucherNumbers = b.voucherNumbers as VoucherNumbering;
  }
  let offset = store.clockOffsetMs;
  if (b.now !== undefined) {
    const at = b.now === null ? NaN : Date.parse(String(b.now));
    if (b.now !== null && Number.isNaN(at)) throw bad('now must be an ISO date-time or null.');
    offset = b.now === null ? 0 : at - (store.now() - store.clockOffsetMs);
  }
  store.settings = next;
  store.clockOffsetMs = offset;
  store.dirty = true;
}
