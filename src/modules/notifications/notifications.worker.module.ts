import { Module } from '@nestjs/common';

import { InboxDelivery } from './application/deliver-notification/inbox-delivery';
import { CountCompletionsConsumer } from './consumers/count-completions.consumer';
import { DigestMembersConsumer } from './consumers/digest-members.consumer';
import { MemberAddressesConsumer } from './consumers/member-addresses.consumer';
import { NotifyAssigneeConsumer } from './consumers/notify-assignee.consumer';
import { NotifyCommentConsumer } from './consumers/notify-comment.consumer';
import { NotifyInviterConsumer } from './consumers/notify-inviter.consumer';
import { NotifySlackConsumer } from './consumers/notify-slack.consumer';
import { NotifyTaskStatusConsumer } from './consumers/notify-task-status.consumer';
import { RecordTaskPartiesConsumer } from './consumers/record-task-parties.consumer';
import { RecordTaskTitleConsumer } from './consumers/record-task-title.consumer';
import { DigestStart } from './application/start-digest/digest-start';
import { DIGEST_UNREAD_ITEMS } from './application/digest-unread-items';
import { InboxDigestItems } from './application/inbox-digest-items';
import { DigestFanOut } from './jobs/digest-fan-out';
import { InboxMailDelivery } from './jobs/inbox-mail-delivery';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { SlackDelivery } from './jobs/slack-delivery';
import { WeeklyDigestSchedule } from './jobs/weekly-digest.schedule';
import { WeeklyDigests } from './jobs/weekly-digests';
import { InboxRelay } from './live/inbox-relay';
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
    // The digest lists each member's unread `digest` notifications (docs/NOTIFICATIONS.md).
    { provide: DIGEST_UNREAD_ITEMS, useClass: InboxDigestItems },
    DigestStart,
    WeeklyDigests,
    WeeklyDigestSchedule,
    NotificationsProcessor,
    // Personal notifications (docs/NOTIFICATIONS.md, "Personal notifications").
    InboxDelivery,
    RecordTaskPartiesConsumer,
    NotifyAssigneeConsumer,
    NotifyTaskStatusConsumer,
    NotifyCommentConsumer,
    NotifyInviterConsumer,
    InboxMailDelivery,
    // Live delivery: each committed item, from Postgres NOTIFY to the user's Redis channel.
    InboxRelay,
  ],
})
export class NotificationsWorkerModule {}
