import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { AppConfig } from '../../config/app-config';

/**
 * Load balancers probe readiness every few hundred milliseconds on every instance. A bucket that
 * answered recently is taken as still there for this long, so that probes do not become S3
 * traffic of their own (s3rver answers HEAD by listing the bucket: ~70 ms of CPU per probe with a
 * few thousand objects). A failure is never remembered: the next probe asks S3 again.
 */
export const S3_PASS_REMEMBERED_MS = 10_000;

@Injectable()
export class ObjectStorageIndicator {
  // stateless-ok: this process's last successful S3 probe, a health-check cache, never request data
  private lastPassAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly s3: S3Client,
    private readonly config: AppConfig,
  ) {}

  async check() {
    const bucket = this.config.s3.bucket;
    const sinceLastPass = Date.now() - this.lastPassAt;
    if (sinceLastPass < S3_PASS_REMEMBERED_MS) {
      return this.health.check('s3').up({ bucket, checkedMsAgo: sinceLastPass });
    }
    return this.health
      .check('s3')
      .attempt(async ({ signal }) => {
        await this.s3.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: signal });
        this.lastPassAt = Date.now();
        return { bucket };
      })
      .withTimeout(2_000);
  }
}
