import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { HeartbeatEntity } from './persistence/heartbeat.entity';

/** Providers both processes share: the module's schema and its repository. */
@Module({
  imports: [TypeOrmModule.forFeature([HeartbeatEntity])],
  exports: [TypeOrmModule],
})
export class SystemModule {}
