import { ApiProperty } from '@nestjs/swagger';

export const HEARTBEAT_JOB = 'heartbeat';

export interface HeartbeatJobData {
  requestedAt: string;
  /** How long the job holds its worker, to observe progress and draining. */
  holdMs: number;
  /** WAL position of the request's commit: the job reads the request only where it is replayed. */
  readAfter: string;
}

/** What the job returns; GET /v1/system/heartbeats/{id} shows it as `result`. */
export class HeartbeatJobResult {
  @ApiProperty({ example: 'c0ffee00-1234-4abc-9def-0123456789ab', format: 'uuid' })
  heartbeatId!: string;

  @ApiProperty({ example: 'worker-7f9c:4121', description: 'Host name and pid of the worker' })
  processedBy!: string;

  @ApiProperty({ example: '2026-03-14T09:26:53.918Z', format: 'date-time' })
  processedAt!: string;

  /** Where the job read the request from, and why (e.g. `127.0.0.1:55433; caught-up`). */
  @ApiProperty({
    example: '127.0.0.1:55433; caught-up',
    description: 'Where the job read the request from, and why',
  })
  requestReadFrom!: string;
}
