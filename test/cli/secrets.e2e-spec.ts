import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { SecretBox } from '../../src/infrastructure/secrets/secret-box';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { type CliRun, operatorCli } from './support/operator-cli';

const K1 = randomBytes(32).toString('base64');
const K2 = randomBytes(32).toString('base64');

// Every command is a process of its own (a Nest context, connections): slow on a busy machine.
jest.setTimeout(300_000);

/** After the rotation: k2 seals, k1 still opens. */
const ROTATING = { SECRETS_KEYS: `k2:${K2},k1:${K1}` };

/**
 * secrets:reseal and secrets:retire: moving every stored secret from key k1 to k2, after which the
 * app runs with k2 alone. No run prints a secret.
 */
describe('operator CLI: re-sealing stored secrets and retiring a key', () => {
  let web: WebAppUnderTest;
  let db: DataSource;
  let owner: SignedInUser;
  const printed: string[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(
      testConfig({ SECRETS_KEYS: `k1:${K1}`, WEBHOOK_ALLOWED_NETWORKS: '' }),
    );
    db = web.app.get(DataSource);
    // The CLI re-seals the whole database, and this Jest worker's database holds the secrets of
    // the files that ran before this one (sealed with other keys): start without them, so that
    // what the CLI finds is what this file stored. Those files are done; nothing reads them again.
    await db.query('TRUNCATE notifications.slack_connections, webhooks.endpoints CASCADE');
    owner = await signUp(web.http, 'cli-sealed');
  });
  afterAll(async () => {
    // Whatever a run printed, no stored secret (nor key k1) was in it.
    const all = printed.join('\n');
    for (const secret of [...secrets, K1]) expect(all).not.toContain(secret);
    // And leave none sealed with keys the next files do not have: the sealing migration's test
    // (test/secrets/sealed-at-rest) opens every stored value of this database.
    await db?.query('TRUNCATE notifications.slack_connections, webhooks.endpoints CASCADE');
    await web?.close();
  });

  const cli = async (args: string[], env: Record<string, string> = ROTATING): Promise<CliRun> => {
    const run = await operatorCli(args, env);
    printed.push(run.stdout, run.stderr);
    return run;
  };
  const secretPart = () => {
    const secret = `s3cr3t${randomBytes(6).toString('hex')}`;
    secrets.push(secret);
    return secret;
  };
  const connectSlack = async (user: SignedInUser) => {
    const url = `http://127.0.0.1:9/services/T0/B0/${secretPart()}`;
    const answer = await web.http
      .put(`/v1/workspaces/${user.workspaceId}/integrations/slack`)
      .set(bearer(user.token))
      .send({ webhookUrl: url });
    expect(answer.status).toBe(200);
    return url;
  };
  /** An endpoint whose secret was rotated once: both secret columns hold a value. */
  const endpointWithTwoSecrets = async () => {
    const created = await web.http
      .post(`/v1/workspaces/${owner.workspaceId}/webhooks/endpoints`)
      .set(bearer(owner.token))
      .send({ url: 'http://93.184.216.34/hooks', eventTypes: ['projects.task.completed.v1'] });
    expect(created.status).toBe(201);
    const rotated = await web.http
      .post(
        `/v1/workspaces/${owner.workspaceId}/webhooks/endpoints/${created.body.id}/rotate-secret`,
      )
      .set(bearer(owner.token));
    expect(rotated.status).toBe(200);
    secrets.push(created.body.secret.slice(6), rotated.body.secret.slice(6));
    return {
      id: created.body.id as string,
      previous: created.body.secret as string,
      current: rotated.body.secret as string,
    };
  };
  const storedValues = async (): Promise<string[]> =>
    (
      await db.query(
        `SELECT webhook_url AS value FROM notifications.slack_connections
         UNION ALL SELECT secret FROM webhooks.endpoints
         UNION ALL SELECT previous_secret FROM webhooks.endpoints WHERE previous_secret IS NOT NULL`,
      )
    ).map((row: { value: string }) => row.value);

  it('refuses to retire k1 while values need it, re-seals them all under k2 in batches, then retires k1', async () => {
    const url = await connectSlack(owner);
    const endpoint = await endpointWithTwoSecrets();
    // A value stored before sealing existed is sealed on the way.
    const legacy = await signUp(web.http, 'cli-sealed-legacy');
    const legacyUrl = await connectSlack(legacy);
    await db.query(
      'UPDATE notifications.slack_connections SET webhook_url = $2 WHERE workspace_id = $1',
      [legacy.workspaceId, legacyUrl],
    );
    expect((await storedValues()).filter((value) => value.startsWith('tfs1:k1:'))).toHaveLength(3);

    const early = await cli(['secrets:retire', 'k1']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('3 stored value(s) are still sealed with "k1"');
    expect(early.stderr).toMatch(/webhooks\.endpoints\.previous_secret\s+k1\s+1/);

    const notFirst = await cli(['secrets:reseal', '--to', 'k1', '--yes']);
    expect(notFirst.code).toBe(1);
    expect(notFirst.stderr).toContain('key "k1" is not the first of SECRETS_KEYS');
    const unknownKey = await cli(['secrets:reseal', '--to', 'k9', '--yes']);
    expect(unknownKey.code).toBe(1);
    expect(unknownKey.stderr).toContain('key "k9" is not in SECRETS_KEYS (ids: k2, k1)');
    const before = await storedValues();
    const dryRun = await cli(['secrets:reseal', '--to', 'k2']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('Would re-seal 4 value(s) under "k2"; nothing changed');
    expect(await storedValues()).toEqual(before);

    const resealed = await cli(['secrets:reseal', '--to', 'k2', '--batch-size', '1', '--yes']);
    expect(resealed.code).toBe(0);
    expect(resealed.stdout).toContain('Re-sealed 4 value(s) under "k2"');
    // Batches of one row: two Slack connections, then the endpoint's two columns.
    expect(resealed.stderr.match(/re-sealed$/gm)).toHaveLength(4);
    const after = await storedValues();
    expect(after.every((value) => value.startsWith('tfs1:k2:'))).toBe(true);

    // Idempotent: a second run finds nothing to do and rewrites nothing.
    const again = await cli(['secrets:reseal', '--to', 'k2', '--yes']);
    expect(again.stdout).toContain('Re-sealed 0 value(s)');
    expect(await storedValues()).toEqual(after);

    const stillFirst = await cli(['secrets:retire', 'k2']);
    expect(stillFirst.code).toBe(1);
    expect(stillFirst.stderr).toContain('key "k2" is the first of SECRETS_KEYS');
    const retired = await cli(['secrets:retire', 'k1']);
    expect(retired.code).toBe(0);
    expect(retired.stdout).toContain('No stored value needs "k1" any more');
    expect(retired.stdout).not.toContain(K2);
    const value = await operatorCli(['secrets:retire', 'k1', '--print-value'], ROTATING);
    expect(value).toMatchObject({ code: 0, stdout: `k2:${K2}\n` });

    // The app with k2 alone opens every secret.
    const k2Only = await WebAppUnderTest.start(
      testConfig({ SECRETS_KEYS: `k2:${K2}`, WEBHOOK_ALLOWED_NETWORKS: '' }),
    );
    try {
      const hint = await k2Only.http
        .get(`/v1/workspaces/${owner.workspaceId}/integrations/slack`)
        .set(bearer(owner.token));
      expect(hint.status).toBe(200);
      expect(hint.body.webhookUrlHint).toBe(`http://127.0.0.1:9/…/${url.slice(-4)}`);
      const box = k2Only.app.get(SecretBox);
      const [row] = await db.query(
        'SELECT secret, previous_secret FROM webhooks.endpoints WHERE id = $1',
        [endpoint.id],
      );
      const context = `webhook-signing-secret:${endpoint.id}`;
      expect(box.open(row.secret, context)).toBe(endpoint.current);
      expect(box.open(row.previous_secret, context)).toBe(endpoint.previous);
      const [legacyRow] = await db.query(
        'SELECT webhook_url FROM notifications.slack_connections WHERE workspace_id = $1',
        [legacy.workspaceId],
      );
      expect(box.open(legacyRow.webhook_url, `slack-webhook-url:${legacy.workspaceId}`)).toBe(
        legacyUrl,
      );
    } finally {
      await k2Only.close();
    }
  });

  it('stops at a value it cannot open, naming the row and not the value, and resumes once it is dealt with', async () => {
    // Back to k1 sealing, so every value has to move again.
    const toK1 = { SECRETS_KEYS: `k1:${K1},k2:${K2}` };
    const other = await signUp(web.http, 'cli-sealed-copy');
    await connectSlack(other);
    // A sealed value copied into another workspace's row opens nowhere (bound to its row).
    const [source] = await db.query(
      'SELECT webhook_url FROM notifications.slack_connections WHERE workspace_id = $1',
      [owner.workspaceId],
    );
    await db.query(
      'UPDATE notifications.slack_connections SET webhook_url = $2 WHERE workspace_id = $1',
      [other.workspaceId, source.webhook_url],
    );

    const stopped = await cli(['secrets:reseal', '--to', 'k1', '--yes'], toK1);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(
      `notifications.slack_connections.webhook_url of workspace_id ${other.workspaceId}: ` +
        'stored secret cannot be opened: it was altered, or sealed for another row',
    );
    expect(stopped.stderr).not.toContain(source.webhook_url);

    await db.query('DELETE FROM notifications.slack_connections WHERE workspace_id = $1', [
      other.workspaceId,
    ]);
    const resumed = await cli(['secrets:reseal', '--to', 'k1', '--yes', '--json'], toK1);
    expect(resumed.code).toBe(0);
    expect((await storedValues()).every((value) => value.startsWith('tfs1:k1:'))).toBe(true);
  });

  it('refuses bad arguments', async () => {
    for (const args of [
      ['secrets:reseal', '--yes'],
      ['secrets:reseal', '--to', 'k2', '--batch-size', '0'],
      ['secrets:retire'],
      ['secrets:retire', 'K1;rm'],
      ['secrets:retire', 'k'.repeat(17)],
    ]) {
      const run = await cli(args);
      expect([args.join(' '), run.code]).toEqual([args.join(' '), 2]);
      expect(run.stderr).toMatch(/\nusage: npm run cli -- secrets:/);
    }
  });
});
