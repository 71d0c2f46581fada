import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AttachmentEntity } from './persistence/attachment.entity';
import { DeletedTaskEntity } from './persistence/deleted-task.entity';
import { KnownTaskEntity } from './persistence/known-task.entity';

/** Providers both processes share: the module's schema (`media`). */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity, KnownTaskEntity, DeletedTaskEntity])],
  exports: [TypeOrmModule],
})
export class MediaModule {}
