import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Auth } from '../../../common/auth/auth.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { dependencyUnavailableHeader } from '../../../common/http/openapi/dependency-unavailable.header';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { DEPENDENCY_UNAVAILABLE_HEADER } from '../../../infrastructure/resilience/circuit-breaker-route';
import { CircuitBreaker } from '../../../infrastructure/resilience/circuit-breaker.decorator';
import { S3_DEPENDENCY } from '../../../infrastructure/storage/s3-dependency';
import { TaskFileList, TaskFileView } from '../application/attachment-view';
import { GetAttachmentQuery } from '../application/get-attachment/get-attachment.query';
import { ListAttachmentsQuery } from '../application/list-attachments/list-attachments.query';

/**
 * A task's files of every type. Uploads and deletes go through the attachment routes; these read
 * routes exist beside v1's attachment reads because those released `contentType` as an image-type
 * enum, which a PDF would break (docs/API.md, "What counts as breaking"; docs/MEDIA.md).
 */
@ApiTags('media')
@Controller('workspaces/:workspaceId/tasks/:taskId/files')
export class TaskFilesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Auth('viewer')
  @CircuitBreaker(S3_DEPENDENCY, { answersFromWhatIsKnown: true })
  @ApiOperation({
    operationId: 'listTaskFiles',
    summary: "List a task's files of any type",
    description:
      'Every attachment, images included, with its media type as stored. Oldest first, a page ' +
      'at a time (`limit`, `cursor`: docs/API.md, "Lists"). A task unknown in the workspace has none.',
  })
  @ApiOkResponse({
    type: TaskFileList,
    description: 'A page of files',
    headers: { [DEPENDENCY_UNAVAILABLE_HEADER]: dependencyUnavailableHeader(S3_DEPENDENCY) },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @Query() page: PageQueryDto,
  ): Promise<TaskFileList> {
    return this.queries.execute(
      new ListAttachmentsQuery({
        workspaceId,
        taskId,
        scope: 'any',
        limit: page.limit,
        cursor: page.cursor,
      }),
    );
  }

  @Get(':fileId')
  @Auth('viewer')
  @CircuitBreaker(S3_DEPENDENCY, { answersFromWhatIsKnown: true })
  @ApiOperation({
    operationId: 'getTaskFile',
    summary: 'Get a file of any type, with fresh download URLs',
    description: 'The same attachment as `getAttachment` (same id), for files of every type.',
  })
  @ApiOkResponse({
    type: TaskFileView,
    description: 'The file',
    headers: { [DEPENDENCY_UNAVAILABLE_HEADER]: dependencyUnavailableHeader(S3_DEPENDENCY) },
  })
  @ApiProblems({ 404: ['attachment-not-found'] })
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('taskId') taskId: string,
    @UuidParam('fileId') attachmentId: string,
  ): Promise<TaskFileView> {
    return this.queries.execute(
      new GetAttachmentQuery({ workspaceId, taskId, attachmentId, scope: 'any' }),
    );
  }
}
