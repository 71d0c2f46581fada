import type { NodeProcess } from '../harness/node-process';
import { startWebAndMailWorker, type WebAndMailWorker } from '../support/web-and-mail-worker';
import { uniqueEmail } from '../harness/accounts';
import { invitationTokenIn } from '../support/smtp-sink';
import {
  INVITATION_SUBJECT,
  PASSWORD_RESET_SUBJECT,
  passwordResetTokenIn,
  VERIFICATION_SUBJECT,
  verificationTokenIn,
  waitForMail,
} from './support/account-mails';

describe('no token or password in any log line', () => {
  let web: NodeProcess;
  let worker: NodeProcess;
  let baseUrl: string;
  let processes: WebAndMailWorker | undefined;

  beforeAll(async () => {
    // The worker delivers the mails (verification, invitation, reset), whose bodies carry tokens.
    processes = await startWebAndMailWorker({ LOG_LEVEL: 'debug' });
    ({ web, worker, baseUrl } = processes);
  });
  afterAll(() => processes?.stop());

  const send = async (method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await send(method, path, body, token);
    await response.arrayBuffer();
    return response.status;
  };

  /** Signs up, verifies from the mail and logs in; returns the session and verification tokens. */
  const signUpVerified = async (email: string, password: string, workspaceName: string) => {
    expect(await call('POST', '/v1/auth/sign-up', { email, password, workspaceName })).toBe(202);
    const verificationToken = verificationTokenIn(await waitForMail(email, VERIFICATION_SUBJECT));
    expect(await call('POST', '/v1/auth/verify-email', { token: verificationToken })).toBe(204);
    const login = await send('POST', '/v1/auth/login', { email, password });
    const token = ((await login.json()) as { session: { token: string } }).session.token;
    return { token, verificationToken };
  };

  /** Invites a new user, who signs up and accepts from the mail; returns the tokens involved. */
  const inviteAndAccept = async (ownerToken: string, password: string): Promise<string[]> => {
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
    const { token: inviteeToken, verificationToken } = await signUpVerified(
      invitee,
      password,
      'Invitee',
    );
    const invitationToken = invitationTokenIn(await waitForMail(invitee, INVITATION_SUBJECT));
    expect(
      await call('POST', '/v1/invitations/accept', { token: invitationToken }, inviteeToken),
    ).toBe(200);
    return [invitationToken, verificationToken, inviteeToken];
  };

  it('logs every request of a full session without its secrets', async () => {
    const email = uniqueEmail('logs');
    const password = 'secret-password-in-body-71';
    const newPassword = 'another-secret-password-72';
    const resetPassword = 'reset-secret-password-74';
    const { token, verificationToken } = await signUpVerified(email, password, 'Logs');
    await call('GET', '/v1/me', undefined, token);
    const inviteeSecrets = await inviteAndAccept(token, password);
    await call('POST', '/v1/auth/login', { email, password: 'wrong-password-in-body-73' });
    await call('PUT', '/v1/auth/password', { currentPassword: password, newPassword }, token);
    await call('POST', '/v1/auth/login', { email, password: newPassword });
    expect(await call('POST', '/v1/auth/password-reset', { email })).toBe(202);
    const resetToken = passwordResetTokenIn(await waitForMail(email, PASSWORD_RESET_SUBJECT));
    expect(
      await call('POST', '/v1/auth/password-reset/complete', {
        token: resetToken,
        newPassword: resetPassword,
      }),
    ).toBe(204);
    await call('POST', '/v1/auth/logout', undefined, token); // 401: the reset ended the session
    await call('GET', '/v1/me', undefined, token);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const output = [web, worker].map((p) => `${p.stdoutLines.join('\n')}\n${p.stderr}`).join('\n');
    expect(web.logLines().filter((line) => line.req).length).toBeGreaterThanOrEqual(14);
    expect(worker.logLines().length).toBeGreaterThan(0);
    const secrets = [
      token,
      password,
      newPassword,
      resetPassword,
      'wrong-password-in-body-73',
      verificationToken,
      resetToken,
      ...inviteeSecrets,
    ];
    for (const secret of secrets) {
      expect(output).not.toContain(secret);
    }
  });
});
