import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { FastifyRequest } from 'fastify';

import { ObjectStorageIndicator } from './object-storage.indicator';
import { BreakersIndicator } from './breakers.indicator';
import { PrimaryDatabaseIndicator } from './primary-database.indicator';
import { ReadinessAudience } from './readiness-audience';
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
    private readonly audience: ReadinessAudience,
  ) {}

  /** The process is up and its event loop turns; says nothing about dependencies. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Primary, Redis and S3 are required; a missing replica only degrades. Everyone gets the status
   * (200 or 503); platform admins also get each check's details.
   */
  @Get('ready')
  async ready(@Req() request: FastifyRequest) {
    const withDetails = await this.audience.mayReadDetails(request);
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
      withDetails,
    );
  }
}
