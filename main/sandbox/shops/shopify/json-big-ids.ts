/**
 * Shopify sends ids as JSON numbers that exceed 2^53 (e.g. 9007199254740993123).
 * `JSON.parse` would silently round them, so integer literals longer than 15 digits
 * are turned into strings before parsing. Strings in the text are left alone.
 */
export function parseJsonKeepingBigInts(text: string): unknown {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      let j = i + 1;
      while (j < text.length && /[0-9.eE+-]/.test(text[j])) j++;
      const literal = text.slice(i, j);
      out += /^-?\d{16,}$/.test(literal) ? `"${literal}"` : literal;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return JSON.parse(out);
}
