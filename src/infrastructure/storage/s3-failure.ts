import { OutboundFailure } from '../resilience/outbound-failure';
import { S3_DEPENDENCY } from './s3-dependency';
import type { S3Deadline } from './s3-deadline';

/** Statuses that say S3 is unwell (throttled, erroring), as OutboundHttp's retryable ones. */
const FAILURE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

interface SdkError {
  $metadata?: { httpStatusCode?: number };
}

/** The S3 status code of an SDK error, when S3 answered at all. */
export function s3StatusOf(error: unknown): number | undefined {
  return (error as SdkError).$metadata?.httpStatusCode;
}

/**
 * An S3 call's error as the breaker should see it: an OutboundFailure (which counts against S3)
 * when S3 was out of time, unreachable or unwell; the SDK's error unchanged when S3 answered
 * (404, 403, 416: answers for the caller) or when the body's source failed (a client that went
 * away mid-upload says nothing about S3, and must not be able to open the fleet's breaker).
 */
export function s3FailureOf(error: unknown, deadline: S3Deadline): unknown {
  if (deadline.sourceFailed) return error;
  if (deadline.expired) {
    return new OutboundFailure('timeout', S3_DEPENDENCY, (deadline.signal.reason as Error).message);
  }
  // The SDK's own errors carry $metadata; a bug of the caller's does not, and counts for nothing.
  if (!(error instanceof Error) || !(error as SdkError).$metadata) return error;
  const status = s3StatusOf(error);
  if (status === undefined) {
    // No answer: refused, reset, DNS, TLS.
    return new OutboundFailure('network', S3_DEPENDENCY, error.message);
  }
  if (FAILURE_STATUS.has(status)) {
    return new OutboundFailure('status', S3_DEPENDENCY, `answered ${status}`, { status });
  }
  return error;
}
