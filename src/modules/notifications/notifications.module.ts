import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SlackConnectionEntity } from './persistence/slack-connection.entity';
import { SlackDeliveryEntity } from './persistence/slack-delivery.entity';
import { TaskTitleEntity } from './persistence/task-title.entity';

/** Providers both processes share: the module's schema (`notifications`). */
@Module({
  imports: [
    TypeOrmModule.forFeature([SlackConnectionEntity, SlackDeliveryEntity, TaskTitleEntity]),
  ],
  exports: [TypeOrmModule],
})
export class NotificationsModule {}
