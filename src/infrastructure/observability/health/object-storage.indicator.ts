import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { AppConfig } from '../../config/app-config';
import { OutboundFailure } from '../../resilience/outbound-failure';
import { ObjectStorage } from '../../storage/object-storage';

/**
 * Load balancers probe readiness every few hundred milliseconds on every instance. A bucket that
 * answered recently is taken as still there for this long, so that probes do not become S3
 * traffic of their own (s3rver answers HEAD by listing the bucket: ~70 ms of CPU per probe with a
 * few thousand objects). A failure is never remembered: the next probe asks S3 again.
 */
export const S3_PASS_REMEMBERED_MS = 10_000;

/**
 * S3 in readiness. The check goes through the `s3` breaker like every call (no probe traffic
 * while it is open: the fleet's probe decides). An S3 that is out makes the service "degraded",
 * not "down": every route that needs S3 has its fallback (503 with Retry-After, or links signed
 * locally), and taking every instance out of the balancer would turn those into no answer at all.
 */
@Injectable()
export class ObjectStorageIndicator {
  // stateless-ok: this process's last successful S3 probe, a health-check cache, never request data
  private lastPassAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async check() {
    const bucket = this.config.s3.bucket;
    const session = this.health.check('s3');
    const sinceLastPass = Date.now() - this.lastPassAt;
    if (sinceLastPass < S3_PASS_REMEMBERED_MS) {
      return session.up({ bucket, checkedMsAgo: sinceLastPass });
    }
    try {
      await this.storage.checkBucket();
    } catch (error) {
      const reason = error instanceof OutboundFailure ? error.kind : 'error';
      return session.degraded({ bucket, message: `S3 is unavailable (${reason})` });
    }
    this.lastPassAt = Date.now();
    return session.up({ bucket });
  }
}
