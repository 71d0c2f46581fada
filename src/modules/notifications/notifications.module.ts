import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DailyCompletionsEntity } from './persistence/daily-completions.entity';
import { DigestEntity } from './persistence/digest.entity';
import { DigestMemberEntity } from './persistence/digest-member.entity';
import { DigestRecipientEntity } from './persistence/digest-recipient.entity';
import { InboxItemEntity } from './persistence/inbox-item.entity';
import { InboxTaskEntity } from './persistence/inbox-task.entity';
import { NotificationPreferenceEntity } from './persistence/notification-preference.entity';
import { SlackConnectionEntity } from './persistence/slack-connection.entity';
import { SlackDeliveryEntity } from './persistence/slack-delivery.entity';
import { TaskTitleEntity } from './persistence/task-title.entity';

/** Providers both processes share: the module's schema (`notifications`). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SlackConnectionEntity,
      SlackDeliveryEntity,
      TaskTitleEntity,
      DigestMemberEntity,
      DigestEntity,
      DigestRecipientEntity,
      DailyCompletionsEntity,
      InboxItemEntity,
      InboxTaskEntity,
      NotificationPreferenceEntity,
    ]),
  ],
  exports: [TypeOrmModule],
})
export class NotificationsModule {}
