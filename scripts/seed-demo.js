// Demo data for the quick start, created through the public API exactly as a client would, with the
// generated TypeScript client (clients/typescript; `npm run up` builds it first):
// sign-ups verified from their mails, a shared workspace, and invitations delivered by the worker
// to the local SMTP sink and accepted from there. Safe to run again: whatever already exists is
// reused, nothing is duplicated.
//
//   node scripts/seed-demo.js            (web on TENFOLD_BASE_URL, default http://127.0.0.1:3000)
//
// Local use only: it reads verification and invitation mail from the SMTP sink's HTTP API and prints
// demo passwords.

const BASE_URL = (process.env.TENFOLD_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const SINK_API =
  process.env.SMTP_SINK_API ?? `http://127.0.0.1:${process.env.TENFOLD_SMTP_API_PORT ?? '58025'}`;
const PASSWORD = process.env.DEMO_PASSWORD ?? 'tenfold-demo-password';
const WORKSPACE = 'Acme launch (demo)';
const OWNER = { email: 'ann@demo.tenfold.dev', name: 'Ann' };
const MEMBERS = [
  { email: 'bob@demo.tenfold.dev', name: 'Bob', role: 'admin' },
  { email: 'cara@demo.tenfold.dev', name: 'Cara', role: 'member' },
  { email: 'dan@demo.tenfold.dev', name: 'Dan', role: 'viewer' },
];

let api;
try {
  // The generated client (clients/typescript, `npm run client`), built by `npm run client:build`.
  api = require('../clients/typescript/dist');
} catch {
  console.error('Demo seed failed: the API client is not built: run npm run client:build first.');
  process.exit(1);
}

api.client.setConfig({
  baseUrl: BASE_URL,
  fetch: (request) => fetch(request, { signal: AbortSignal.timeout(10_000) }),
});

/**
 * Calls an SDK function of the generated client and answers { status, body } when the status is
 * one of `expect`; throws otherwise. `token` is the session for operations that take one.
 */
async function call(operation, { token, expect = [200], ...options } = {}) {
  const { data, error, request, response } = await operation({ ...options, auth: token });
  if (!response) {
    throw new Error(
      `cannot reach tenfold at ${BASE_URL} (${error?.cause?.code ?? error?.message})`,
    );
  }
  const body = response.ok ? data : error;
  if (!expect.includes(response.status)) {
    const path = new URL(request.url).pathname;
    const detail = body?.detail ?? (typeof body === 'string' ? body : JSON.stringify(body));
    throw new Error(`${request.method} ${path} answered ${response.status}: ${detail}`);
  }
  return { status: response.status, body };
}

/**
 * Logs the person in. Someone without an account yet signs up (their own first workspace comes with
 * it), verifies the address from the mail, and then logs in: sign-up itself signs nobody in.
 */
async function sessionFor(person, firstWorkspaceName) {
  const credentials = { email: person.email, password: PASSWORD };
  const login = await call(api.logIn, { body: credentials, expect: [200, 401] });
  if (login.status === 200) return login.body.session.token;
  const seen = new Set((await sinkMessages(person.email)).map((m) => m.id));
  await call(api.signUp, {
    body: { ...credentials, workspaceName: firstWorkspaceName },
    expect: [202],
  });
  await verifyFromMail(person.email, seen);
  return (await call(api.logIn, { body: credentials })).body.session.token;
}

async function sinkMessages(email) {
  const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`SMTP sink at ${SINK_API} answered ${response.status}`);
  return response.json();
}

/**
 * Follows a verification mail to the address that arrived after `seen` (mail ids). The sink is
 * shared (other stacks' runs may mail the demo addresses too): a token that does not verify is
 * someone else's, and the wait goes on.
 */
async function verifyFromMail(email, seen) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const mail of await sinkMessages(email)) {
      if (seen.has(mail.id)) continue;
      seen.add(mail.id);
      const token = /verification token: ([A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];
      if (!token) continue;
      const verified = await call(api.verifyEmail, { body: { token }, expect: [204, 400] });
      if (verified.status === 204) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no verification mail for ${email} within 30 s: is the worker running? (or does the address ` +
      'have an account with another password?)',
  );
}

/** Accepts; an account left unverified by an interrupted earlier run verifies first, then accepts. */
async function accept(email, sessionToken, invitation) {
  const answer = await call(api.acceptInvitation, {
    token: sessionToken,
    body: { token: invitation },
    expect: [200, 403],
  });
  if (answer.status === 200) return;
  if (!String(answer.body?.type).endsWith(':email-not-verified')) {
    throw new Error(`POST /v1/invitations/accept answered 403: ${answer.body?.detail}`);
  }
  const seen = new Set((await sinkMessages(email)).map((m) => m.id));
  await call(api.resendVerificationEmail, { body: { email }, expect: [202] });
  await verifyFromMail(email, seen);
  await call(api.acceptInvitation, { token: sessionToken, body: { token: invitation } });
}

async function invitationToken(invitationId, email) {
  const messageId = `<invitation-${invitationId}@`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(email)}`);
    if (!response.ok) throw new Error(`SMTP sink at ${SINK_API} answered ${response.status}`);
    const mail = (await response.json()).find((m) =>
      String(m.headers['message-id']).startsWith(messageId),
    );
    const token = mail && /invitation token: ([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    if (token) return token;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no invitation mail for ${email} within 30 s: is the worker running?`);
}

const PROJECT = 'Website relaunch';
const LABELS = [
  { name: 'content', color: '#2ca02c' },
  { name: 'infrastructure', color: '#1f77b4' },
];
// dueInDays: relative to the day the seed runs (negative: already overdue), in Berlin time.
const TASKS = [
  {
    title: 'Draft the new landing page copy',
    assignee: 'cara@demo.tenfold.dev',
    done: true,
    priority: 'high',
    labels: ['content'],
    dueInDays: -3,
  },
  {
    title: 'Pick the hosting provider',
    assignee: 'bob@demo.tenfold.dev',
    done: true,
    priority: 'medium',
    labels: ['infrastructure'],
    dueInDays: -1,
  },
  {
    title: 'Migrate the blog posts',
    assignee: 'cara@demo.tenfold.dev',
    done: false,
    priority: 'urgent',
    labels: ['content'],
    dueInDays: 2,
    comment:
      'Can you take the 2019 archive first, @cara@demo.tenfold.dev? @bob@demo.tenfold.dev has the redirects list.',
  },
  {
    title: 'Set up redirects for old URLs',
    assignee: null,
    done: false,
    priority: 'low',
    labels: ['infrastructure', 'content'],
    dueInDays: -2,
  },
];
const TIME_ZONE = 'Europe/Berlin';

/** Noon UTC, `days` from today: a due date that reads the same day in Berlin. */
function dueAt(days) {
  const day = new Date();
  day.setUTCHours(12, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString();
}

/**
 * A project with a few tasks, some assigned and done, so the projects and analytics endpoints have
 * something to show. Assignees must be known to the projects module, which learns about members
 * from identity's events a moment after they join: assigning retries briefly.
 */
async function seedProject(workspaceId, token) {
  const workspace = { workspaceId };
  const projects = await call(api.listProjects, { token, path: workspace });
  if (projects.body.items.some((p) => p.name === PROJECT)) return;
  const project = await call(api.createProject, {
    token,
    path: workspace,
    body: { name: PROJECT, description: 'Demo data from scripts/seed-demo.js' },
    expect: [201],
  });
  const members = await call(api.listWorkspaceMembers, { token, path: workspace });
  const idOf = (email) => members.body.find((m) => m.email === email)?.userId ?? null;
  const labelIds = new Map();
  for (const label of LABELS) {
    const created = await call(api.createLabel, {
      token,
      path: workspace,
      body: label,
      expect: [201],
    });
    labelIds.set(label.name, created.body.id);
  }
  for (const item of TASKS) {
    const task = await call(api.createTask, {
      token,
      path: { workspaceId, projectId: project.body.id },
      body: {
        title: item.title,
        priority: item.priority,
        labelIds: item.labels.map((name) => labelIds.get(name)),
        dueAt: dueAt(item.dueInDays),
        dueTimeZone: TIME_ZONE,
      },
      expect: [201],
    });
    const path = { workspaceId, taskId: task.body.id };
    // Assigned by the owner: the assignee finds it in their notifications.
    if (item.assignee) await assignWhenKnown(path, idOf(item.assignee), token);
    if (item.done) await call(api.completeTask, { token, path });
    // A mention: the members named are told (notifications, mail per their preferences).
    if (item.comment) {
      await call(api.createComment, { token, path, body: { body: item.comment }, expect: [201] });
    }
  }
}

async function assignWhenKnown(path, assigneeId, token) {
  // Usually a fraction of a second; longer when the worker is still delivering a backlog of
  // events (after `npm run bench`, say), which it works through in order.
  const started = Date.now();
  const deadline = started + 120_000;
  let told = false;
  for (;;) {
    const answer = await call(api.assignTask, {
      token,
      path,
      body: { assigneeId },
      expect: [200, 400],
    });
    if (answer.status === 200) return;
    if (!String(answer.body?.type).endsWith(':assignee-not-a-member')) {
      throw new Error(`PUT …/tasks/${path.taskId}/assignee answered 400: ${answer.body?.detail}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`the assignee never became known to projects (is the worker running?)`);
    }
    if (!told && Date.now() - started > 5_000) {
      console.log('waiting for the worker to deliver the new members to projects …');
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function seed() {
  const ownerToken = await sessionFor(OWNER, WORKSPACE);
  const workspaces = await call(api.listWorkspaces, { token: ownerToken });
  const workspace = workspaces.body.find((w) => w.name === WORKSPACE && w.role === 'owner');
  if (!workspace) throw new Error(`${OWNER.email} owns no workspace named "${WORKSPACE}"`);

  const members = await call(api.listWorkspaceMembers, {
    token: ownerToken,
    path: { workspaceId: workspace.id },
  });
  const joined = new Set(members.body.map((m) => m.email));
  for (const person of MEMBERS) {
    const token = await sessionFor(person, `${person.name}'s workspace`);
    if (joined.has(person.email)) continue;
    const invitation = await call(api.inviteWorkspaceMember, {
      token: ownerToken,
      path: { workspaceId: workspace.id },
      body: { email: person.email, role: person.role },
      expect: [201],
    });
    await accept(person.email, token, await invitationToken(invitation.body.id, person.email));
  }

  await seedProject(workspace.id, ownerToken);

  console.log(
    `Demo workspace "${WORKSPACE}" (${workspace.id}), password for everyone: ${PASSWORD}`,
  );
  for (const person of [{ ...OWNER, role: 'owner' }, ...MEMBERS]) {
    console.log(`  ${person.role.padEnd(6)} ${person.email}`);
  }
  console.log(
    `  project "${PROJECT}" with ${TASKS.length} tasks (due dates, priorities, labels, a comment)`,
  );
  console.log('  log in as cara@demo.tenfold.dev: GET /v1/me/notifications (assigned, mentioned)');
  console.log(`  activity report: GET /v1/workspaces/${workspace.id}/analytics/activity`);
  console.log(`  30-day report:   GET /v1/workspaces/${workspace.id}/analytics/reports?days=30`);
}

seed().catch((error) => {
  console.error(`Demo seed failed: ${error.message}`);
  process.exit(1);
});
