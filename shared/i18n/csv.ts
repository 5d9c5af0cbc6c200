import type { Lang } from './lang';

/**
 * CSV the way a Danish spreadsheet opens it directly: semicolon-separated, CRLF line
 * ends, and (by default) a decimal comma in amounts. Pure text, for the app's exports
 * and the command line alike.
 */
export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text that came from a shop (a customer's name): a leading =, +, - or @ would make a
 * spreadsheet run it as a formula, so such text is opened with an apostrophe.
 */
export function csvText(value: string | null | undefined): string {
  const text = value ?? '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(';');
}

/** A decimal string for the spreadsheet: "1234,50" with a decimal comma, "1234.50" with a point. */
export function csvAmount(value: string, decimal: 'comma' | 'point' = 'comma'): string {
  return decimal === 'point' ? value : value.replace('.', ',');
}

/** The decimal mark each language writes amounts with, in exports and on the terminal. */
export const DECIMAL_MARK: Record<Lang, 'comma' | 'point'> = { da: 'comma', en: 'point' };

/** Rows (the first one the header) as one CSV document. */
export function csvDocument(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `${rows.map(csvRow).join('\r\n')}\r\n`;
}

/**
 * A CSV document as the file a spreadsheet opens: led by the UTF-8 byte-order mark, without
 * which Excel reads the file in the PC's ANSI code page and shows "Søren Ærø" as "SÃ¸ren Ã†rÃ¸".
 */
export function csvFile(csv: string): string {
  return `\uFEFF${csv}`;
}
