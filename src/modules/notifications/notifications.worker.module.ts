import { Module } from '@nestjs/common';

import { CountCompletionsConsumer } from './consumers/count-completions.consumer';
import { DigestMembersConsumer } from './consumers/digest-members.consumer';
import { MemberAddressesConsumer } from './consumers/member-addresses.consumer';
import { NotifySlackConsumer } from './consumers/notify-slack.consumer';
import { RecordTaskTitleConsumer } from './consumers/record-task-title.consumer';
import { DigestStart } from './application/start-digest/digest-start';
import { DigestFanOut } from './jobs/digest-fan-out';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { SlackDelivery } from './jobs/slack-delivery';
import { WeeklyDigestSchedule } from './jobs/weekly-digest.schedule';
import { WeeklyDigests } from './jobs/weekly-digests';
import { NotificationsModule } from './notifications.module';

/**
 * Reacts to task completions with a Slack message, keeps the digest's members and counts, and
 * runs the notifications queue's jobs (Slack messages, digest fan-outs), and keeps the weekly
 * digest's Job Scheduler.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    RecordTaskTitleConsumer,
    NotifySlackConsumer,
    DigestMembersConsumer,
    MemberAddressesConsumer,
    CountCompletionsConsumer,
    SlackDelivery,
    DigestFanOut,
    DigestStart,
    WeeklyDigests,
    WeeklyDigestSchedule,
    NotificationsProcessor,
  ],
})
export class NotificationsWorkerModule {}
