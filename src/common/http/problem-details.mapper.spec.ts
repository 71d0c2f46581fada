import { BadRequestException } from '@nestjs/common';

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

  it('reveals nothing of unexpected errors', () => {
    const { body } = toProblem(new Error('password=hunter2 in SQL'), 'r');
    expect(body.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });
});
