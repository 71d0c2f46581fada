import type { HeaderObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** The Location of a 202 that started a job (docs/JOBS.md): the job resource, `<queue>.<uuid>`. */
export function jobLocationHeader(queue: string): HeaderObject {
  return {
    description: 'The job to follow: GET /v1/jobs/{jobId}',
    schema: { type: 'string', example: `/v1/jobs/${queue}.1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6` },
  };
}
