import { S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';

import type { AppConfig } from '../config/app-config';
import { dependencySettingsOf } from '../resilience/dependency-settings';
import { S3_DEPENDENCY } from './s3-dependency';

/** A stall in a body being read, after ObjectStorage's deadline has handed it over (ADR 0004). */
const SOCKET_IDLE_MS = 60_000;

/**
 * The SDK's own log lines. Without a logger it writes some to the console (e.g. "An error was
 * encountered in a non-retryable streaming request." on every failed upload); the failure itself
 * reaches the caller, the breaker and its metrics, so these lines are kept at debug level.
 */
function sdkLogger() {
  const logger = new Logger('S3Client');
  const debug = (...content: unknown[]) => logger.debug(content.map(String).join(' '));
  return { trace: () => undefined, debug, info: debug, warn: debug, error: debug };
}

/**
 * One S3 client for S3, MinIO and the local s3rver. Checksums only "when required": s3rver stores
 * streamed uploads with their chunk framing otherwise. One attempt, and no timeout but the
 * connect's and a long idle backstop: retries and the per-call timeout belong to the `s3` breaker
 * in ObjectStorage, so that they do not stack (docs/adr/0004-s3-client-settings.md).
 */
export function createS3Client(config: AppConfig): S3Client {
  return new S3Client({
    endpoint: config.s3.endpoint,
    region: config.s3.region,
    forcePathStyle: config.s3.forcePathStyle,
    credentials: {
      accessKeyId: config.s3.accessKeyId,
      secretAccessKey: config.s3.secretAccessKey,
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
    logger: sdkLogger(),
    requestHandler: {
      connectionTimeout: dependencySettingsOf(config, S3_DEPENDENCY).timeoutMs,
      socketTimeout: SOCKET_IDLE_MS,
    },
  });
}
