import type { Readable } from 'node:stream';

import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { dependencyUnavailableHeader } from '../../../common/http/openapi/dependency-unavailable.header';
import { DEPENDENCY_UNAVAILABLE_HEADER } from '../../../infrastructure/resilience/circuit-breaker-route';
import { CircuitBreaker } from '../../../infrastructure/resilience/circuit-breaker.decorator';
import { S3_DEPENDENCY } from '../../../infrastructure/storage/s3-dependency';
import { AttachmentList, AttachmentView, isImageAttachment } from '../application/attachment-view';
import { CompleteUploadCommand } from '../application/complete-upload/complete-upload.command';
import { DeleteAttachmentCommand } from '../application/delete-attachment/delete-attachment.command';
import { GetAttachmentQuery } from '../application/get-attachment/get-attachment.query';
import { ListAttachmentsQuery } from '../application/list-attachments/list-attachments.query';
import { AttachmentProcessingAccepted } from '../application/processing-accepted-view';
import type { ProcessingStarted } from '../application/processing-queue';
import {
  RequestUploadCommand,
  UploadTicket,
} from '../application/request-upload/request-upload.command';
import { UploadImageCommand } from '../application/upload-image/upload-image.command';
import { IMAGE_TYPES } from '../domain/image-type';
import { AttachmentNotFound } from '../domain/media.errors';
import { MAX_UPLOAD_BYTES } from '../domain/media-limits';
import { RequestUploadDto } from './dto/request-upload.dto';
import { UploadImageDto } from './dto/upload-image.dto';
import { jobLocationHeader } from '../../../common/http/openapi/job-location.header';
import { UnsupportedBody, withUploadProblems } from './media-problems';
import { declaredContentTypeOf, RAW_UPLOAD_BODY } from './raw-upload-bodies';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/**
 * Attachments of a task, of any file type (docs/MEDIA.md). Viewers read; members and up upload and
 * delete.
 */
@ApiTags('media')
@Controller('workspaces/:workspaceId/tasks/:taskId/attachments')
export class AttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  // Signing is local, but a URL to a bucket that is out would leave a pending row behind.
  @Post()
  @Auth('member')
  @CircuitBreaker(S3_DEPENDENCY)
  @ApiOperation({
    operationId: 'requestAttachmentUpload',
    summary: 'Announce an attachment and get a URL to upload it to',
    description:
      'The first step of a presigned upload: PUT the file to `uploadUrl` with exactly ' +
      '`uploadHeaders` (Content-Type and Content-Length, covered by the signature) before ' +
      '`expiresAt`, then complete the upload (`completeAttachmentUpload`). Any file type; the ' +
      'file name is sanitised. An attachment never ' +
      'completed is removed some time after it was announced (60 minutes by default). While ' +
      'object storage is out: 503 `dependency-unavailable` with `Retry-After`, nothing written.',
  })
  @ApiCreatedResponse({
    type: UploadTicket,
    description: 'The attachment, pending, and where to upload its file',
  })
  @ApiProblems({
    404: ['task-not-found'],
    413: ['image-too-large'],
    503: ['dependency-unavailable'],
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
  @CircuitBreaker(S3_DEPENDENCY)
  @ApiOperation({
    operationId: 'completeAttachmentUpload',
    summary: 'Complete a presigned upload and start processing the file',
    description:
      'Checks that the stored file is the announced one (size, stored type), takes the type its ' +
      'first bytes say (correcting the announced one), then starts a job that makes the ' +
      'variants of an image, or marks another file ready: follow it at `Location`. A stored file ' +
      'that is not the announced one (413, 422) is deleted with its attachment: announce it ' +
      'again; so is one whose task was deleted meanwhile (404). Completing again answers the ' +
      'same job. While object storage is out: 503 `dependency-unavailable` with ' +
      '`Retry-After`; the attachment stays pending, to be completed again.',
  })
  @ApiAcceptedResponse({
    type: AttachmentProcessingAccepted,
    description: 'Processing started',
    headers: { Location: jobLocationHeader('media') },
  })
  @ApiProblems({
    404: ['attachment-not-found', 'task-not-found'],
    409: ['upload-missing', 'upload-url-expired'],
    413: ['image-too-large'],
    // No longer answered (any type is accepted, corrected by its bytes); v1 published it.
    415: ['unsupported-image-type'],
    422: ['upload-does-not-match'],
    503: ['dependency-unavailable'],
  })
  async complete(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentProcessingAccepted> {
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
  @CircuitBreaker(S3_DEPENDENCY)
  @RouteConfig(RAW_UPLOAD_BODY)
  @ApiOperation({
    operationId: 'uploadAttachment',
    summary: 'Upload a file as the request body and start processing it',
    description:
      'The body is the file itself (not multipart), of any type, with a `Content-Length` ' +
      "header. The file's type is the one its first bytes say when they say one, else the " +
      'Content-Type sent. Nothing is stored on a refusal. Then a job makes the variants of an ' +
      'image, or marks another file ready: follow it at `Location`. While object storage is ' +
      'out: 503 `dependency-unavailable` with `Retry-After` at once (the body is not read), ' +
      'and nothing is stored.',
  })
  // The four image types first: v1 listed them, and clients generated from it pick one.
  @ApiConsumes(...IMAGE_TYPES, 'application/octet-stream', '*/*')
  @ApiBody({
    required: true,
    description: `A file of at least 1 and at most ${MAX_UPLOAD_BYTES} bytes, of any type.`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiAcceptedResponse({
    type: AttachmentProcessingAccepted,
    description: 'Stored; processing started',
    headers: { Location: jobLocationHeader('media') },
  })
  @ApiProblems({
    400: ['empty-file'],
    404: ['task-not-found'],
    411: ['length-required'],
    413: ['image-too-large'],
    415: ['unsupported-image-type'],
    503: ['dependency-unavailable'],
  })
  async upload(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Query() query: UploadImageDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentProcessingAccepted> {
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
      declaredType: declaredContentTypeOf(request),
      body,
      contentLength: length === undefined ? null : Number(length),
    });
    return accepted(reply, await withUploadProblems(this.commands.execute(command)));
  }

  @Get()
  @Auth('viewer')
  @CircuitBreaker(S3_DEPENDENCY, { answersFromWhatIsKnown: true })
  @ApiOperation({
    operationId: 'listAttachments',
    summary: "List a task's image attachments",
    description:
      'Image files only (their `contentType` is one of the image types, as v1 released it); ' +
      '`listTaskFiles` lists files of every type. Oldest first, a page at a time (`limit`, ' +
      '`cursor`: docs/API.md, "Lists"). A task unknown in the workspace has none.',
  })
  @ApiOkResponse({
    type: AttachmentList,
    description: 'A page of attachments',
    headers: { [DEPENDENCY_UNAVAILABLE_HEADER]: dependencyUnavailableHeader(S3_DEPENDENCY) },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  async list(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Query() page: PageQueryDto,
  ): Promise<AttachmentList> {
    const { items, nextCursor } = await this.queries.execute(
      new ListAttachmentsQuery({
        workspaceId,
        taskId,
        scope: 'images',
        limit: page.limit,
        cursor: page.cursor,
      }),
    );
    // The query kept image files only; the filter states it for the type checker.
    return { items: items.filter(isImageAttachment), nextCursor };
  }

  @Get(':attachmentId')
  @Auth('viewer')
  @CircuitBreaker(S3_DEPENDENCY, { answersFromWhatIsKnown: true })
  @ApiOperation({
    operationId: 'getAttachment',
    summary: 'Get an image attachment, with fresh download URLs',
    description:
      'Read from the primary: poll it after uploading to see the status change. A file that is ' +
      'not an image is `404` here and answered by `getTaskFile`. Download URLs are signed ' +
      'locally: answered while object storage is out too, marked `Dependency-Unavailable: s3`.',
  })
  @ApiOkResponse({
    type: AttachmentView,
    description: 'The attachment',
    headers: { [DEPENDENCY_UNAVAILABLE_HEADER]: dependencyUnavailableHeader(S3_DEPENDENCY) },
  })
  @ApiProblems({ 404: ['attachment-not-found'] })
  async get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('attachmentId') attachmentId: string,
  ): Promise<AttachmentView> {
    const view = await this.queries.execute(
      new GetAttachmentQuery({ workspaceId, taskId, attachmentId, scope: 'images' }),
    );
    if (!isImageAttachment(view)) throw new AttachmentNotFound();
    return view;
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @Auth('member')
  @CircuitBreaker(S3_DEPENDENCY)
  @ApiOperation({
    operationId: 'deleteAttachment',
    summary: 'Delete an attachment and its files',
    description:
      'While object storage is out: 503 `dependency-unavailable` with `Retry-After`, and ' +
      'nothing is deleted.',
  })
  @ApiNoContentResponse({ description: 'The attachment and its files are deleted' })
  @ApiProblems({ 404: ['attachment-not-found'], 503: ['dependency-unavailable'] })
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

function accepted(reply: FastifyReply, started: ProcessingStarted): AttachmentProcessingAccepted {
  void reply.header('Location', started.location);
  return { jobId: started.jobId, attachmentId: started.attachmentId };
}
