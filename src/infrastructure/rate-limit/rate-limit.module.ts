import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';

import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import { PasswordChangeLimiter } from './password-change-limiter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * Web only: every Nest route draws on a per-client budget of RATE_LIMIT_PER_MINUTE, shared by all
 * instances through Redis; LoginAttemptLimiter and PasswordChangeLimiter are there for the login
 * and change-password handlers. See docs/adr/0008.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [{ name: 'default', limit: config.rateLimits.perMinute, ttl: 60_000 }],
        storage: new RedisThrottlerStorage(redis),
      }),
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
    LoginAttemptLimiter,
    PasswordChangeLimiter,
  ],
  exports: [LoginAttemptLimiter, PasswordChangeLimiter],
})
export class RateLimitModule {}
