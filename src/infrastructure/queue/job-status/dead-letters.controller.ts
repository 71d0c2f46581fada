import { Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBasicAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AdminGuard } from '../../../common/admin/admin.guard';
import { jobLocation } from '../job-reference';
import type { QueueName } from '../queue-names';
import { DeadLettersQueryDto, RedriveQueryDto } from './dto/dead-letters-query.dto';
import { type DeadLetter, DeadLetters } from './dead-letters';

/** Platform admins: jobs that failed for good, and putting one back to work. */
@ApiTags('admin')
@ApiBasicAuth()
@UseGuards(AdminGuard)
@Controller('admin/jobs')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get('dead')
  @ApiOkResponse({ description: 'Failed-for-good jobs, newest first' })
  async list(@Query() query: DeadLettersQueryDto): Promise<{ items: DeadLetter[] }> {
    return { items: await this.deadLetters.list(query.queue, query.limit) };
  }

  @Post(':id/redrive')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'Back in its queue with fresh attempts; follow the Location',
  })
  async redrive(
    @Param('id') id: string,
    @Query() query: RedriveQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ id: string; queue: QueueName; statusUrl: string }> {
    const queue = await this.deadLetters.redrive(id, query.queue);
    const statusUrl = jobLocation(id);
    void reply.header('Location', statusUrl);
    return { id, queue, statusUrl };
  }
}
