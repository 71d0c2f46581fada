import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';

import { ObjectStorageIndicator } from './object-storage.indicator';
import { BreakersIndicator } from './breakers.indicator';
import { PrimaryDatabaseIndicator } from './primary-database.indicator';
import { readinessReport } from './readiness-report';
import { RedisIndicator } from './redis.indicator';
import { ReplicaDatabaseIndicator } from './replica-database.indicator';
import { ShutdownState } from './shutdown-state';

@ApiTags('health')
@Controller('health')
export class WebHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly shutdown: ShutdownState,
    private readonly primary: PrimaryDatabaseIndicator,
    private readonly replica: ReplicaDatabaseIndicator,
    private readonly breakers: BreakersIndicator,
    private readonly redis: RedisIndicator,
    private readonly s3: ObjectStorageIndicator,
  ) {}

  /** The process is up and its event loop turns; says nothing about dependencies. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Primary, Redis and S3 are required; a missing replica only degrades. */
  @Get('ready')
  ready() {
    return readinessReport(
      () =>
        this.health.check([
          () => this.primary.check(),
          () => this.redis.check(),
          () => this.s3.check(),
          () => this.replica.check(),
          () => this.breakers.check(),
        ]),
      this.shutdown.isDraining,
    );
  }
}
