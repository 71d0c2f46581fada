import { PassThrough, type Readable } from 'node:stream';

/** The deadline ran out: S3 was awaited for longer than the dependency's timeout. */
export class S3DeadlineExceeded extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no progress from S3 within ${timeoutMs} ms`);
    this.name = 'S3DeadlineExceeded';
  }
}

/**
 * The per-call timeout of one S3 call, as an AbortSignal the SDK honours. It runs only while
 * tenfold is waiting on S3: from the start for a call with a body in memory; for a streamed body,
 * while S3 does not take the bytes it is given (backpressure) and after the last byte until the
 * answer, but not while the body's own source (a client's upload) is slow to send. A slow client
 * is therefore never counted as a failure of S3, and a hanging S3 is.
 */
export class S3Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  /** Set when a streamed body's source failed: the call's failure is the source's, not S3's. */
  sourceFailed = false;

  constructor(private readonly timeoutMs: number) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** Starts counting, unless it already is. */
  arm(): void {
    if (this.timer || this.expired) return;
    this.timer = setTimeout(
      () => this.controller.abort(new S3DeadlineExceeded(this.timeoutMs)),
      this.timeoutMs,
    );
  }

  disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * `source` as the body to send, watched: counting while S3 holds back (the copy's buffer is
   * full) and from the source's end on; not while waiting for the source.
   */
  watch(source: Readable): Readable {
    const body = new PassThrough();
    source.on('data', (chunk: Buffer) => {
      if (!body.write(chunk)) {
        source.pause();
        this.arm();
      }
    });
    body.on('drain', () => {
      this.disarm();
      source.resume();
    });
    source.once('end', () => {
      body.end();
      this.arm();
    });
    source.once('error', (error) => {
      this.sourceFailed = true;
      body.destroy(error);
    });
    // A client that went away ends its request stream with 'close' but no 'end' nor 'error'.
    source.once('close', () => {
      if (!source.readableEnded && !body.destroyed) {
        this.sourceFailed = true;
        body.destroy(new Error('the upload stream closed before its end'));
      }
    });
    return body;
  }
}
