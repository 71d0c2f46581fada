import { Module } from '@nestjs/common';

import { HeartbeatProcessor } from './jobs/heartbeat.processor';
import { SystemModule } from './system.module';

@Module({
  imports: [SystemModule],
  providers: [HeartbeatProcessor],
})
export class SystemWorkerModule {}
