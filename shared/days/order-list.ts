import { csvAmount, csvDocument, csvText, DECIMAL_MARK, type CsvCell } from '../i18n/csv';
import type { Lang } from '../i18n/lang';
import { dec, money, sum } from '../domain/money';

/**
 * One line of a day's order list (postingUnit "day"): an order booked in the day's summary, or
 * a refund booked in it (negative). Amounts are decimal strings with a point. The list is fixed
 * as CSV when the day is frozen; the CSV, the PDF, the app and the accountant's mail are all made
 * from these rows, so they can never disagree.
 */
export interface OrderListRow {
  kind: 'order' | 'refund';
  number: string;
  /** The shop-local date, YYYY-MM-DD. */
  date: string;
  customer: string;
  total: string;
  vat: string;
  paymentMethod: string;
}

const HEADER: Record<Lang, readonly string[]> = {
  da: ['type', 'ordrenummer', 'dato', 'kunde', 'total', 'moms', 'betalingsmetode'],
  en: ['type', 'order_number', 'date', 'customer', 'total', 'vat', 'payment_method'],
};

const KIND: Record<Lang, Record<OrderListRow['kind'], string>> = {
  da: { order: 'ordre', refund: 'refundering' },
  en: { order: 'order', refund: 'refund' },
};

/**
 * The rows as CSV in the owner's language. A CSV is read by a spreadsheet, not by eye: its
 * amounts carry the language's decimal mark and no thousands separator, as every other CSV the
 * app exports (orders, reconciliation, OSS: DECIMAL_MARK) — "1250,00" in a Danish list,
 * "1250.00" in an English one — with semicolons and the header in the same language.
 */
export function orderListCsvOf(rows: readonly OrderListRow[], lang: Lang): string {
  const mark = DECIMAL_MARK[lang];
  const cells: CsvCell[][] = [[...HEADER[lang]]];
  for (const row of rows) {
    cells.push([KIND[lang][row.kind], csvText(row.number), row.date, csvText(row.customer), csvAmount(row.total, mark), csvAmount(row.vat, mark), csvText(row.paymentMethod)]);
  }
  return csvDocument(cells);
}

/** Splits CSV text into records of cells: semicolons, quotes doubled inside quoted cells, CRLF or LF. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** Undoes csvText's guard: an apostrophe put before text a spreadsheet would run as a formula. */
function shopText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The language of an order list's header, which is the owner's language when the day closed. */
function headerLanguage(header: readonly string[] | undefined): Lang {
  const lang = (Object.keys(HEADER) as Lang[]).find((l) => HEADER[l].join(';') === header?.join(';'));
  if (!lang) throw new Error('not an order list: unknown header');
  return lang;
}

/**
 * The rows of an order list as it was fixed, in either language, with either decimal mark (lists
 * fixed in English before amounts followed the language have a decimal comma). Throws on a
 * file that is not an order list.
 */
export function readOrderList(csv: string): OrderListRow[] {
  const [header, ...records] = csvRecords(csv);
  const lang = headerLanguage(header);
  return records.map((cells) => {
    const [kind, number, date, customer, total, vat, paymentMethod] = cells;
    if (cells.length !== HEADER[lang].length) throw new Error(`not an order list: a row of ${cells.length} cells`);
    const known = (Object.keys(KIND[lang]) as OrderListRow['kind'][]).find((k) => KIND[lang][k] === kind);
    if (!known) throw new Error(`not an order list: unknown type "${kind}"`);
    return { kind: known, number: shopText(number), date, customer: shopText(customer), total: total.replace(',', '.'), vat: vat.replace(',', '.'), paymentMethod: shopText(paymentMethod) };
  });
}

/**
 * The decimal mark a fixed order list's amounts are written with, as its first amount shows
 * (an empty list: its language's), so a mail can say how to open the very file it attaches.
 */
export function orderListDecimalMark(csv: string): 'comma' | 'point' {
  const [header, first] = csvRecords(csv);
  const lang = headerLanguage(header);
  const total = first?.[4];
  return total === undefined ? DECIMAL_MARK[lang] : total.includes(',') ? 'comma' : 'point';
}

export interface OrderListSummary {
  orders: number;
  refunds: number;
  /** The first and last order number of the day's orders (refunds may be of older orders), or null with none. */
  firstNumber: string | null;
  lastNumber: string | null;
  /** Σ total: the day invoice's gross. */
  total: string;
  vat: string;
}

/** Counts, order number range and sums of the rows (kept in the order the shop numbers them). */
export function summariseOrderList(rows: readonly OrderListRow[]): OrderListSummary {
  const orders = rows.filter((r) => r.kind === 'order');
  return {
    orders: orders.length,
    refunds: rows.length - orders.length,
    firstNumber: orders[0]?.number ?? null,
    lastNumber: orders.at(-1)?.number ?? null,
    total: money(sum(rows.map((r) => dec(r.total)))),
    vat: money(sum(rows.map((r) => dec(r.vat)))),
  };
}
