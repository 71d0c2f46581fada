import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import {
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerRequest,
} from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';

import { sessionOfRequest } from '../../common/auth/request-session';
import { type RateLimitCharge, SessionReader } from '../../common/auth/session-reader';
import { ScopeSlot } from '../../common/correlation/correlation-context';
import { ProblemException } from '../../common/http/problem.exception';
import { clientTrackerOf, isUnthrottled } from './client-tracker';
import { rateLimitKeysOf, rememberChargedHit } from './redis-throttler.storage';

/**
 * The library guard with tenfold's choices: one budget per client across all routes (the key is the
 * tracker alone, not route + tracker), probes skipped, and 429 as problem+json with Retry-After.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  // A property, so the library's constructor (options, storage, reflector) stays as it is.
  @Inject(SessionReader) private readonly sessions!: SessionReader;

  /** Decided on the route the router matched, like the admin guard: never on the URL as sent. */
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return isUnthrottled({ url: request.routeOptions.url, headers: request.headers });
  }

  /**
   * Reads the session and charges its hit in one Redis round trip (the session script), then lets
   * the library decide as usual: the storage answers the hit already charged. A request without a
   * live session is counted by client IP, by the storage, in a round trip of its own. Outside a
   * unit of work (no request scope to hand the hit over in) nothing is charged ahead.
   */
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const request = props.context.switchToHttp().getRequest<FastifyRequest>();
    const name = props.throttler.name ?? 'default';
    const charge = (sessionId: string): RateLimitCharge => {
      const keys = rateLimitKeysOf(name, clientTrackerOf(request, sessionId));
      return {
        counterKey: keys.counter,
        blockKey: keys.block,
        ttlMs: props.ttl,
        limit: props.limit,
        blockMs: props.blockDuration,
      };
    };
    const session = await sessionOfRequest(
      request,
      this.sessions,
      ScopeSlot.available() ? charge : undefined,
    );
    if (session?.rateLimitHit) {
      rememberChargedHit(charge(session.actor.sessionId).counterKey, session.rateLimitHit);
    }
    return super.handleRequest(props);
  }

  protected override async getTracker(request: FastifyRequest): Promise<string> {
    const session = await sessionOfRequest(request, this.sessions);
    return clientTrackerOf(request, session?.actor.sessionId);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    { limit, ttl, timeToBlockExpire }: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, timeToBlockExpire);
    throw new ProblemException({
      status: 429,
      title: 'Too Many Requests',
      detail: `More than ${limit} requests in ${ttl / 1000} s; retry after ${retryAfter} s.`,
      code: 'rate-limited',
      headers: { 'Retry-After': String(retryAfter) },
    });
  }
}
