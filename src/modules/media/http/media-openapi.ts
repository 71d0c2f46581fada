/** The Location header of a 202 that started processing, as the OpenAPI document shows it. */
export const JOB_LOCATION = {
  description: 'The processing job: `/v1/jobs/{jobId}`',
  schema: { type: 'string' as const },
};
