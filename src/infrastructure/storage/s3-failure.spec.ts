import { PassThrough } from 'node:stream';

import { OutboundFailure } from '../resilience/outbound-failure';
import { S3Deadline } from './s3-deadline';
import { s3FailureOf } from './s3-failure';

/** An error as the SDK throws it: with $metadata, and a status when S3 answered. */
function sdkError(message: string, httpStatusCode?: number): Error {
  return Object.assign(new Error(message), { $metadata: { httpStatusCode, attempts: 1 } });
}

describe('s3FailureOf: what counts against the s3 breaker', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['no connection', sdkError('connect ECONNREFUSED 127.0.0.1:54569'), 'network'],
    ['a reset', sdkError('socket hang up'), 'network'],
    ['throttling', sdkError('SlowDown', 503), 'status'],
    ['a server error', sdkError('InternalError', 500), 'status'],
  ])('counts %s', (_name, error, kind) => {
    expect(s3FailureOf(error, new S3Deadline(1_000))).toMatchObject({
      kind,
      dependency: 's3',
    });
  });

  it.each([
    ['a missing object', sdkError('NotFound', 404)],
    ['a refused signature', sdkError('AccessDenied', 403)],
    ['an empty range', sdkError('InvalidRange', 416)],
    ['a bug of the caller (no $metadata)', new TypeError('x is not a function')],
  ])('passes %s through unchanged, uncounted', (_name, error) => {
    expect(s3FailureOf(error, new S3Deadline(1_000))).toBe(error);
  });

  it('says timeout when the deadline ran out, whatever the SDK made of the abort', async () => {
    jest.useFakeTimers();
    const deadline = new S3Deadline(1_000);
    deadline.arm();
    jest.advanceTimersByTime(1_000);
    const failure = s3FailureOf(sdkError('Request aborted'), deadline);
    expect(failure).toBeInstanceOf(OutboundFailure);
    expect(failure).toMatchObject({ kind: 'timeout' });
  });

  it('never counts a streamed upload whose client went away: no lever on the fleet’s breaker', async () => {
    const deadline = new S3Deadline(1_000);
    const client = new PassThrough();
    const body = deadline.watch(client);
    body.on('error', () => undefined);
    client.destroy(); // closed before its end, as a request whose client disconnected
    await new Promise(setImmediate);
    const error = sdkError('aborted');
    expect(s3FailureOf(error, deadline)).toBe(error);
  });
});

describe('S3Deadline: counting only while S3 is awaited', () => {
  const nextTurn = () => new Promise(setImmediate);

  it('does not count while a streamed body waits for its client, and counts from its end', async () => {
    const deadline = new S3Deadline(60_000);
    const arm = jest.spyOn(deadline, 'arm');
    const client = new PassThrough();
    const body = deadline.watch(client);
    body.resume(); // S3 takes every byte at once
    client.write(Buffer.alloc(10));
    await nextTurn(); // a slow client: nothing more comes for now
    expect(arm).not.toHaveBeenCalled();
    client.end();
    await nextTurn();
    expect(arm).toHaveBeenCalledTimes(1); // until S3's answer
    deadline.disarm();
  });

  it('counts while S3 holds the bytes back, and stops when it takes them', async () => {
    const deadline = new S3Deadline(60_000);
    const arm = jest.spyOn(deadline, 'arm');
    const disarm = jest.spyOn(deadline, 'disarm');
    const client = new PassThrough();
    const body = deadline.watch(client); // nobody reads the body yet: S3 takes nothing
    client.write(Buffer.alloc(64 * 1024)); // more than the copy's buffer holds
    await nextTurn();
    expect(arm).toHaveBeenCalled();
    body.resume();
    await nextTurn();
    expect(disarm).toHaveBeenCalled();
    deadline.disarm();
  });
});
