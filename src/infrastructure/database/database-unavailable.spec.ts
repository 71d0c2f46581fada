import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

import { DatabaseClient } from './database-client';
import { isDatabaseUnavailable } from './database-unavailable';

function databaseError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is shutting down'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
    ['25006', 'cannot execute INSERT in a read-only transaction'],
  ])('takes SQLSTATE %s (%s) for an outage, also wrapped by TypeORM', (code, message) => {
    expect(isDatabaseUnavailable(databaseError(code, message))).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(databaseError(code, message)))).toBe(true);
  });

  it.each([
    'Connection terminated unexpectedly',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('takes pg saying "%s" for an outage', (message) => {
    expect(isDatabaseUnavailable(failedQuery(new Error(message)))).toBe(true);
  });

  it('follows the cause of a connect that timed out', () => {
    const timedOut = new Error('Connection terminated due to connection timeout', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    expect(isDatabaseUnavailable(timedOut)).toBe(true);
  });

  it('takes a refused connection for the database only when a database client made it', async () => {
    const refusedElsewhere = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect(isDatabaseUnavailable(refusedElsewhere)).toBe(false);

    const client = new DatabaseClient({
      host: '127.0.0.1',
      port: 1,
      connectionTimeoutMillis: 2000,
    });
    const refused = await client.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((refused as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(refused)).toBe(true);
  });

  it('leaves statement errors alone: they are the request’s, not an outage', () => {
    expect(isDatabaseUnavailable(failedQuery(databaseError('23505', 'duplicate key')))).toBe(false);
    expect(isDatabaseUnavailable(failedQuery(databaseError('57014', 'statement timeout')))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly!'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
