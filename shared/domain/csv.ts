/**
 * Semicolon-separated CSV, as Danish Excel opens it directly. One place for quoting, so every
 * export (reconciliation, a day's order list) reads the same way.
 */

/** One cell: quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A cell of text that came from a shop (a customer's name): a leading =, +, - or @ would make
 * a spreadsheet run it as a formula, so such text is opened with an apostrophe.
 */
export function csvText(value: string | null | undefined): string {
  const text = value ?? '';
  return csvCell(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

/** A row of cells already made with csvCell or csvText. */
export function csvRow(cells: string[]): string {
  return cells.join(';');
}

/** Rows joined with CRLF and a final line break, as spreadsheets expect. */
export function csvDocument(rows: string[]): string {
  return `${rows.join('\r\n')}\r\n`;
}
