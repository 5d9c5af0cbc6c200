/**
 * e-conomic's self-link encoding of string ids (restdocs "Custom resource self-link encoding"):
 * a few characters become `_n_` codes, everything else is standard URL-encoded.
 */
const CODES: Array<[string, string]> = [
  ['<', '_0_'], ['>', '_1_'], ['*', '_2_'], ['%', '_3_'], [':', '_4_'], ['&', '_5_'], ['/', '_6_'],
  ['\\', '_7_'], ['_', '_8_'], [' ', '_9_'], ['?', '_10_'], ['.', '_11_'], ['#', '_12_'], ['+', '_13_'],
];
const ENCODE = new Map(CODES);
const DECODE = new Map(CODES.map(([ch, code]) => [code, ch]));

export function encodeProductNumber(productNumber: string): string {
  let out = '';
  for (const ch of productNumber) out += ENCODE.get(ch) ?? encodeURIComponent(ch);
  return out;
}

/** Decodes a path segment. Percent-decoding comes first so that `_n_` codes survive intact. */
export function decodeProductNumber(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // a lone '%' is not valid percent-encoding; take the segment literally
  }
  return text.replace(/_(\d{1,2})_/g, (code) => DECODE.get(code) ?? code);
}
