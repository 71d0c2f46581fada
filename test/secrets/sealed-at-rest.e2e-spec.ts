import { DataSource } from 'typeorm';

import { SecretBox } from '../../src/infrastructure/secrets/secret-box';
import { SealStoredSecrets1795575000000 } from '../../migrations/1795575000000-seal-stored-secrets';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { runMigration } from '../support/run-migration';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * Slack webhook URLs and webhook signing secrets are sealed in the database (SecretBox): a dump,
 * a replica or a backup does not show them, and the app still uses them.
 */
describe('secrets sealed at rest', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ WEBHOOK_ALLOWED_NETWORKS: '' }));
    db = web.app.get(DataSource);
  });
  beforeEach(async () => {
    owner = await signUp(web.http, 'sealed');
  });
  afterAll(() => web?.close());

  const secretPart = () => `s3cr3t-${Math.random().toString(36).slice(2, 10)}`;
  const connectSlack = async (secret: string) => {
    const url = `http://127.0.0.1:9/services/T0/B0/${secret}`;
    const answer = await web.http
      .put(`/v1/workspaces/${owner.workspaceId}/integrations/slack`)
      .set(bearer(owner.token))
      .send({ webhookUrl: url });
    expect(answer.status).toBe(200);
    return url;
  };
  const storedUrl = async () =>
    (
      await db.query(
        'SELECT webhook_url FROM notifications.slack_connections WHERE workspace_id = $1',
        [owner.workspaceId],
      )
    )[0].webhook_url as string;
  const createEndpoint = async () => {
    const answer = await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/webhooks/endpoints`)
      .set(bearer(owner.token))
      .send({ url: 'http://93.184.216.34/hooks', eventTypes: ['projects.task.completed.v1'] });
    expect(answer.status).toBe(201);
    return answer.body as { id: string; secret: string };
  };
  const storedSecret = async (endpointId: string) =>
    (await db.query('SELECT secret FROM webhooks.endpoints WHERE id = $1', [endpointId]))[0]
      .secret as string;

  it('stores a Slack webhook URL sealed, and still shows its hint', async () => {
    const secret = secretPart();
    await connectSlack(secret);

    const stored = await storedUrl();
    expect(stored).toMatch(/^tfs1:local:/);
    expect(stored).not.toContain(secret);
    const got = await web.http
      .get(`/v1/workspaces/${owner.workspaceId}/integrations/slack`)
      .set(bearer(owner.token));
    expect(got.body.webhookUrlHint).toBe(`http://127.0.0.1:9/…/${secret.slice(-4)}`);
  });

  it('stores a webhook signing secret sealed, also after a rotation', async () => {
    const endpoint = await createEndpoint();
    const stored = await storedSecret(endpoint.id);
    expect(stored).toMatch(/^tfs1:local:/);
    expect(stored).not.toContain(endpoint.secret.slice(6));

    const rotated = await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/webhooks/endpoints/${endpoint.id}/rotate-secret`)
      .set(bearer(owner.token));
    expect(rotated.status).toBe(200);
    const [row] = await db.query(
      'SELECT secret, previous_secret FROM webhooks.endpoints WHERE id = $1',
      [endpoint.id],
    );
    const box = web.app.get(SecretBox);
    const context = `webhook-signing-secret:${endpoint.id}`;
    expect(box.open(row.secret, context)).toBe(rotated.body.secret);
    expect(box.open(row.previous_secret, context)).toBe(endpoint.secret);
    expect(`${row.secret}${row.previous_secret}`).not.toContain(rotated.body.secret.slice(6));
  });

  it('the upgrade migration seals values stored in clear before, and leaves sealed ones alone', async () => {
    const url = await connectSlack(secretPart());
    const endpoint = await createEndpoint();
    await db.query(
      'UPDATE notifications.slack_connections SET webhook_url = $2 WHERE workspace_id = $1',
      [owner.workspaceId, url],
    );
    await db.query('UPDATE webhooks.endpoints SET secret = $2 WHERE id = $1', [
      endpoint.id,
      endpoint.secret,
    ]);
    const other = await signUp(web.http, 'sealed-other');
    await web.http
      .put(`/v1/workspaces/${other.workspaceId}/integrations/slack`)
      .set(bearer(other.token))
      .send({ webhookUrl: `http://127.0.0.1:9/services/T0/B0/${secretPart()}` });
    const [untouched] = await db.query(
      'SELECT webhook_url FROM notifications.slack_connections WHERE workspace_id = $1',
      [other.workspaceId],
    );

    await runMigration(db, new SealStoredSecrets1795575000000());

    const box = web.app.get(SecretBox);
    expect(box.open(await storedUrl(), `slack-webhook-url:${owner.workspaceId}`)).toBe(url);
    expect(await storedUrl()).toMatch(/^tfs1:/);
    const secret = await storedSecret(endpoint.id);
    expect(secret).toMatch(/^tfs1:/);
    expect(box.open(secret, `webhook-signing-secret:${endpoint.id}`)).toBe(endpoint.secret);
    const [after] = await db.query(
      'SELECT webhook_url FROM notifications.slack_connections WHERE workspace_id = $1',
      [other.workspaceId],
    );
    expect(after.webhook_url).toBe(untouched.webhook_url);
  });

  it('refuses to use a sealed value copied to another row', async () => {
    await connectSlack(secretPart());
    const other = await signUp(web.http, 'sealed-copy');
    await web.http
      .put(`/v1/workspaces/${other.workspaceId}/integrations/slack`)
      .set(bearer(other.token))
      .send({ webhookUrl: `http://127.0.0.1:9/services/T0/B0/${secretPart()}` });
    await db.query(
      'UPDATE notifications.slack_connections SET webhook_url = $2 WHERE workspace_id = $1',
      [other.workspaceId, await storedUrl()],
    );

    const got = await web.http
      .get(`/v1/workspaces/${other.workspaceId}/integrations/slack`)
      .set(bearer(other.token));
    expect(got.status).toBe(500);
    expect(JSON.stringify(got.body)).not.toMatch(/s3cr3t|tfs1/);
  });
});
