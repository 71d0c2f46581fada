import type { Readable } from 'node:stream';

import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import type { AttachmentView } from '../application/attachment-view';
import { CompleteUploadCommand } from '../application/complete-upload/complete-upload.command';
import { DeleteAttachmentCommand } from '../application/delete-attachment/delete-attachment.command';
import { GetAttachmentQuery } from '../application/get-attachment/get-attachment.query';
import { ListAttachmentsQuery } from '../application/list-attachments/list-attachments.query';
import type { ProcessingStarted } from '../application/processing-queue';
import {
  RequestUploadCommand,
  type UploadTicket,
} from '../application/request-upload/request-upload.command';
import { UploadImageCommand } from '../application/upload-image/upload-image.command';
import { RequestUploadDto } from './dto/request-upload.dto';
import { UploadImageDto } from './dto/upload-image.dto';
import { UnsupportedBody, withUploadProblems } from './media-problems';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

type Accepted = Omit<ProcessingStarted, 'location'>;

/** Image attachments of a task (docs/MEDIA.md). Viewers read; members and up upload and delete. */
@ApiTags('media')
@Controller('workspaces/:workspaceId/tasks/:taskId/attachments')
export class AttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('member')
  @ApiCreatedResponse({
    description:
      'The attachment, pending. PUT the file to `uploadUrl` with exactly `uploadHeaders` ' +
      '(Content-Type and Content-Length, covered by the signature) before `expiresAt`, then ' +
      'complete. 404 when the task is not known in the workspace.',
  })
  requestUpload(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Body() body: RequestUploadDto,
  ): Promise<UploadTicket> {
    const { fileName, contentType, size } = body;
    return withUploadProblems(
      this.commands.execute(
        new RequestUploadCommand({
          workspaceId,
          actorId: actor.userId,
          taskId,
          file: { fileName, contentType, size },
        }),
      ),
    );
  }

  @Post(':attachmentId/complete')
  @HttpCode(202)
  @Auth('member')
  async complete(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Accepted> {
    const started = await withUploadProblems(
      this.commands.execute(
        new CompleteUploadCommand({ workspaceId, actorId: actor.userId, taskId, attachmentId }),
      ),
    );
    return accepted(reply, started);
  }

  @Post('upload')
  @HttpCode(202)
  @Auth('member')
  @ApiConsumes('image/png', 'image/jpeg', 'image/webp', 'image/gif')
  async upload(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Query() query: UploadImageDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Accepted> {
    const body = request.body as Readable | undefined;
    if (!body || typeof (body as Partial<Readable>).pipe !== 'function') {
      throw new UnsupportedBody();
    }
    const length = request.headers['content-length'];
    const command = new UploadImageCommand({
      workspaceId,
      actorId: actor.userId,
      taskId,
      fileName: query.fileName,
      body,
      contentLength: length === undefined ? null : Number(length),
    });
    return accepted(reply, await withUploadProblems(this.commands.execute(command)));
  }

  @Get()
  @Auth('viewer')
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
  ): Promise<{ items: AttachmentView[] }> {
    return this.queries.execute(new ListAttachmentsQuery({ workspaceId, taskId }));
  }

  @Get(':attachmentId')
  @Auth('viewer')
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('attachmentId') attachmentId: string,
  ): Promise<AttachmentView> {
    return this.queries.execute(new GetAttachmentQuery({ workspaceId, taskId, attachmentId }));
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Auth('member')
  async delete(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('attachmentId') attachmentId: string,
  ): Promise<void> {
    await this.commands.execute(
      new DeleteAttachmentCommand({ workspaceId, actorId: actor.userId, taskId, attachmentId }),
    );
  }
}

function accepted(reply: FastifyReply, started: ProcessingStarted): Accepted {
  void reply.header('Location', started.location);
  return { jobId: started.jobId, attachmentId: started.attachmentId };
}
