import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Redis from 'ioredis';
import { defer, lastValueFrom, type Observable, of } from 'rxjs';

import { REDIS } from '../../../infrastructure/redis/redis.tokens';
import { answerFromRecord } from './answer-from-record';
import { idempotencyKeyOf } from './idempotency-key-header';
import type { FinishedRecord } from './idempotency-record';
import { idempotencyScopeOf } from './idempotency-scope';
import { type Claim, IdempotencyStore } from './idempotency.store';
import { failedRecord, succeededRecord } from './record-outcome';
import { requestFingerprint } from './request-fingerprint';

/**
 * Runs a creating request at most once per Idempotency-Key (see docs/adr/0007-idempotency-keys.md).
 * Use it through @Idempotent().
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly store: IdempotencyStore;

  // Nest resolves an interceptor in the module of the controller using it. Depending only on the
  // global REDIS client means any module can use @Idempotent() without importing anything.
  constructor(@Inject(REDIS) redis: Redis) {
    this.store = new IdempotencyStore(redis);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = idempotencyKeyOf(request);
    if (key === undefined) return next.handle();
    const fingerprint = requestFingerprint({
      method: request.method,
      path: request.url.split('?')[0],
      body: request.body,
    });
    const outcome = await this.store.claim(idempotencyScopeOf(request), key, fingerprint);
    if ('existing' in outcome) return of(answerFromRecord(outcome.existing, fingerprint, reply));
    return defer(() => this.executeOnce(outcome.claimed, fingerprint, reply, next));
  }

  private async executeOnce(
    claim: Claim,
    fingerprint: string,
    reply: FastifyReply,
    next: CallHandler,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      const failed = failedRecord(fingerprint, error);
      await (failed ? this.keep(claim, failed) : this.release(claim));
      throw error;
    }
    // Kept before the answer leaves, so a client that retries after seeing it gets the replay.
    await this.keep(claim, succeededRecord(fingerprint, reply, body));
    return body;
  }

  // The handler's work is done either way: a Redis failure here is logged, never turned into an
  // error that would make the client retry work that already happened. The claim expires instead.
  private async keep(claim: Claim, record: FinishedRecord): Promise<void> {
    try {
      if (await this.store.finish(claim, record)) return;
      this.logger.warn('A request outlived its idempotency claim; its answer was not kept');
    } catch (error) {
      this.logger.error({ err: error }, 'Could not keep the answer of an idempotent request');
    }
  }

  private async release(claim: Claim): Promise<void> {
    try {
      await this.store.release(claim);
    } catch (error) {
      this.logger.error({ err: error }, 'Could not release an idempotency key after a failure');
    }
  }
}
