import { Module } from '@nestjs/common';

import { PurgeDeletedTasksConsumer } from './consumers/purge-deleted-tasks.consumer';
import { RecordKnownTaskConsumer } from './consumers/record-known-task.consumer';
import { MediaProcessor } from './jobs/media.processor';
import { PendingUploadSweep } from './jobs/pending-upload-sweep';
import { PendingUploadSweepSchedule } from './jobs/pending-upload-sweep.schedule';
import { ProcessImage } from './jobs/process-image';
import { PurgeDeletedTasks } from './jobs/purge-deleted-tasks';
import { MediaModule } from './media.module';

/**
 * Processes uploaded files (images into their variants), sweeps uploads never completed and purges
 * deleted tasks' attachments (media queue); learns which tasks exist, and which are gone, from
 * projects' events. Worker only.
 */
@Module({
  imports: [MediaModule],
  providers: [
    RecordKnownTaskConsumer,
    PurgeDeletedTasksConsumer,
    ProcessImage,
    PurgeDeletedTasks,
    PendingUploadSweep,
    PendingUploadSweepSchedule,
    MediaProcessor,
  ],
})
export class MediaWorkerModule {}
