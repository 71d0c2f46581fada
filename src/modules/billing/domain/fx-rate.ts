import { decimalRateOf, isDecimalRate } from './money';

/** Units of `currency` per 1 USD, for the day `date` (YYYY-MM-DD), obtained at `fetchedAt`. */
export interface FxRate {
  currency: string;
  rate: string;
  date: string;
  fetchedAt: string;
}

export const BASE_CURRENCY = 'USD';

/** What one answer of the FX API (Frankfurter's format) says about one currency. */
export type FxAnswer =
  | { kind: 'rate'; rate: string; date: string }
  | { kind: 'not-offered' }
  | { kind: 'malformed'; why: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `{"amount":1.0,"base":"USD","date":"2026-11-30","rates":{"EUR":0.94}}`. A 400, 404 or 422, or
 * a well-formed answer without the currency, means the API does not offer it.
 */
export function readFxAnswer(status: number, body: string, currency: string): FxAnswer {
  if ([400, 404, 422].includes(status)) return { kind: 'not-offered' };
  if (status !== 200) return { kind: 'malformed', why: `status ${status}` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'malformed', why: 'not JSON' };
  }
  const answer = (json ?? {}) as {
    amount?: unknown;
    base?: unknown;
    date?: unknown;
    rates?: unknown;
  };
  if (answer.base !== BASE_CURRENCY) return { kind: 'malformed', why: 'base is not USD' };
  if (answer.amount !== undefined && answer.amount !== 1)
    return { kind: 'malformed', why: 'amount is not 1' };
  if (typeof answer.date !== 'string' || !isDay(answer.date))
    return { kind: 'malformed', why: 'no valid date' };
  if (typeof answer.rates !== 'object' || answer.rates === null)
    return { kind: 'malformed', why: 'no rates' };
  if (!Object.hasOwn(answer.rates, currency)) return { kind: 'not-offered' };
  const rate = decimalRateOf((answer.rates as Record<string, unknown>)[currency]);
  if (!rate) return { kind: 'malformed', why: `rate of ${currency} is not a positive number` };
  return { kind: 'rate', rate, date: answer.date };
}

/** For rates read back from storage: the same promises as a fresh answer. */
export function isFxRate(value: unknown): value is FxRate {
  const rate = value as Partial<FxRate> | null;
  return (
    typeof rate?.currency === 'string' &&
    typeof rate.rate === 'string' &&
    isDecimalRate(rate.rate) &&
    typeof rate.date === 'string' &&
    isDay(rate.date) &&
    typeof rate.fetchedAt === 'string'
  );
}

function isDay(text: string): boolean {
  return DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
