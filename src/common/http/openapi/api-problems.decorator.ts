import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { PROBLEM_CONTENT_TYPE } from '../problem-details';
import { ProblemDetailsSchema } from './problem-details.schema';

export type ProblemStatus =
  400 | 401 | 403 | 404 | 409 | 410 | 411 | 412 | 413 | 415 | 422 | 429 | 502 | 503;

const TITLES: Record<ProblemStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** A problem+json response with this status; `codes` are the route's `urn:tenfold:problem:<code>`s. */
export function problemResponse(status: ProblemStatus, codes: readonly string[] = []) {
  const listed = codes.map((code) => `\`urn:tenfold:problem:${code}\``).join(', ');
  return {
    description: listed ? `${TITLES[status]}: ${listed}` : TITLES[status],
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
  };
}

/**
 * The problems one route answers besides the ones every route has (the document adds those:
 * openapi-document.ts): `@ApiProblems({ 404: ['task-not-found'], 409: ['project-archived'] })`.
 */
export function ApiProblems(
  problems: Partial<Record<ProblemStatus, readonly string[]>>,
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...Object.entries(problems).map(([status, codes]) =>
      ApiResponse({
        status: Number(status),
        ...problemResponse(Number(status) as ProblemStatus, codes),
      }),
    ),
  );
}
