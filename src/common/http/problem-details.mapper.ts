import { STATUS_CODES } from 'node:http';

import { HttpException } from '@nestjs/common';

import { DomainError, type DomainErrorKind } from '../errors/domain-error';
import { QuotaExceeded } from '../errors/quota-exceeded';
import { outageProblem } from './outage-problem';
import type { ProblemDetails } from './problem-details';
import { ProblemException } from './problem.exception';
import { quotaProblem } from './quota-problem';

export interface MappedProblem {
  body: ProblemDetails;
  headers: Record<string, string>;
}

/** Errors thrown by Fastify itself (bad JSON, wrong media type, too large) carry a statusCode. */
interface FrameworkError {
  statusCode: number;
  message: string;
  code?: string;
}

/** Turns anything thrown into problem details. Unknown errors become a 500 that reveals nothing. */
export function toProblem(error: unknown, requestId: string | undefined): MappedProblem {
  if (error instanceof ProblemException) {
    const { status, title, detail, code, extensions, headers } = error.problem;
    return {
      body: { type: problemType(code), title, status, detail, requestId, ...extensions },
      headers: headers ?? {},
    };
  }
  if (error instanceof QuotaExceeded) return quotaProblem(error, requestId);
  if (error instanceof DomainError) {
    return plain(STATUS_OF_KIND[error.kind], error.message, requestId, error.code);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return plain(status, messageOf(error.getResponse(), error.message), requestId);
  }
  if (isFrameworkError(error)) {
    return plain(error.statusCode, error.message, requestId, error.code);
  }
  const outage = outageProblem(error, requestId); // Redis or Postgres away: 503, not 500
  if (outage) return outage;
  return plain(
    500,
    'An unexpected error occurred; quote the requestId when reporting it.',
    requestId,
  );
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'precondition-failed': 412,
};

function plain(status: number, detail: string, requestId?: string, code?: string): MappedProblem {
  return {
    body: {
      type: problemType(code?.toLowerCase()),
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      requestId,
    },
    headers: {},
  };
}

function problemType(code: string | undefined): string {
  return code ? `urn:tenfold:problem:${code}` : 'about:blank';
}

function messageOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : fallback;
}

function isFrameworkError(error: unknown): error is FrameworkError {
  if (!(error instanceof Error)) return false;
  const statusCode = (error as Partial<FrameworkError>).statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}
