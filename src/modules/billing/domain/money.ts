/**
 * Money without floating point: amounts are integers in a currency's minor unit, rates are decimal
 * strings ("0.9412"), and a conversion multiplies exact integers and rounds once, half up.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Digits after the decimal point of a currency (ISO 4217 minor unit): EUR 2, JPY 0, KWD 3. */
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
}

/** A positive rate as an exact decimal string, or undefined for anything else. */
export function decimalRateOf(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  // toString() of a double is the shortest text that reads back as it; tiny or huge ones use e-notation.
  const text = /e/i.test(String(value)) ? value.toFixed(12) : String(value);
  const [, whole, fraction = ''] = DECIMAL.exec(text)!;
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${whole}.${trimmed}` : whole;
}

export function isDecimalRate(text: string): boolean {
  return DECIMAL.test(text) && /[1-9]/.test(text);
}

/** usdCents × rate in the target's minor units, rounded half up (amounts are never negative). */
export function convertUsdCents(usdCents: number, rate: string, exponent: number): bigint {
  if (!Number.isSafeInteger(usdCents) || usdCents < 0)
    throw new RangeError(`bad cents ${usdCents}`);
  const match = DECIMAL.exec(rate);
  if (!match) throw new RangeError(`bad rate ${rate}`);
  const [, whole, fraction = ''] = match;
  const rateUnits = BigInt(whole + fraction);
  const numerator = BigInt(usdCents) * rateUnits * 10n ** BigInt(exponent);
  const denominator = 100n * 10n ** BigInt(fraction.length);
  return (2n * numerator + denominator) / (2n * denominator);
}

/** 1128n, 2 → "11.28"; 1800n, 0 → "1800". */
export function formatMinorUnits(minor: bigint, exponent: number): string {
  const digits = minor.toString().padStart(exponent + 1, '0');
  if (exponent === 0) return digits;
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
