/**
 * Everything the CLI prints goes through here, because much of it is shop data (order
 * numbers, customer names, error texts from the shop) that anyone who can place an order
 * controls. A terminal acts on control characters instead of showing them: ESC starts
 * sequences that move the cursor, rewrite earlier lines, set the window title or, in some
 * terminals, answer back into the input. Bidirectional overrides reorder what is shown.
 * So all of them are printed escaped, as visible text (`\x1b`, `\u202e`); only the line
 * breaks the CLI writes itself stay line breaks.
 */

// C0 controls except the line feed, DEL, the C1 controls (U+009B alone is a CSI in many
// terminals), and the Unicode bidi marks, embeddings, overrides and isolates.
const UNSAFE_IN_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// JSON.stringify already escapes U+0000–U+001F; the rest of the list above it leaves as is.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\r': '\\r' };

function hex(char: string, width: number): string {
  return char.charCodeAt(0).toString(16).padStart(width, '0');
}

/** The text with every character a terminal would act on written out as an escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** JSON with the characters JSON.stringify leaves raw escaped too; it parses to the same value. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}

export function print(text: string): void {
  process.stdout.write(terminalSafe(text));
}

export function printError(text: string): void {
  process.stderr.write(terminalSafe(text));
}

export function printJson(value: unknown): void {
  process.stdout.write(`${terminalSafeJson(value)}\n`);
}
