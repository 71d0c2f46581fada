import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { AppConfig } from '../../config/app-config';

@Injectable()
export class ObjectStorageIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly s3: S3Client,
    private readonly config: AppConfig,
  ) {}

  check() {
    return this.health
      .check('s3')
      .attempt(async ({ signal }) => {
        await this.s3.send(new HeadBucketCommand({ Bucket: this.config.s3.bucket }), {
          abortSignal: signal,
        });
        return { bucket: this.config.s3.bucket };
      })
      .withTimeout(2_000);
  }
}
