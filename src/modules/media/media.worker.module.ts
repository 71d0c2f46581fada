import { Module } from '@nestjs/common';

import { RecordKnownTaskConsumer } from './consumers/record-known-task.consumer';
import { MediaProcessor } from './jobs/media.processor';
import { PendingUploadSweep } from './jobs/pending-upload-sweep';
import { PendingUploadSweepSchedule } from './jobs/pending-upload-sweep.schedule';
import { ProcessImage } from './jobs/process-image';
import { MediaModule } from './media.module';

/**
 * Processes uploaded images into their variants and sweeps uploads never completed (media queue);
 * learns which tasks exist from projects' events. Worker only.
 */
@Module({
  imports: [MediaModule],
  providers: [
    RecordKnownTaskConsumer,
    ProcessImage,
    PendingUploadSweep,
    PendingUploadSweepSchedule,
    MediaProcessor,
  ],
})
export class MediaWorkerModule {}
