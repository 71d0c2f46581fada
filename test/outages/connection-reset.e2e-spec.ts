import { Client } from 'pg';
import type { Response } from 'supertest';

import { DatabaseClient } from '../../src/infrastructure/database/database-client';
import { isDatabaseUnavailable } from '../../src/infrastructure/database/database-unavailable';
import { createProject, workspacePath } from '../projects/support/projects-api';
import { signUpOwner } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import { TcpProxy } from '../support/tcp-proxy';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * A connection to Postgres that is reset (TCP RST: a peer that died, a firewall or load balancer
 * that dropped the flow) rather than closed: pg fails the statement with the socket's ECONNRESET,
 * which says nothing about Postgres by itself. A statement in flight when that happens is an
 * outage (503 + Retry-After), never a 500. The statements are held in flight by a table lock
 * taken on the real primary, so the reset lands while they wait.
 */
describe('a connection to Postgres reset under a statement', () => {
  let primaryUrl: URL;
  let proxy: TcpProxy;
  let locker: Client;

  beforeEach(async () => {
    primaryUrl = new URL(testConfig().database.primaryUrl);
    proxy = await TcpProxy.start(primaryUrl.hostname, Number(primaryUrl.port));
    locker = new Client({ connectionString: primaryUrl.href });
    await locker.connect();
  });
  afterEach(async () => {
    await locker.end().catch(() => undefined);
    await proxy.reset();
  });

  /** Holds every statement on projects.tasks until the locker's transaction ends. */
  async function lockTasks(): Promise<void> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE projects.tasks IN ACCESS EXCLUSIVE MODE');
  }

  /** Until a statement of another session waits for the lock on projects.tasks. */
  function someoneWaitsForTheLock(): Promise<true> {
    return waitFor('a statement waiting for the lock on projects.tasks', async () => {
      const { rows } = await locker.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_locks
          WHERE NOT granted AND relation = 'projects.tasks'::regclass`,
      );
      return rows[0].waiting > 0 ? true : undefined;
    });
  }

  it('is an outage for the database client that made the connection', async () => {
    const client = new DatabaseClient({ connectionString: proxy.route(primaryUrl.href) });
    client.on('error', () => undefined); // the pool's listener, in the app
    await client.connect();
    await lockTasks();
    const failure = client.query('SELECT count(*) FROM projects.tasks').catch((e: unknown) => e);
    await someoneWaitsForTheLock();
    await proxy.reset();

    const error = await failure;
    expect((error as { code?: string }).code).toBe('ECONNRESET');
    expect(isDatabaseUnavailable(error)).toBe(true);
    await client.end().catch(() => undefined);
  });

  describe('through the app', () => {
    let web: WebAppUnderTest;
    let owner: SignedInUser;
    let tasksPath: string;

    beforeEach(async () => {
      const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
      // No replicas: every read goes to the primary, through the proxy.
      web = await WebAppUnderTest.start(
        config.with({
          database: {
            ...config.database,
            primaryUrl: proxy.route(primaryUrl.href),
            replicaUrls: [],
          },
        }),
      );
      owner = await signUpOwner(web, 'reset');
      const project = await createProject(web, owner);
      tasksPath = `${workspacePath(owner.workspaceId)}/projects/${project.id}/tasks`;
    });
    afterEach(() => web.close());

    async function answerWhenTheConnectionIsReset(request: Promise<Response>): Promise<Response> {
      await lockTasks();
      const answer = request.then((response) => response);
      await someoneWaitsForTheLock();
      await proxy.reset();
      const response = await answer;
      await locker.query('ROLLBACK');
      return response;
    }

    const expectDatabaseUnavailable = (response: Response) => {
      expect({ status: response.status, type: response.body.type }).toEqual({
        status: 503,
        type: 'urn:tenfold:problem:database-unavailable',
      });
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
    };

    it('answers a read 503 with Retry-After', async () => {
      const response = await answerWhenTheConnectionIsReset(
        web.http
          .get(`${tasksPath}?limit=5`)
          .set(bearer(owner.token))
          .then((r) => r),
      );
      expectDatabaseUnavailable(response);
    });

    it('answers a write 503 with Retry-After and writes nothing', async () => {
      const response = await answerWhenTheConnectionIsReset(
        web.http
          .post(tasksPath)
          .set(bearer(owner.token))
          .send({ title: 'lost with its connection' })
          .then((r) => r),
      );
      expectDatabaseUnavailable(response);
      const { rows } = await locker.query('SELECT 1 FROM projects.tasks WHERE title = $1', [
        'lost with its connection',
      ]);
      expect(rows).toEqual([]);
    });
  });
});
