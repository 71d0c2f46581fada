import { DynamicModule, Module } from '@nestjs/common';

import { AppConfig } from '../infrastructure/config/app-config';
import { ConfigModule } from '../infrastructure/config/config.module';
import { DatabaseModule } from '../infrastructure/database/database.module';
import { MetricsModule } from '../infrastructure/observability/metrics/metrics.module';
import { DeadLetters } from '../infrastructure/queue/job-status/dead-letters';
import { JobQueues } from '../infrastructure/queue/job-status/job-queues';
import { QueueModule } from '../infrastructure/queue/queue.module';
import { RedisModule } from '../infrastructure/redis/redis.module';
import { SecretsModule } from '../infrastructure/secrets/secrets.module';
import { SessionStore } from '../modules/identity/sessions/session-store';
import { PlatformAdmins } from './admins/platform-admins';
import { CLI_COMMANDS } from './cli-commands';
import { DeadOutboxRows } from './outbox/dead-outbox-rows';
import { SealedValues } from './secrets/sealed-values';

/**
 * What the operator commands need and nothing more: Postgres, Redis, the BullMQ queues as a
 * producer sees them, the secrets box. No HTTP server, no processors, no outbox relay, no event
 * consumers: a command runs next to the fleet without taking any of its work.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        // QueueModule's queue gauges and the replica monitor register metrics; nothing serves them.
        MetricsModule,
        DatabaseModule.forRoot({ applicationName: 'tenfold-cli', connectLater: false }),
        RedisModule,
        QueueModule,
        SecretsModule,
      ],
      providers: [
        // The services behind the admin routes, reused as they are (JobStatusModule is web-only).
        JobQueues,
        DeadLetters,
        SessionStore,
        DeadOutboxRows,
        SealedValues,
        PlatformAdmins,
        ...CLI_COMMANDS.filter((command) => !command.spec.withoutContext),
      ],
    };
  }
}
