import { S3Client } from '@aws-sdk/client-s3';

import type { AppConfig } from '../config/app-config';

/**
 * One S3 client for S3, MinIO and the local s3rver. Checksums only "when required": s3rver stores
 * streamed uploads with their chunk framing otherwise (see docs/adr/0004-s3-client-settings.md).
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
    maxAttempts: 2,
  });
}
