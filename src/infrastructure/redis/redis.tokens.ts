/** DI token of the shared, key-prefixed ioredis client. */
export const REDIS = Symbol('REDIS');
