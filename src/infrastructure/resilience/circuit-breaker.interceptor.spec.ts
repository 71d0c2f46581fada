import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { ModuleRef, Reflector } from '@nestjs/core';
import { firstValueFrom, of, throwError } from 'rxjs';

import { ProblemException } from '../../common/http/problem.exception';
import type { BreakerRegistry } from './breaker-registry';
import type { BreakerStateName } from './breaker-state-name';
import type { CircuitBreakerRoute, CircuitFallback } from './circuit-breaker-route';
import { CircuitBreakerInterceptor } from './circuit-breaker.interceptor';
import { OutboundFailure } from './outbound-failure';

class LastKnownRates implements CircuitFallback {
  async answer() {
    return { rate: 0.9, stale: true };
  }
}

describe('CircuitBreakerInterceptor', () => {
  let state: BreakerStateName;
  let handlerCalls: number;
  let headers: Record<string, string>;
  const context = {
    getHandler: () => () => undefined,
    switchToHttp: () => ({
      getRequest: () => ({}),
      getResponse: () => ({ header: (name: string, value: string) => (headers[name] = value) }),
    }),
  } as unknown as ExecutionContext;

  function interceptor(route: CircuitBreakerRoute | undefined) {
    const reflector = { get: () => route } as unknown as Reflector;
    const breakers = {
      stateOf: () => state,
      retryAfterMs: () => 4_200,
    } as unknown as BreakerRegistry;
    const modules = { get: () => new LastKnownRates() } as unknown as ModuleRef;
    return new CircuitBreakerInterceptor(reflector, breakers, modules);
  }
  const handler = (answer: () => unknown): CallHandler => ({
    handle: () => {
      handlerCalls++;
      try {
        return of(answer());
      } catch (error) {
        return throwError(() => error);
      }
    },
  });

  beforeEach(() => {
    state = 'closed';
    handlerCalls = 0;
    headers = {};
  });

  it('lets the route answer while the breaker is closed', async () => {
    const route = { dependency: 'fx-rates', fallback: LastKnownRates };
    const answer = interceptor(route).intercept(
      context,
      handler(() => ({ rate: 0.94 })),
    );
    await expect(firstValueFrom(answer)).resolves.toEqual({ rate: 0.94 });
    expect(handlerCalls).toBe(1);
  });

  it('answers with the fallback while open, without running the route', async () => {
    state = 'open';
    const route = { dependency: 'fx-rates', fallback: LastKnownRates };
    const answer = interceptor(route).intercept(
      context,
      handler(() => ({ rate: 0.94 })),
    );
    await expect(firstValueFrom(answer)).resolves.toEqual({ rate: 0.9, stale: true });
    expect(handlerCalls).toBe(0);
  });

  it('answers 503 with Retry-After while open when the route has no fallback', async () => {
    state = 'open';
    const answer = interceptor({ dependency: 'fx-rates' }).intercept(
      context,
      handler(() => 1),
    );
    const problem = await firstValueFrom(answer).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(ProblemException);
    expect((problem as ProblemException).problem).toMatchObject({
      status: 503,
      code: 'dependency-unavailable',
      headers: { 'Retry-After': '5' },
    });
  });

  it('falls back when the dependency fails during the route, and only for its own dependency', async () => {
    const route = { dependency: 'fx-rates', fallback: LastKnownRates };
    const timeout = new OutboundFailure('timeout', 'fx-rates', 'no answer within 2000 ms');
    const answer = interceptor(route).intercept(
      context,
      handler(() => {
        throw timeout;
      }),
    );
    await expect(firstValueFrom(answer)).resolves.toEqual({ rate: 0.9, stale: true });

    const otherDependency = new OutboundFailure('timeout', 'slack', 'no answer');
    const passThrough = interceptor(route).intercept(
      context,
      handler(() => {
        throw otherDependency;
      }),
    );
    await expect(firstValueFrom(passThrough)).rejects.toBe(otherDependency);
  });

  it('lets a route that answers from what is known run while open, and marks its answer', async () => {
    const route = { dependency: 's3', answersFromWhatIsKnown: true };
    const closed = interceptor(route).intercept(
      context,
      handler(() => ({ downloadUrl: 'signed' })),
    );
    await expect(firstValueFrom(closed)).resolves.toEqual({ downloadUrl: 'signed' });
    expect(headers).toEqual({});

    state = 'open';
    const open = interceptor(route).intercept(
      context,
      handler(() => ({ downloadUrl: 'signed' })),
    );
    await expect(firstValueFrom(open)).resolves.toEqual({ downloadUrl: 'signed' });
    expect(handlerCalls).toBe(2);
    expect(headers).toEqual({ 'Dependency-Unavailable': 's3' });
  });
});
