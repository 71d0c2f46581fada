import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { FieldProblem, ProblemDetails } from '../problem-details';

/** The OpenAPI schema of one invalid field (problem-details.ts has the type the code uses). */
export class FieldProblemSchema implements FieldProblem {
  @ApiProperty({ example: 'title', description: 'Dotted path into the body or query.' })
  field!: string;

  @ApiProperty({ example: 'title must be shorter than or equal to 200 characters' })
  message!: string;
}

/** The OpenAPI schema of every error body: RFC 9457 problem details. */
export class ProblemDetailsSchema implements ProblemDetails {
  [extension: string]: unknown;

  @ApiProperty({
    example: 'urn:tenfold:problem:task-not-found',
    description:
      '`urn:tenfold:problem:<code>` for problems of this API (codes listed per operation), ' +
      '`about:blank` for plain HTTP ones.',
  })
  type!: string;

  @ApiProperty({ example: 'Not Found' })
  title!: string;

  @ApiProperty({ example: 404 })
  status!: number;

  @ApiProperty({ example: 'The task does not exist in this workspace.' })
  detail!: string;

  @ApiPropertyOptional({ example: '/v1/workspaces/…/tasks/…' })
  instance?: string;

  @ApiPropertyOptional({ description: 'Also in the X-Request-Id header; quote it to support.' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldProblemSchema], description: 'For validation-failed.' })
  errors?: FieldProblemSchema[];

  // Extension members (RFC 9457, section 3.2) that some problems carry. Listed, not left open, so
  // that a new one is documented before it ships (the e2e contract check refuses unknown fields).

  @ApiPropertyOptional({ example: 10, description: 'Quota problems: the limit reached.' })
  limit?: number;

  @ApiPropertyOptional({ example: 10, description: 'Quota problems: how much is in use.' })
  current?: number;

  @ApiPropertyOptional({ example: 3600, description: 'Quota problems: as the Retry-After header.' })
  retryAfterSeconds?: number;

  @ApiPropertyOptional({ example: 'EUR', description: 'fx-rate-unavailable: the currency asked.' })
  currency?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'not-ready, to platform admins only: the state of each dependency check.',
  })
  checks?: Record<string, unknown>;
}
