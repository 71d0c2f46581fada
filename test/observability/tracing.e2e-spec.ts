import { apiOverUrl, type ApiClient } from '../harness/api-client';
import type { NodeProcess } from '../harness/node-process';
import { signUp, type SignedInUser } from '../harness/accounts';
import { startTenfold } from '../harness/tenfold-process';
import { SlackStub } from '../notifications/support/slack-stub';
import { deleteRabbitMqTopology } from '../support/rabbitmq-cleanup';
import { StubServer } from '../support/stub-server';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { OTLP_KIND, OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';
import { SpanTree } from './support/span-tree';

const COMPLETED = 'projects.task.completed.v1';
/** A trace a client claims to be in: the public API must not continue it. */
const CLIENT_TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_TRACEPARENT = `00-${CLIENT_TRACE_ID}-b7ad6b7169203331-01`;

/**
 * Tracing end to end, as production runs it: a web process and a worker started from the build
 * with TRACING_ENABLED=true, exporting over OTLP/HTTP to a stand-in collector. One task completion
 * must be one trace, from the HTTP request through Postgres, the outbox relay and the consumers to
 * the Slack job's and the webhook delivery's outbound calls, each span the child of the right one.
 */
describe('tracing', () => {
  // RabbitMQ: the relay span's context crosses the broker in the message's traceparent header.
  describe.each(['inprocess', 'rabbitmq'])('on, events over %s', (transport) => {
    let collector: OtlpReceiver;
    let slack: SlackStub;
    let receiver: StubServer;
    let web: NodeProcess;
    let worker: NodeProcess;
    let api: ApiClient;

    beforeAll(async () => {
      collector = await OtlpReceiver.start();
      slack = await SlackStub.start('ok');
      receiver = await StubServer.start({ status: 200, body: { ok: true } });
      const env = {
        TRACING_ENABLED: 'true',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8',
        RATE_LIMIT_PER_MINUTE: '100000',
        EVENT_TRANSPORT: transport,
      };
      web = await startTenfold('web', { env });
      worker = await startTenfold('worker', { env });
      await web.waitUntilReady();
      await worker.waitUntilReady();
      api = apiOverUrl(web.origin);
    });
    afterAll(async () => {
      await worker?.stop();
      await web?.stop();
      if (transport === 'rabbitmq' && collector) {
        // The queues of the consumers the worker declared (each one consumed something here).
        const consumers = collector
          .spans()
          .filter((span) => span.name.startsWith('consume '))
          .map((span) => span.name.slice('consume '.length));
        const { rabbitmqUrl, rabbitmqPrefix } = testConfig().events;
        await deleteRabbitMqTopology(rabbitmqUrl, rabbitmqPrefix, [...new Set(consumers)]);
      }
      await Promise.all([collector?.close(), slack?.close(), receiver?.close()]);
    });

    it('follows one task completion from the request to the Slack job and the webhook', async () => {
      const owner = await signUp(api, 'tracing');
      const workspace = `/v1/workspaces/${owner.workspaceId}`;
      const project = await api.expect(201, 'POST', `${workspace}/projects`, {
        token: owner.token,
        body: { name: 'traced' },
      });
      await api.expect(200, 'PUT', `${workspace}/integrations/slack`, {
        token: owner.token,
        body: { webhookUrl: slack.webhookUrl('tracing-secret') },
      });
      await api.expect(201, 'POST', `${workspace}/webhooks/endpoints`, {
        token: owner.token,
        body: { url: `${receiver.url}/hook`, eventTypes: [COMPLETED] },
      });
      const task = await api.expect(201, 'POST', `${workspace}/projects/${project.id}/tasks`, {
        token: owner.token,
        body: { title: 'follow me' },
      });

      await api.expect(200, 'POST', `${workspace}/tasks/${task.id}/complete`, {
        token: owner.token,
        headers: { traceparent: CLIENT_TRACEPARENT },
      });
      const message = await waitFor('the Slack message', async () =>
        slack.deliveredAbout(task.id).at(0),
      );
      const delivery = await waitFor('the webhook delivery', async () =>
        receiver.requests.find((request) => request.body.includes(task.id)),
      );
      // Trace context stays inside tenfold: third parties get no trace ids of ours.
      expect([message.headers.traceparent, delivery.headers.traceparent]).toEqual([
        undefined,
        undefined,
      ]);
      // A graceful stop flushes each process's span exporter.
      await worker.stop();
      await web.stop();

      const request = collector
        .spans()
        .find(
          (span) =>
            span.kind === OTLP_KIND.server &&
            String(span.attributes['url.path'] ?? span.attributes['http.target']).endsWith(
              `/tasks/${task.id}/complete`,
            ),
        );
      if (!request) throw new Error('no server span for the completion request');
      const trace = new SpanTree(
        collector.spans().filter((span) => span.traceId === request.traceId),
      );
      expectSpanTree(trace, request, { slack, receiver });
      expectRequestLogLine(web, owner, task.id, request);
    });
  });

  describe('off (the default)', () => {
    it('exports nothing and logs no trace ids', async () => {
      const collector = await OtlpReceiver.start();
      const web = await startTenfold('web', {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint },
      });
      try {
        await web.waitUntilReady();
        const api = apiOverUrl(web.origin);
        const owner = await signUp(api, 'untraced');
        await api.expect(201, 'POST', `/v1/workspaces/${owner.workspaceId}/projects`, {
          token: owner.token,
          body: { name: 'untraced' },
        });
      } finally {
        await web.stop();
        await collector.close();
      }
      const requestLines = web.logLines().filter((line) => line.req !== undefined);
      expect(requestLines.length).toBeGreaterThan(0);
      expect(web.logLines().filter((line) => 'trace_id' in line)).toEqual([]);
      expect(collector.exportCount).toBe(0);
    });
  });
});

function expectSpanTree(
  trace: SpanTree,
  request: ReceivedSpan,
  stubs: { slack: SlackStub; receiver: StubServer },
): void {
  // The request starts the trace: the traceparent the client sent is not trusted.
  expect(request).toMatchObject({ service: 'web', parentSpanId: undefined });
  expect(request.traceId).not.toBe(CLIENT_TRACE_ID);
  const inRequest = trace.descendantsOf(request);
  const statements = inRequest
    .filter((span) => span.service === 'web' && isPostgres(span))
    .map((span) => String(span.attributes['db.query.text'] ?? span.attributes['db.statement']));
  expect(statements.some((sql) => sql.includes('INSERT INTO messaging.outbox'))).toBe(true);

  // A delivery that one consumer failed is relayed again: every relay span continues the request.
  const relays = trace.spans.filter((span) => span.name === `outbox relay ${COMPLETED}`);
  expect(relays.length).toBeGreaterThan(0);
  for (const relay of relays) {
    expect(relay).toMatchObject({ service: 'worker', kind: OTLP_KIND.producer });
    expect(trace.parentOf(relay)?.spanId).toBe(request.spanId);
  }

  // The run that applied the event (a redelivery finds its inbox row and enqueues nothing).
  const applied = (consumer: string) =>
    trace.one(
      `of ${consumer} applying the event`,
      (span) =>
        span.name === `consume ${consumer}` &&
        trace.childrenOf(span).some((child) => child.kind === OTLP_KIND.producer),
    );
  const slackConsumer = applied('notifications.slack');
  const fanOut = applied('webhooks.fan-out');
  for (const consumer of [slackConsumer, fanOut]) {
    expect(consumer).toMatchObject({ service: 'worker', kind: OTLP_KIND.consumer });
    expect(relays.map((relay) => relay.spanId)).toContain(trace.parentOf(consumer)?.spanId);
    expect(trace.descendantsOf(consumer).some(isPostgres)).toBe(true);
  }

  expectOutboundCall(
    trace,
    expectJob(trace, slackConsumer, 'notifications'),
    stubs.slack.server.url,
  );
  expectOutboundCall(trace, expectJob(trace, fanOut, 'webhooks'), stubs.receiver.url);
}

/**
 * The consumer enqueued a job (a PRODUCER span, its child); each attempt at the job ran in a
 * CONSUMER span, the child of that (a retried job has several). Other consumers may enqueue on the
 * same queue: only this consumer's job counts.
 */
function expectJob(trace: SpanTree, enqueuedBy: ReceivedSpan, queue: string): ReceivedSpan[] {
  const added = trace.one(
    `adding a ${queue} job in ${enqueuedBy.name}`,
    (span) =>
      span.kind === OTLP_KIND.producer &&
      span.name.startsWith(`add ${queue}.`) &&
      span.parentSpanId === enqueuedBy.spanId,
  );
  const attempts = trace
    .childrenOf(added)
    .filter((span) => span.kind === OTLP_KIND.consumer && span.name === `process ${queue}`);
  expect(attempts.length).toBeGreaterThan(0);
  for (const attempt of attempts) expect(attempt.service).toBe('worker');
  return attempts;
}

/** The job's outbound HTTP calls are spans below its attempts, and all went to `origin`. */
function expectOutboundCall(trace: SpanTree, attempts: ReceivedSpan[], origin: string): void {
  const calls = attempts.flatMap((attempt) =>
    trace.descendantsOf(attempt).filter((span) => span.kind === OTLP_KIND.client && isHttp(span)),
  );
  const urls = calls.map((span) =>
    String(span.attributes['url.full'] ?? span.attributes['http.url']),
  );
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toContain(origin);
}

function expectRequestLogLine(
  web: NodeProcess,
  owner: SignedInUser,
  taskId: string,
  request: ReceivedSpan,
): void {
  const line = web.logLines().find((entry) => {
    const req = entry.req as { url?: string } | undefined;
    return req?.url === `/v1/workspaces/${owner.workspaceId}/tasks/${taskId}/complete`;
  });
  expect(line).toMatchObject({ trace_id: request.traceId, span_id: expect.any(String) });
}

function isPostgres(span: ReceivedSpan): boolean {
  return (span.attributes['db.system.name'] ?? span.attributes['db.system']) === 'postgresql';
}

function isHttp(span: ReceivedSpan): boolean {
  return (span.attributes['http.request.method'] ?? span.attributes['http.method']) !== undefined;
}
