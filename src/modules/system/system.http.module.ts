import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { GetHeartbeatHandler } from './application/get-heartbeat/get-heartbeat.handler';
import { RequestHeartbeatHandler } from './application/request-heartbeat/request-heartbeat.handler';
import { HeartbeatsController } from './http/heartbeats.controller';
import { SystemModule } from './system.module';

@Module({
  imports: [SystemModule],
  controllers: [HeartbeatsController],
  providers: [ownedByModule('system'), RequestHeartbeatHandler, GetHeartbeatHandler],
})
export class SystemHttpModule {}
