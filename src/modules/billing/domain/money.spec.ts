import {
  convertUsdCents,
  currencyExponent,
  decimalRateOf,
  formatMinorUnits,
  isDecimalRate,
} from './money';

describe('money', () => {
  it('knows how many decimals a currency has', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('reads a rate from JSON as an exact decimal string', () => {
    expect(decimalRateOf(0.94)).toBe('0.94');
    expect(decimalRateOf(156.23)).toBe('156.23');
    expect(decimalRateOf(1)).toBe('1');
    expect(decimalRateOf(1e-7)).toBe('0.0000001');
    for (const bad of [0, -1, Number.NaN, Infinity, '0.94', null]) {
      expect(decimalRateOf(bad)).toBeUndefined();
    }
  });

  it('accepts only positive decimal rates', () => {
    expect(isDecimalRate('0.94')).toBe(true);
    expect(isDecimalRate('0.00')).toBe(false);
    expect(isDecimalRate('1e3')).toBe(false);
    expect(isDecimalRate('-1')).toBe(false);
  });

  it('converts exactly where floats would not', () => {
    expect(convertUsdCents(1200, '0.94', 2)).toBe(1128n);
    expect(Math.round(100 * 1.005)).toBe(100); // 100.49999999999999: the reason for integers
    expect(convertUsdCents(100, '1.005', 2)).toBe(101n); // 1.005 exactly, half up
  });

  it('rounds once, half up, to the minor unit of the target', () => {
    expect(convertUsdCents(1200, '0.123456', 2)).toBe(148n); // 1.481472
    expect(convertUsdCents(100, '0.125', 2)).toBe(13n); // 0.125 → 0.13
    expect(convertUsdCents(100, '0.1249', 2)).toBe(12n);
    expect(convertUsdCents(1200, '156.23', 0)).toBe(1875n); // 1874.76 JPY
    expect(convertUsdCents(3000, '0.30712', 3)).toBe(9214n); // 9.2136 KWD
    expect(convertUsdCents(0, '0.94', 2)).toBe(0n);
  });

  it('refuses what is not money', () => {
    expect(() => convertUsdCents(1.5, '1', 2)).toThrow(RangeError);
    expect(() => convertUsdCents(100, '1e3', 2)).toThrow(RangeError);
  });

  it('formats minor units with the currency exponent', () => {
    expect(formatMinorUnits(1128n, 2)).toBe('11.28');
    expect(formatMinorUnits(5n, 2)).toBe('0.05');
    expect(formatMinorUnits(0n, 2)).toBe('0.00');
    expect(formatMinorUnits(1875n, 0)).toBe('1875');
    expect(formatMinorUnits(9214n, 3)).toBe('9.214');
  });
});
