import { Module } from '@nestjs/common';

import { DeadLetters } from './dead-letters';
import { DeadLettersController } from './dead-letters.controller';
import { JobEventStreams } from './job-event-streams';
import { JobLookup } from './job-lookup';
import { JobQueues } from './job-queues';
import { JobWaitSlots } from './job-wait-slots';
import { JobsController } from './jobs.controller';

/** GET /v1/jobs/{id} (+ SSE) and the admin dead-letter routes. Web only. docs/JOBS.md */
@Module({
  controllers: [JobsController, DeadLettersController],
  providers: [JobQueues, JobLookup, JobEventStreams, JobWaitSlots, DeadLetters],
  exports: [JobEventStreams, JobWaitSlots],
})
export class JobStatusModule {}
