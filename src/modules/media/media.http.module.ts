import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { AttachmentViews } from './application/attachment-view';
import { CompleteUploadHandler } from './application/complete-upload/complete-upload.handler';
import { DeleteAttachmentHandler } from './application/delete-attachment/delete-attachment.handler';
import { GetAttachmentHandler } from './application/get-attachment/get-attachment.handler';
import { ListAttachmentsHandler } from './application/list-attachments/list-attachments.handler';
import { ProcessingQueue } from './application/processing-queue';
import { RequestUploadHandler } from './application/request-upload/request-upload.handler';
import { UploadImageHandler } from './application/upload-image/upload-image.handler';
import { AttachmentsController } from './http/attachments.controller';
import { TaskFilesController } from './http/task-files.controller';
import { RawUploadBodies } from './http/raw-upload-bodies';
import { MediaModule } from './media.module';

/** Attachments of tasks, of any file type: upload (presigned or streamed), read, delete. Web only. */
@Module({
  imports: [MediaModule],
  controllers: [AttachmentsController, TaskFilesController],
  providers: [
    ownedByModule('media'),
    RawUploadBodies,
    AttachmentViews,
    ProcessingQueue,
    RequestUploadHandler,
    CompleteUploadHandler,
    UploadImageHandler,
    GetAttachmentHandler,
    ListAttachmentsHandler,
    DeleteAttachmentHandler,
  ],
})
export class MediaHttpModule {}
