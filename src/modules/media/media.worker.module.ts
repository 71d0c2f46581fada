import { Module } from '@nestjs/common';

/** Processes uploaded images into their variants (media queue). Worker only. */
@Module({})
export class MediaWorkerModule {}
