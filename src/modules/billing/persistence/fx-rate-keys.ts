/** Redis keys of billing (the client prefixes them with REDIS_KEY_PREFIX). */
export const freshRateKey = (currency: string) => `billing:fx:fresh:${currency}`;
export const lastKnownRateKey = (currency: string) => `billing:fx:last-known:${currency}`;
/** A currency the FX API said it does not offer, remembered for FX_UNKNOWN_CURRENCY_CACHE_SECONDS. */
export const unknownCurrencyKey = (currency: string) => `billing:fx:unknown:${currency}`;
