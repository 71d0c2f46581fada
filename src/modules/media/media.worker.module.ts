import { Module } from '@nestjs/common';

import { ProcessImageProcessor } from './jobs/process-image.processor';
import { MediaModule } from './media.module';

/** Processes uploaded images into their variants (media queue). Worker only. */
@Module({
  imports: [MediaModule],
  providers: [ProcessImageProcessor],
})
export class MediaWorkerModule {}
