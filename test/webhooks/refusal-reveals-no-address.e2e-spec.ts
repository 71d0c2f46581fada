import { DataSource } from 'typeorm';

import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { TaskCompletedV1 } from '../../src/modules/projects/contracts/task-completed.event';
import { RetrySchedule } from '../../src/modules/webhooks/domain/retry-schedule';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { createEndpoint, endpointsPath } from './support/webhooks-api';
import { WebhooksWorker } from './support/webhooks-worker';

/** Any IPv4 address, or any IPv6 one with a `::` (what loopback and private names resolve to). */
const AN_ADDRESS = /\b\d{1,3}(\.\d{1,3}){3}\b|::/;
const KINDS = /loopback|private|metadata|link-local|unique-local|NAT/;

/**
 * What a host name resolves to is our network's business: a refused webhook URL with a name says
 * "resolves to a non-public address", never the address or its kind, at creation, on update and
 * in the delivery log. `*.localhost` names resolve to loopback without DNS (RFC 6761).
 */
describe('webhook URL refusals do not reveal internal addresses', () => {
  // No WEBHOOK_ALLOWED_NETWORKS: loopback is refused, by the web and by the worker.
  const config = testConfig({ WEBHOOK_ALLOWED_NETWORKS: '' });
  const PUBLIC_URL = 'http://93.184.216.34/hooks'; // an IP literal: no DNS in the test
  let web: WebAppUnderTest;
  let worker: WebhooksWorker;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    // One attempt, then a retry far beyond the test: the first attempt's log entry is what counts.
    worker = await WebhooksWorker.start(config, new RetrySchedule([3_600_000], 0));
    owner = await signUp(web.http, 'hooks-refusal');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const path = () => endpointsPath(owner.workspaceId);

  it.each([
    'http://localhost:9/hook',
    'http://hooks.localhost/',
    'http://db.internal.localhost:5432/',
  ])('creating %s: 400 saying only that the name resolves to a non-public address', async (url) => {
    const response = await web.http
      .post(path())
      .set(bearer(owner.token))
      .send({ url, eventTypes: [TaskCompletedV1.TYPE] });

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:webhook-url-refused');
    const host = new URL(url).hostname;
    expect(response.body.detail).toBe(
      `Webhook URL refused: ${host} resolves to a non-public address.`,
    );
    expect(response.text).not.toMatch(AN_ADDRESS);
    expect(response.text).not.toMatch(KINDS);
  });

  it('updating to such a name: the same answer, and the old URL is kept', async () => {
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: [TaskCompletedV1.TYPE],
    });

    const response = await web.http
      .patch(`${path()}/${endpoint.id}`)
      .set(bearer(owner.token))
      .send({ url: 'http://admin.localhost/' });

    expect(response.status).toBe(400);
    expect(response.body.detail).toBe(
      'Webhook URL refused: admin.localhost resolves to a non-public address.',
    );
    expect(response.text).not.toMatch(AN_ADDRESS);
    expect(response.text).not.toMatch(KINDS);
    const got = await web.http.get(`${path()}/${endpoint.id}`).set(bearer(owner.token));
    expect(got.body.url).toBe(PUBLIC_URL);
  });

  it('delivering to a URL that now names an internal host: the log says as little', async () => {
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: [TaskCompletedV1.TYPE],
    });
    // As if the name had been re-pointed since creation: the worker vets the URL again.
    const db = web.app.get(DataSource);
    await db.query(`UPDATE webhooks.endpoints SET url = $2 WHERE id = $1`, [
      endpoint.id,
      'http://imds.localhost/latest/meta-data/',
    ]);
    const event = new TaskCompletedV1(
      {
        taskId: '00000000-0000-4000-8000-0000000000aa',
        projectId: '00000000-0000-4000-8000-0000000000bb',
        assigneeId: null,
        completedAt: new Date().toISOString(),
      },
      newEventMetadata(owner.workspaceId, owner.id),
    );
    await db.transaction((manager) => web.app.get(EventOutbox).publish(manager, event));

    const deliveries = `${path()}/${endpoint.id}/deliveries`;
    const answer = await waitFor('the first attempt', async () => {
      const response = await web.http.get(deliveries).set(bearer(owner.token));
      return response.body.items?.[0]?.attempts >= 1 ? response : undefined;
    });

    expect(answer.body.items[0]).toMatchObject({
      lastError: 'Webhook URL refused: imds.localhost resolves to a non-public address.',
      responseStatus: null,
    });
    expect(answer.text).not.toMatch(AN_ADDRESS);
    expect(answer.text).not.toMatch(KINDS);
    await web.http.patch(`${path()}/${endpoint.id}`).set(bearer(owner.token)).send({
      enabled: false,
    });
  });
});
