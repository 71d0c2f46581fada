import type { HealthCheckResult } from '@nestjs/terminus';

import { ProblemException } from '../../../common/http/problem.exception';

/** Terminus throws when a required check is down; we answer that as problem+json with the checks. */
export async function readinessReport(
  run: () => Promise<HealthCheckResult>,
  isDraining: boolean,
): Promise<HealthCheckResult> {
  if (isDraining) throw notReady('The process is shutting down.', {});
  try {
    return await run();
  } catch (error) {
    const checks = (error as { getResponse?: () => unknown }).getResponse?.() ?? {};
    throw notReady('A dependency this process needs is down.', checks);
  }
}

function notReady(detail: string, checks: unknown): ProblemException {
  return new ProblemException({
    status: 503,
    title: 'Service Unavailable',
    code: 'not-ready',
    detail,
    extensions: { checks },
  });
}
