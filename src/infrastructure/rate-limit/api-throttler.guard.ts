import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';

import { sessionOfRequest } from '../../common/auth/request-session';
import { SessionReader } from '../../common/auth/session-reader';
import { ProblemException } from '../../common/http/problem.exception';
import { clientTrackerOf, isUnthrottled } from './client-tracker';

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

  protected override async getTracker(request: FastifyRequest): Promise<string> {
    const session = await sessionOfRequest(request, this.sessions);
    return clientTrackerOf(request, session?.sessionId);
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
