/**
 * Characters e-conomic cannot take, and those it takes but its PDFs cannot show.
 *
 * Decision: control characters (C0 except tab/newline/carriage return, DEL, C1,
 * lone surrogates, U+FFFE/U+FFFF) block the order, because e-conomic rejects them
 * and only the owner knows what the text should say. Emoji are stored by
 * e-conomic but come out as empty boxes on the invoice PDF; they only warn, and
 * the invoice planner removes them with `stripEmoji`.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_ALL = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D|\p{Emoji_Modifier})*/gu;

/**
 * Latin text with neither (tab, line breaks, printable ASCII, Latin-1 without © and ®, Latin
 * Extended, spacing modifiers): nearly every name, address and line, told by one scan.
 */
const PLAIN_LATIN = /^[\t\n\r\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u02FF]*$/;

/** True when the text has no control characters and no emoji for certain; false says nothing. */
export function isPlainLatin(text: string): boolean {
  return PLAIN_LATIN.test(text);
}

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

export function hasEmoji(text: string): boolean {
  return EMOJI.test(text);
}

/** Removes emoji (with their joiners and skin-tone modifiers) and tidies the spaces they leave. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI_ALL, '').replace(/\u200D|\uFE0F/g, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * Length checked against e-conomic's limits. How e-conomic counts is not
 * documented; UTF-16 units (what a .NET string length is) are never fewer than
 * characters, so counting them can only err on the safe side.
 */
export function textLength(text: string): number {
  return text.length;
}
