import { ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { PROBLEM_CONTENT_TYPE } from '../../../common/http/problem-details';
import { ProblemDetailsSchema } from '../../../common/http/openapi/problem-details.schema';

/** The Location header of a 202 that started processing, as the OpenAPI document shows it. */
export const JOB_LOCATION = {
  description: 'The processing job: `/v1/jobs/{jobId}`',
  schema: { type: 'string' as const },
};

/**
 * 411 for a streamed upload without Content-Length. @ApiProblems() knows no 411 (its statuses are
 * shared, outside this module), so this one is written out in the same shape.
 */
export const ApiLengthRequiredProblem = (): MethodDecorator =>
  ApiResponse({
    status: 411,
    description: 'Length Required: `urn:tenfold:problem:length-required`',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
  });
