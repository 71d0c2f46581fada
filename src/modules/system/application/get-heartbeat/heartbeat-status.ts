import { ApiProperty } from '@nestjs/swagger';

import { HeartbeatJobResult } from '../heartbeat-job';

export class HeartbeatStatus {
  @ApiProperty({ example: '4b3c2d1e-0f9a-4b8c-8d7e-6f5a4b3c2d1e', format: 'uuid' })
  id!: string;

  @ApiProperty({
    example: 'completed',
    description: "BullMQ's state: waiting, delayed, active, completed, failed, …",
  })
  state!: string;

  @ApiProperty({ example: 100, minimum: 0, maximum: 100 })
  progress!: number;

  @ApiProperty({ type: 'integer', example: 1, minimum: 0 })
  attemptsMade!: number;

  @ApiProperty({ type: HeartbeatJobResult, nullable: true, description: 'null until completed' })
  result!: HeartbeatJobResult | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  failedReason!: string | null;
}
