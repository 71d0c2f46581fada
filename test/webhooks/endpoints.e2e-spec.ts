import { joinAs } from '../projects/support/projects-world';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { createEndpoint, endpointsPath } from './support/webhooks-api';

describe('webhook endpoints API', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  const PUBLIC_URL = 'http://93.184.216.34/hooks'; // an IP literal: no DNS in the test

  beforeAll(async () => {
    // No WEBHOOK_ALLOWED_NETWORKS: loopback and private addresses are refused as in production.
    web = await WebAppUnderTest.start(testConfig({ WEBHOOK_ALLOWED_NETWORKS: '' }));
    owner = await signUp(web.http, 'hooks');
  });
  afterAll(() => web?.close());

  const path = () => endpointsPath(owner.workspaceId);

  it('creates an endpoint and shows its secret once', async () => {
    const response = await web.http
      .post(path())
      .set(bearer(owner.token))
      .send({ url: PUBLIC_URL, eventTypes: ['projects.task.completed.v1'] });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`${path()}/${response.body.id}`);
    expect(response.body).toMatchObject({
      url: PUBLIC_URL,
      eventTypes: ['projects.task.completed.v1'],
      enabled: true,
      disabledReason: null,
    });
    expect(response.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(response.body.secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);

    const got = await web.http.get(`${path()}/${response.body.id}`).set(bearer(owner.token));
    expect(got.status).toBe(200);
    expect(got.body.secret).toBeUndefined();
    expect(JSON.stringify(got.body)).not.toContain(response.body.secret.slice(6));
    const list = await web.http.get(path()).set(bearer(owner.token));
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(response.body.id);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });

  it('updates, disables with a reason, re-enables, and deletes', async () => {
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.created.v1'],
    });
    const at = `${path()}/${endpoint.id}`;
    const disabled = await web.http
      .patch(at)
      .set(bearer(owner.token))
      .send({
        enabled: false,
        disabledReason: 'maintenance',
        eventTypes: ['identity.member.joined.v1'],
      });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({
      enabled: false,
      disabledReason: 'maintenance',
      eventTypes: ['identity.member.joined.v1'],
    });
    const enabled = await web.http.patch(at).set(bearer(owner.token)).send({ enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });

    expect((await web.http.delete(at).set(bearer(owner.token))).status).toBe(204);
    expect((await web.http.get(at).set(bearer(owner.token))).status).toBe(404);
  });

  it('rotates the secret: a new one once, the old one valid for 24 h', async () => {
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.created.v1'],
    });
    const rotated = await web.http
      .post(`${path()}/${endpoint.id}/rotate-secret`)
      .set(bearer(owner.token));
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const expires = Date.parse(rotated.body.previousSecretExpiresAt) - Date.now();
    expect(expires).toBeGreaterThan(23.9 * 3600_000);
    expect(expires).toBeLessThanOrEqual(24 * 3600_000);
    const got = await web.http.get(`${path()}/${endpoint.id}`).set(bearer(owner.token));
    expect(got.body.previousSecretExpiresAt).toBe(rotated.body.previousSecretExpiresAt);
  });

  it('rejects unknown event types and bad input with problem+json, writing nothing', async () => {
    const before = (await web.http.get(path()).set(bearer(owner.token))).body.items.length;
    for (const body of [
      { url: PUBLIC_URL, eventTypes: ['projects.task.exploded.v1'] },
      { url: PUBLIC_URL, eventTypes: [] },
      { url: PUBLIC_URL },
      { eventTypes: ['projects.task.created.v1'] },
      { url: PUBLIC_URL, eventTypes: ['projects.task.created.v1'], secret: 'mine' },
    ]) {
      const response = await web.http.post(path()).set(bearer(owner.token)).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await web.http.get(path()).set(bearer(owner.token))).body.items).toHaveLength(before);
  });

  it.each([
    [
      'http://localhost:9/hook',
      /^Webhook URL refused: localhost resolves to a non-public address\.$/,
    ],
    ['http://hooks.localhost/', /^Webhook URL refused: hooks\.localhost resolves to a non-public/],
    ['http://10.0.0.5/', /10\.0\.0\.5 is a private address/],
    ['http://2130706433/', /127\.0\.0\.1 is a loopback address/],
    ['http://0177.0.0.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://0x7f.1/', /127\.0\.0\.1 is a loopback address/],
    ['http://169.254.169.254/latest/meta-data/', /a cloud metadata address/],
    ['http://[::ffff:192.168.0.1]/', /IPv4-mapped form of 192\.168\.0\.1, a private address/],
    ['http://[fd00:ec2::254]/', /a cloud metadata address/],
    ['http://[::1]/', /a loopback address/],
    ['ftp://93.184.216.34/', /scheme ftp is not http or https/],
    ['http://user:pw@93.184.216.34/', /credentials in the URL/],
  ])('refuses %s with 400 naming why', async (url, because) => {
    const response = await web.http
      .post(path())
      .set(bearer(owner.token))
      .send({ url, eventTypes: ['projects.task.created.v1'] });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.type).toBe('urn:tenfold:problem:webhook-url-refused');
    expect(response.body.detail).toMatch(because);
  });

  it('refuses a forbidden URL on update too, and keeps the old one', async () => {
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.created.v1'],
    });
    const response = await web.http
      .patch(`${path()}/${endpoint.id}`)
      .set(bearer(owner.token))
      .send({ url: 'http://192.168.1.1/' });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/192\.168\.1\.1 is a private address/);
    const got = await web.http.get(`${path()}/${endpoint.id}`).set(bearer(owner.token));
    expect(got.body.url).toBe(PUBLIC_URL);
  });

  it("answers 404 for another workspace's endpoints and 401 without a token", async () => {
    const stranger = await signUp(web.http, 'stranger');
    const endpoint = await createEndpoint(web, owner, {
      url: PUBLIC_URL,
      eventTypes: ['projects.task.created.v1'],
    });
    const theirs = `${endpointsPath(stranger.workspaceId)}/${endpoint.id}`;
    expect((await web.http.get(theirs).set(bearer(stranger.token))).status).toBe(404);
    expect(
      (await web.http.get(`${path()}/${endpoint.id}`).set(bearer(stranger.token))).status,
    ).toBe(404);
    expect((await web.http.get(path())).status).toBe(401);
  });

  it('is for admins and owners: a member gets 403, an admin may manage endpoints', async () => {
    const member = await joinAs(web, owner, 'member');
    const admin = await joinAs(web, owner, 'admin');
    const body = { url: PUBLIC_URL, eventTypes: ['projects.task.created.v1'] };
    expect((await web.http.get(path()).set(bearer(member.token))).status).toBe(403);
    expect((await web.http.post(path()).set(bearer(member.token)).send(body)).status).toBe(403);
    expect((await web.http.post(path()).set(bearer(admin.token)).send(body)).status).toBe(201);
  });
});
