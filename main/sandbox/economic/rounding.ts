/**
 * e-conomic's rounding to øre, written here on its own (integer arithmetic on the decimal
 * digits) rather than with the engine's money helpers: the sandbox stands in for e-conomic,
 * and a wrong rounding rule shared by both would agree with itself. The rule is commercial
 * rounding, half away from zero: 0.005 → 0.01, −0.005 → −0.01, 0.00499 → 0.00.
 */
export function roundToOre(exact: string): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(exact);
  if (!match) throw new Error(`not a plain decimal: ${exact}`);
  const [, sign, whole, fraction = ''] = match;
  const digits = fraction.padEnd(3, '0');
  let ore = BigInt(whole) * 100n + BigInt(digits.slice(0, 2));
  if (digits[2] >= '5') ore += 1n;
  const text = `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`;
  return sign && ore !== 0n ? `-${text}` : text;
}
