import { Module } from '@nestjs/common';

/** GET /v1/jobs/{id} (+ SSE) and the admin dead-letter routes. Web only. */
@Module({})
export class JobStatusModule {}
