import { Controller, Get } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';

import { QueueConsumption } from '../../queue/queue-consumption.service';
import { BreakersIndicator } from './breakers.indicator';
import { PrimaryDatabaseIndicator } from './primary-database.indicator';
import { readinessReport } from './readiness-report';
import { RedisIndicator } from './redis.indicator';
import { ReplicaDatabaseIndicator } from './replica-database.indicator';
import { ShutdownState } from './shutdown-state';

@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
    private readonly primary: PrimaryDatabaseIndicator,
    private readonly redis: RedisIndicator,
    private readonly replica: ReplicaDatabaseIndicator,
    private readonly breakers: BreakersIndicator,
    private readonly consumption: QueueConsumption,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Ready once its dependencies answered and the selected queues are being consumed; replicas only
   * degrade (jobs that read from them fall back to the primary).
   */
  @Get('ready')
  ready() {
    return readinessReport(
      () =>
        this.health.check([
          () => this.primary.check(),
          () => this.redis.check(),
          () => this.replica.check(),
          () => this.breakers.check(),
          () => this.queuesCheck(),
        ]),
      this.shutdown.isDraining,
    );
  }

  private queuesCheck() {
    const session = this.indicators.check('queues');
    const state = this.consumption.currentState;
    return state === 'consuming' ? session.up({ state }) : session.down({ state });
  }
}
