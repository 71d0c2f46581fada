import type { HealthCheckResult } from '@nestjs/terminus';

import { ProblemException } from '../../../common/http/problem.exception';

/**
 * Terminus throws when a required check is down; we answer that as problem+json. The checks
 * themselves (`details`, `checks`) go only to callers allowed to see them: `withDetails`.
 */
export async function readinessReport(
  run: () => Promise<HealthCheckResult>,
  isDraining: boolean,
  withDetails = true,
): Promise<HealthCheckResult | Pick<HealthCheckResult, 'status'>> {
  if (isDraining) throw notReady('The process is shutting down.', withDetails ? {} : undefined);
  let result: HealthCheckResult;
  try {
    result = await run();
  } catch (error) {
    const checks = (error as { getResponse?: () => unknown }).getResponse?.() ?? {};
    throw notReady('A dependency this process needs is down.', withDetails ? checks : undefined);
  }
  return withDetails ? result : { status: result.status };
}

function notReady(detail: string, checks: unknown): ProblemException {
  return new ProblemException({
    status: 503,
    title: 'Service Unavailable',
    code: 'not-ready',
    detail,
    extensions: checks === undefined ? {} : { checks },
  });
}
