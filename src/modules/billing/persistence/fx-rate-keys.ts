/** Redis keys of billing (the client prefixes them with REDIS_KEY_PREFIX). */
export const freshRateKey = (currency: string) => `billing:fx:fresh:${currency}`;
export const lastKnownRateKey = (currency: string) => `billing:fx:last-known:${currency}`;
