import type { Job } from 'bullmq';

import { OutboundFailure } from '../resilience/outbound-failure';
import type { BreakerRegistry } from '../resilience/breaker-registry';
import { postponeJob } from './postpone-job';

/**
 * For a job whose call to `dependency` failed: when the failure says the dependency is down, hands
 * the job back "delayed" until about the fleet's next probe, without using an attempt (throws the
 * DelayedError BullMQ expects); otherwise returns, and the caller throws the error as an attempt's
 * failure. Down means: the breaker was open, so the call was not made; or this very failure opened
 * it, or was the fleet's probe and opened it again. Charging an attempt for those would let a long
 * outage fail jobs for good, one probe at a time, though nothing is wrong with them.
 */
export async function postponeWhileDependencyDown(
  job: Job,
  error: unknown,
  dependency: string,
  breakers: BreakerRegistry,
  resetMs: number,
): Promise<void> {
  if (!(error instanceof OutboundFailure) || error.dependency !== dependency) return;
  if (error.isCircuitOpen) {
    await postponeJob(job, error.details.retryAfterMs ?? resetMs, `${dependency} circuit open`);
  }
  if (breakers.stateOf(dependency) === 'open') {
    await postponeJob(
      job,
      breakers.retryAfterMs(dependency) || resetMs,
      `${dependency} circuit opened by this call`,
    );
  }
}
