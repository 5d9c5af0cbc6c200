/**
 * JSON.parse for WooCommerce answers. PHP writes 64-bit integers as bare JSON numbers, and
 * JSON.parse would silently round any beyond 2^53 (an order id 9007199254740993 becomes
 * ...992). Such integer literals are turned into strings before parsing; everything else is
 * parsed as usual.
 */
export function parseWooJson(text: string): unknown {
  if (!/\d{16,}/.test(text)) return JSON.parse(text);
  let out = '';
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let j = c === 45 ? i + 1 : i;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const next = text[j];
      const integer = next !== '.' && next !== 'e' && next !== 'E';
      const literal = text.slice(i, j);
      if (integer && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(copied, i)}"${literal}"`;
        copied = j;
      }
      while (j < n && /[0-9.eE+-]/.test(text[j])) j++;
      i = j;
      continue;
    }
    i++;
  }
  return JSON.parse(out + text.slice(copied));
}
