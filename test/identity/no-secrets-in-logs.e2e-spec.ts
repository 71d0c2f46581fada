import type { TenfoldProcess } from '../support/tenfold-process';
import { startWebAndMailWorker, type WebAndMailWorker } from '../support/web-and-mail-worker';
import { uniqueEmail } from '../support/identity-client';
import { invitationTokenIn, waitForMailsTo } from '../support/smtp-sink';

describe('no token or password in any log line', () => {
  let web: TenfoldProcess;
  let worker: TenfoldProcess;
  let baseUrl: string;
  let processes: WebAndMailWorker | undefined;

  beforeAll(async () => {
    // The worker delivers the invitation mail, whose body carries a token.
    processes = await startWebAndMailWorker({ LOG_LEVEL: 'debug' });
    ({ web, worker, baseUrl } = processes);
  });
  afterAll(() => processes?.stop());

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };

  /** Invites a new user, who signs up and accepts from the mail; returns the invitation token. */
  const inviteAndAccept = async (ownerToken: string, password: string): Promise<string> => {
    const me = (await (
      await fetch(`${baseUrl}/v1/me`, { headers: { Authorization: `Bearer ${ownerToken}` } })
    ).json()) as { memberships: Record<string, string> };
    const [workspaceId] = Object.keys(me.memberships);
    const invitee = uniqueEmail('logs-invitee');
    expect(
      await call(
        'POST',
        `/v1/workspaces/${workspaceId}/invitations`,
        { email: invitee, role: 'member' },
        ownerToken,
      ),
    ).toBe(201);
    const signUp = await fetch(`${baseUrl}/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: invitee, password, workspaceName: 'Invitee' }),
    });
    const inviteeToken = ((await signUp.json()) as { session: { token: string } }).session.token;
    const invitationToken = invitationTokenIn((await waitForMailsTo(invitee))[0]);
    expect(
      await call('POST', '/v1/invitations/accept', { token: invitationToken }, inviteeToken),
    ).toBe(200);
    return invitationToken;
  };

  it('logs every request of a full session without its secrets', async () => {
    const email = uniqueEmail('logs');
    const password = 'secret-password-in-body-71';
    const newPassword = 'another-secret-password-72';
    const signUp = await fetch(`${baseUrl}/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, workspaceName: 'Logs' }),
    });
    const token = ((await signUp.json()) as { session: { token: string } }).session.token;
    await call('GET', '/v1/me', undefined, token);
    const invitationToken = await inviteAndAccept(token, password);
    await call('POST', '/v1/auth/login', { email, password: 'wrong-password-in-body-73' });
    await call('PUT', '/v1/auth/password', { currentPassword: password, newPassword }, token);
    await call('POST', '/v1/auth/login', { email, password: newPassword });
    await call('POST', '/v1/auth/logout', undefined, token);
    await call('GET', '/v1/me', undefined, token); // 401 after logout

    await new Promise((resolve) => setTimeout(resolve, 300));
    const output = [web, worker].map((p) => `${p.stdout.join('\n')}\n${p.stderr}`).join('\n');
    expect(web.logLines().filter((line) => line.req).length).toBeGreaterThanOrEqual(10);
    expect(worker.logLines().length).toBeGreaterThan(0);
    const secrets = [token, password, newPassword, 'wrong-password-in-body-73', invitationToken];
    for (const secret of secrets) {
      expect(output).not.toContain(secret);
    }
  });
});
