import { Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBasicAuth,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AdminGuard } from '../../../common/admin/admin.guard';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { jobLocation } from '../job-reference';
import { DeadLettersQueryDto, RedriveQueryDto } from './dto/dead-letters-query.dto';
import { DeadLetterList, RedrivenJob } from './dead-letter';
import { DeadLetters } from './dead-letters';
import { jobLocationHeader } from '../../../common/http/openapi/job-location.header';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { Paged } from '../../../common/pagination/paged.decorator';
import { deadLetterPositionOf } from './dead-letter-position';

/** Platform admins: jobs that failed for good, and putting one back to work. */
@ApiTags('admin')
@ApiBasicAuth('basic')
@ApiBearerAuth('bearer')
// AdminGuard's refusals (src/common/admin): no or wrong credentials, a session of a user who is
// not a platform admin, and too many wrong Basic credentials from one client.
@ApiProblems({
  401: ['admin-authentication-required'],
  403: ['platform-admin-required'],
  429: ['too-many-admin-credential-failures'],
})
@UseGuards(AdminGuard)
@Controller('admin/jobs')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get('dead')
  @ApiOperation({
    operationId: 'listDeadLetters',
    summary: 'List jobs that failed for good',
    description:
      'Platform admins. Jobs whose attempts are used up (kept 14 days), newest first, across ' +
      'one queue or all; `limit` per page, the next in `nextCursor` and `Link` (docs/API.md, ' +
      '"Lists").',
  })
  @ApiOkResponse({
    type: DeadLetterList,
    description: 'Failed-for-good jobs, newest first: one page',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('page')
  list(@Query() query: DeadLettersQueryDto): Promise<DeadLetterList> {
    return this.deadLetters.list(query.queue, query.limit, deadLetterPositionOf(query.cursor));
  }

  @Post(':id/redrive')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'redriveDeadLetter',
    summary: 'Put a dead job back to work',
    description:
      'Platform admins. The job goes back to `waiting` in its queue with its attempts reset; ' +
      '202 with Location `/v1/jobs/{id}`. 409 when the job is not (or no longer) failed.',
  })
  @ApiAcceptedResponse({
    type: RedrivenJob,
    description: 'Back in its queue with fresh attempts; follow the Location',
    headers: { Location: jobLocationHeader('reports') },
  })
  @ApiProblems({ 404: ['job-not-found'], 409: ['job-not-dead'] })
  async redrive(
    @Param('id') id: string,
    @Query() query: RedriveQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedrivenJob> {
    const queue = await this.deadLetters.redrive(id, query.queue);
    const statusUrl = jobLocation(id);
    void reply.header('Location', statusUrl);
    return { id, queue, statusUrl };
  }
}
