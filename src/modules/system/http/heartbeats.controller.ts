import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBasicAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AdminGuard } from '../../../common/admin/admin.guard';
import { JobWaitDto } from '../../../infrastructure/queue/job-status/dto/job-wait.dto';
import { GetHeartbeatQuery } from '../application/get-heartbeat/get-heartbeat.query';
import type { HeartbeatStatus } from '../application/get-heartbeat/heartbeat-status';
import { RequestHeartbeatCommand } from '../application/request-heartbeat/request-heartbeat.command';
import { RequestHeartbeatDto } from './dto/request-heartbeat.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** Platform diagnostic: a real job through web → Redis → worker → Postgres and back. */
@ApiTags('system')
@ApiBasicAuth()
@UseGuards(AdminGuard)
@Controller('system/heartbeats')
export class HeartbeatsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Queued; poll the Location for the result' })
  async request(
    @Body() body: RequestHeartbeatDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ id: string; statusUrl: string }> {
    const { jobId } = await this.commands.execute(
      new RequestHeartbeatCommand({ holdMs: body.holdMs }),
    );
    const statusUrl = `/v1/system/heartbeats/${jobId}`;
    void reply.header('Location', statusUrl);
    return { id: jobId, statusUrl };
  }

  @Get(':id')
  @ApiOkResponse({ description: 'State, progress and result of the heartbeat job' })
  async status(@UuidParam('id') id: string, @Query() wait: JobWaitDto): Promise<HeartbeatStatus> {
    const status = await this.queries.execute(
      new GetHeartbeatQuery({ jobId: id, waitMs: wait.waitMs }),
    );
    if (!status) throw new NotFoundException(`No heartbeat job ${id}`);
    return status;
  }
}
