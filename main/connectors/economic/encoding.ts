/**
 * e-conomic's two string encodings: the escape rules of the `filter=` query language and the
 * self-link encoding of string ids (product numbers). Both are documented in restdocs
 * ("Filtering" and "Custom resource self-link encoding").
 */

/**
 * Escapes a value for use after `$eq:` etc. so that `$ ( ) * ,` are literal characters. Square
 * brackets stay as they are: e-conomic publishes `$[`/`$]` as escapes but does not honour them
 * (a filter with them parses and matches nothing), while a bare bracket matches itself.
 */
export function filterValue(v: string): string {
  return v.replace(/[$()*,]/g, (ch) => `$${ch}`);
}

const SELF_LINK_CODES: Record<string, string> = {
  '<': '_0_',
  '>': '_1_',
  '*': '_2_',
  '%': '_3_',
  ':': '_4_',
  '&': '_5_',
  '/': '_6_',
  '\\': '_7_',
  _: '_8_',
  ' ': '_9_',
  '?': '_10_',
  '.': '_11_',
  '#': '_12_',
  '+': '_13_',
};

/**
 * Encodes a product number for the URL path the way e-conomic builds its own self links:
 * "My Awesome Product_Discount5%" → "My_9_Awesome_9_Product_8_Discount5_3_". One pass, so the
 * underscores produced by the codes are never encoded again.
 */
export function encodeProductNumber(n: string): string {
  let out = '';
  for (const ch of n) out += SELF_LINK_CODES[ch] ?? encodeURIComponent(ch);
  return out;
}

/** Builds `path?a=b&c=d` with strict percent-encoding (spaces as %20, never '+'). */
export function withQuery(path: string, query?: Record<string, string | number | undefined>): string {
  if (!query) return path;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  if (parts.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}`;
}
