import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './harness/free-port';
import { waitFor } from './support/wait-for';
import { startWebAndMailWorker, type WebAndMailWorker } from './support/web-and-mail-worker';

const run = promisify(execFile);
const SEED = join(__dirname, '..', 'scripts', 'seed-demo.js');
const CLIENT_TSCONFIG = join(__dirname, '..', 'clients', 'typescript', 'tsconfig.json');

/** What `npm run client:build` does: the seed calls the API through the compiled client. */
const buildClient = () =>
  run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', CLIENT_TSCONFIG]);

/** The quick start's demo data, seeded through the API of a real web and worker process. */
describe('demo seed (npm run up)', () => {
  let baseUrl: string;
  let processes: WebAndMailWorker | undefined;

  beforeAll(async () => {
    const built = buildClient();
    try {
      processes = await startWebAndMailWorker();
      baseUrl = processes.baseUrl;
    } finally {
      await built;
    }
  });
  afterAll(() => processes?.stop());

  const seed = () =>
    run(process.execPath, [SEED], { env: { ...process.env, TENFOLD_BASE_URL: baseUrl } });

  /** Ann's session and the demo workspace, through the API. */
  async function demoSession() {
    const login = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ann@demo.tenfold.dev', password: 'tenfold-demo-password' }),
    });
    expect(login.status).toBe(200);
    const { session } = (await login.json()) as { session: { token: string } };
    const auth = { Authorization: `Bearer ${session.token}` };
    const workspaces = (await (
      await fetch(`${baseUrl}/v1/workspaces`, { headers: auth })
    ).json()) as {
      id: string;
      name: string;
    }[];
    const demo = workspaces.find((w) => w.name === 'Acme launch (demo)');
    expect(demo).toBeDefined();
    return { auth, workspaceId: demo!.id };
  }

  async function demoMembers(): Promise<[string, string][]> {
    const { auth, workspaceId } = await demoSession();
    const members = (await (
      await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/members`, { headers: auth })
    ).json()) as { email: string; role: string }[];
    return members.map((m) => [m.email, m.role] as [string, string]).sort();
  }

  /** [title, status, assigned?] of the demo project's tasks, sorted by title. */
  async function demoTasks(): Promise<[string, string, boolean][]> {
    const { auth, workspaceId } = await demoSession();
    const projects = (await (
      await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/projects`, { headers: auth })
    ).json()) as { items: { id: string; name: string }[] };
    const project = projects.items.filter((p) => p.name === 'Website relaunch');
    expect(project).toHaveLength(1);
    const tasks = (await (
      await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/projects/${project[0].id}/tasks`, {
        headers: auth,
      })
    ).json()) as { items: { title: string; status: string; assigneeId: string | null }[] };
    return tasks.items
      .map((t) => [t.title, t.status, t.assigneeId !== null] as [string, string, boolean])
      .sort(([a], [b]) => a.localeCompare(b));
  }

  it('creates a demo workspace with an owner, an admin, a member and a viewer, and can run again', async () => {
    const first = await seed();
    expect(first.stdout).toContain('Demo workspace "Acme launch (demo)"');
    const expected = [
      ['ann@demo.tenfold.dev', 'owner'],
      ['bob@demo.tenfold.dev', 'admin'],
      ['cara@demo.tenfold.dev', 'member'],
      ['dan@demo.tenfold.dev', 'viewer'],
    ];
    expect(await demoMembers()).toEqual(expected);
    const expectedTasks = [
      ['Draft the new landing page copy', 'done', true],
      ['Migrate the blog posts', 'open', true],
      ['Pick the hosting provider', 'done', true],
      ['Set up redirects for old URLs', 'open', false],
    ];
    expect(await demoTasks()).toEqual(expectedTasks);

    await seed();
    expect(await demoMembers()).toEqual(expected);
    expect(await demoTasks()).toEqual(expectedTasks);
  });

  it('gives a demo member something to see: fields, labels and their notifications', async () => {
    const { auth, workspaceId } = await demoSession();
    const labels = (await (
      await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/labels`, { headers: auth })
    ).json()) as { items: { name: string }[] };
    expect(labels.items.map((label) => label.name)).toEqual(['content', 'infrastructure']);
    const overdue = (await (
      await fetch(`${baseUrl}/v1/workspaces/${workspaceId}/tasks?overdue=true`, { headers: auth })
    ).json()) as { items: { title: string; priority: string; dueTimeZone: string }[] };
    expect(overdue.items.map((task) => [task.title, task.priority, task.dueTimeZone])).toEqual([
      ['Set up redirects for old URLs', 'low', 'Europe/Berlin'],
    ]);

    // Cara was assigned two tasks by the owner and mentioned in a comment.
    const login = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'cara@demo.tenfold.dev', password: 'tenfold-demo-password' }),
    });
    const { session } = (await login.json()) as { session: { token: string } };
    const kinds = await waitFor(
      "cara's assignment and mention notifications",
      async () => {
        const inbox = (await (
          await fetch(`${baseUrl}/v1/me/notifications`, {
            headers: { Authorization: `Bearer ${session.token}` },
          })
        ).json()) as { items: { kind: string }[] };
        const seen = new Set(inbox.items.map((item) => item.kind));
        return seen.has('assigned') && seen.has('mention') ? [...seen].sort() : undefined;
      },
      30_000,
    );
    expect(kinds).toEqual(expect.arrayContaining(['assigned', 'mention']));
  });

  it('fails with a clear message, not a hang, when the API is not there', async () => {
    const closedPort = await freePort();
    const failed = await run(process.execPath, [SEED], {
      env: { ...process.env, TENFOLD_BASE_URL: `http://127.0.0.1:${closedPort}` },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /^Demo seed failed: cannot reach tenfold at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
  });
});
