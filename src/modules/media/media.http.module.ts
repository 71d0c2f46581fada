import { Module } from '@nestjs/common';

/** Image attachments of tasks: upload (presigned or streamed), read, delete. Web only. */
@Module({})
export class MediaHttpModule {}
