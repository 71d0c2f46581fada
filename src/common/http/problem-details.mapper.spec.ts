import { BadRequestException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { DomainError } from '../errors/domain-error';
import { toProblem } from './problem-details.mapper';

class LastOwnerCannotLeave extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'last-owner-cannot-leave';
}

describe('toProblem', () => {
  it('maps a domain error by its kind, keeping its message and code', () => {
    const { body } = toProblem(new LastOwnerCannotLeave('The last owner cannot leave.'), 'req-1');
    expect(body).toEqual({
      type: 'urn:tenfold:problem:last-owner-cannot-leave',
      title: 'Conflict',
      status: 409,
      detail: 'The last owner cannot leave.',
      requestId: 'req-1',
    });
  });

  it('keeps the message of Nest HTTP exceptions', () => {
    expect(toProblem(new BadRequestException('nope'), 'r').body).toMatchObject({
      status: 400,
      detail: 'nope',
    });
  });

  it('answers 503 with Retry-After when the database is unreachable, naming no host', () => {
    const dropped = new Error('Connection terminated unexpectedly');
    const failed = new QueryFailedError('INSERT INTO projects.tasks …', [], dropped);
    const { body, headers } = toProblem(failed, 'r');
    expect(body).toEqual({
      type: 'urn:tenfold:problem:database-unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The database is unavailable; retry shortly.',
      requestId: 'r',
    });
    expect(Number(headers['Retry-After'])).toBeGreaterThan(0);
  });

  it('answers 503 with Retry-After when Redis does not answer', () => {
    const { body, headers } = toProblem(new Error('Command timed out'), 'r');
    expect(body).toMatchObject({
      type: 'urn:tenfold:problem:session-store-unavailable',
      status: 503,
      detail: 'The session store is unavailable; retry shortly.',
    });
    expect(Number(headers['Retry-After'])).toBeGreaterThan(0);
  });

  it('reveals nothing of unexpected errors', () => {
    const { body } = toProblem(new Error('password=hunter2 in SQL'), 'r');
    expect(body.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });
});
