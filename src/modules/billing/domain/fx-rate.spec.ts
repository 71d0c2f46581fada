import { isFxRate, readFxAnswer } from './fx-rate';

const answer = (rates: object, extra: object = {}) =>
  JSON.stringify({ amount: 1.0, base: 'USD', date: '2026-11-30', rates, ...extra });

describe('reading an FX answer', () => {
  it('takes the rate of the currency asked for, exactly, with its day', () => {
    expect(readFxAnswer(200, answer({ EUR: 0.94 }), 'EUR')).toEqual({
      kind: 'rate',
      rate: '0.94',
      date: '2026-11-30',
    });
  });

  it('hears "not offered" in a 400/404/422 or in an answer without the currency', () => {
    expect(readFxAnswer(404, '{"message":"not found"}', 'XYZ').kind).toBe('not-offered');
    expect(readFxAnswer(422, '', 'XYZ').kind).toBe('not-offered');
    expect(readFxAnswer(200, answer({ EUR: 0.94 }), 'XYZ').kind).toBe('not-offered');
  });

  it.each([
    ['another status', 302, answer({ EUR: 0.94 })],
    ['no JSON', 200, '<html>'],
    ['null', 200, 'null'],
    ['another base', 200, answer({ EUR: 0.94 }, { base: 'EUR' })],
    ['another amount', 200, answer({ EUR: 0.94 }, { amount: 10 })],
    ['a bad date', 200, answer({ EUR: 0.94 }, { date: '30.11.2026' })],
    ['no rates', 200, answer({ EUR: 0.94 }, { rates: null })],
    ['a zero rate', 200, answer({ EUR: 0 })],
    ['a text rate', 200, answer({ EUR: '0.94' })],
  ])('calls an answer with %s malformed', (_, status, body) => {
    expect(readFxAnswer(status, body, 'EUR').kind).toBe('malformed');
  });

  it('checks rates read back from storage', () => {
    const rate = { currency: 'EUR', rate: '0.94', date: '2026-11-30', fetchedAt: 'x' };
    expect(isFxRate(rate)).toBe(true);
    expect(isFxRate({ ...rate, rate: 0.94 })).toBe(false);
    expect(isFxRate({ ...rate, date: 'yesterday' })).toBe(false);
    expect(isFxRate(null)).toBe(false);
  });
});
