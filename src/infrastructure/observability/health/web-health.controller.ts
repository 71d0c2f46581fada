import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { FastifyRequest } from 'fastify';

import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { ObjectStorageIndicator } from './object-storage.indicator';
import { BreakersIndicator } from './breakers.indicator';
import { PrimaryDatabaseIndicator } from './primary-database.indicator';
import { LivenessStatus, ReadinessStatus } from './probe-answers';
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
  @ApiOperation({
    operationId: 'checkLiveness',
    summary: 'Check that the process is alive',
    description:
      'Public probe. The process is up and its event loop turns; says nothing about dependencies.',
  })
  @ApiOkResponse({ type: LivenessStatus })
  live(): LivenessStatus {
    return { status: 'ok' };
  }

  /**
   * Primary and Redis are required; S3 out or a missing replica only degrades (S3's routes have
   * fallbacks). Everyone gets the status
   * (200 or 503); platform admins also get each check's details.
   */
  @Get('ready')
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'Check that the process can take traffic',
    description:
      'Public probe for load balancers. Primary and Redis are required (else 503, also while ' +
      'shutting down); S3 out, a missing replica or an open breaker only degrades. Platform ' +
      'admins (Basic credentials or their session, optional) also get each check; anyone ' +
      'else only the status.',
  })
  @ApiOkResponse({ type: ReadinessStatus })
  @ApiProblems({ 503: ['not-ready'] })
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
