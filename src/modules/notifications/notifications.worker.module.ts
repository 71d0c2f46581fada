import { Module } from '@nestjs/common';

import { NotifySlackConsumer } from './consumers/notify-slack.consumer';
import { RecordTaskTitleConsumer } from './consumers/record-task-title.consumer';
import { SlackNotificationProcessor } from './jobs/slack-notification.processor';
import { NotificationsModule } from './notifications.module';

/** Reacts to task completions with a Slack message, sent by a job on the notifications queue. */
@Module({
  imports: [NotificationsModule],
  providers: [RecordTaskTitleConsumer, NotifySlackConsumer, SlackNotificationProcessor],
})
export class NotificationsWorkerModule {}
