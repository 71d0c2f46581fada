import { type RecordedRequest, StubServer } from '../../support/stub-server';

/** How the stand-in Slack answers right now. */
export type SlackMode = 'ok' | 'error-500' | 'hang' | 'no-service';

/**
 * A Slack incoming webhook on loopback (test/support/stub-server.ts) whose mode can change during a
 * test, remembering how it answered each request, so that tests can tell messages Slack accepted
 * from failed attempts.
 */
export class SlackStub {
  mode: SlackMode = 'ok';
  private readonly answered = new WeakMap<RecordedRequest, SlackMode>();

  private constructor(readonly server: StubServer) {}

  static async start(mode: SlackMode = 'ok'): Promise<SlackStub> {
    const server = await StubServer.start();
    const stub = new SlackStub(server);
    stub.mode = mode;
    server.answer((request) => {
      stub.answered.set(request, stub.mode);
      switch (stub.mode) {
        case 'ok':
          return { status: 200, body: 'ok' };
        case 'error-500':
          return { status: 500, body: 'internal_error' };
        case 'hang':
          return { hang: true };
        case 'no-service':
          return { status: 404, body: 'no_service' };
      }
    });
    return stub;
  }

  /** A webhook URL on this stub; `secret` makes it recognisable in answers and logs. */
  webhookUrl(secret: string): string {
    return `${this.server.url}/services/T0TEST/B0TEST/${secret}`;
  }

  /** Requests about one task (its id is in the message's link), however they were answered. */
  about(taskId: string): RecordedRequest[] {
    return this.server.requests.filter((request) => request.body.includes(taskId));
  }

  /** Messages about the task that Slack accepted (answered 200). */
  deliveredAbout(taskId: string): RecordedRequest[] {
    return this.about(taskId).filter((request) => this.answered.get(request) === 'ok');
  }

  /** Attempts about the task that failed (5xx, hang, refusal). */
  failedAbout(taskId: string): RecordedRequest[] {
    return this.about(taskId).filter((request) => this.answered.get(request) !== 'ok');
  }

  get requestCount(): number {
    return this.server.requests.length;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
