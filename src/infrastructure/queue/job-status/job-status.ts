import { ApiProperty } from '@nestjs/swagger';
import type { Job } from 'bullmq';

import { QUEUE_NAMES, type QueueName } from '../queue-names';

/** What `GET /v1/jobs/{id}` answers (docs/JOBS.md). */
export class JobStatus {
  @ApiProperty({
    example: 'notifications.1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
    description: '`<queue>.<uuid>`',
  })
  id!: string;

  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName', example: 'notifications' })
  queue!: QueueName;

  @ApiProperty({ example: 'digest-fan-out', description: 'What the job does' })
  name!: string;

  /** BullMQ's state: waiting, delayed, prioritized, active, completed, failed, … */
  @ApiProperty({
    example: 'completed',
    description:
      "BullMQ's state: waiting, delayed, prioritized, active, completed, failed, …; " +
      'completed and failed are final',
  })
  state!: string;

  /** 0–100. */
  @ApiProperty({ type: 'integer', example: 100, minimum: 0, maximum: 100 })
  progress!: number;

  /** Attempts made so far. */
  @ApiProperty({ type: 'integer', example: 1, minimum: 0, description: 'Attempts made so far' })
  attempts!: number;

  @ApiProperty({ type: 'integer', example: 3, minimum: 1 })
  maxAttempts!: number;

  /** The job's return value; producers make it carry links (e.g. a download URL). */
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { digestId: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', completedTasks: 12, mailed: 4 },
    description:
      "The job's return value, its shape per job (e.g. a download link); null until completed",
  })
  result!: unknown;

  @ApiProperty({ type: String, nullable: true, example: null })
  failedReason!: string | null;

  @ApiProperty({ example: '2026-03-14T09:26:53.412Z', format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-03-14T09:26:55.077Z',
  })
  finishedAt!: string | null;
}

export const FINISHED_STATES: ReadonlySet<string> = new Set(['completed', 'failed']);

export function toJobStatus(job: Job, queue: QueueName, state: string): JobStatus {
  return {
    id: job.id ?? '',
    queue,
    name: job.name,
    state,
    progress: progressOf(job),
    attempts: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason || null,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** BullMQ allows any JSON as progress; clients get a whole number in 0–100. */
export function progressOf(job: Job): number {
  const progress = typeof job.progress === 'number' ? job.progress : 0;
  return Math.min(100, Math.max(0, Math.round(progress)));
}
