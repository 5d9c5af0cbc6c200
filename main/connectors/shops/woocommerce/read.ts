import { readDecimal, dec, money, moneyOfRead, type Amount, type Dec } from '../../../../shared/domain/money';
import type { NormalizationFinding } from '../../../../shared/domain/order';
import { idText } from '../shop-json';
import { startsWithCalendarSecond } from '../../../../shared/domain/calendar-second';

/**
 * WooCommerce's own readers, beside those every shop's JSON shares (../shop-json.ts): ids where
 * 0 means none, amounts with the findings of one order, HTML entities, GMT dates without a zone.
 */

/** Like idText, but WooCommerce's 0 ("none", e.g. variation_id) becomes null. */
export function optionalId(value: unknown): string | null {
  const id = idText(value);
  return id === '' || id === '0' ? null : id;
}

export class FindingLog {
  readonly findings: NormalizationFinding[] = [];

  add(finding: NormalizationFinding): void {
    this.findings.push(finding);
  }

  /** Reads an amount (string or number); unreadable values count as 0 and are reported. */
  amount(value: unknown, field: string): Dec {
    if (value === null || value === undefined || value === '') return dec(0);
    const amount = readDecimal(value);
    if (amount) return amount;
    this.add({ code: 'invalid-amount', field, message: `${field} is not a number: ${JSON.stringify(value)}; read as 0`, actual: String(value) });
    return dec(0);
  }

  /** money(amount(value, field)): an amount the shop already wrote as money() does is taken as it is. */
  money(value: unknown, field: string): Amount {
    return moneyOfRead(value) ?? money(this.amount(value, field));
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  times: '×', hellip: '…', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
};

/** WooCommerce returns product and method names HTML-escaped ("Ship Your Idea &ndash; Black"). */
export function decodeEntities(value: string): string {
  // Nearly every name and address has no entity at all: no regex scan for those.
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * WooCommerce's *_gmt dates have no zone suffix ("2017-03-22T19:28:08"); they are UTC.
 * Returns ISO 8601 with 'Z' and whole seconds, or null when the value is not a date.
 */
export function gmtIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // WooCommerce's own form names a second that exists as it is: that second with 'Z', without
  // parsing and printing a Date (four dates per order). Anything else goes the long way.
  if (isWholeUtcSecond(value)) return `${value}Z`;
  if (value.trim() === '') return null;
  const raw = value.trim();
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(raw);
  const ms = Date.parse(hasZone ? raw : `${raw.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) return null;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * True for WooCommerce's form of a date ("YYYY-MM-DDTHH:MM:SS", no zone) that is a real
 * calendar second, which Date would print back unchanged; Date.parse rolls the rest over
 * (Feb 30 → Mar 2, 24:00 → the next day) and gmtIso keeps doing so for them.
 */
function isWholeUtcSecond(text: string): boolean {
  return text.length === 19 && startsWithCalendarSecond(text);
}
