import { Module } from '@nestjs/common';

/** Reacts to task completions with a Slack message, sent by a job on the notifications queue. */
@Module({})
export class NotificationsWorkerModule {}
