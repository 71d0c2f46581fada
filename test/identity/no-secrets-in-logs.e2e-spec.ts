import { freePort } from '../support/free-port';
import { TenfoldProcess } from '../support/tenfold-process';
import { uniqueEmail } from '../support/identity-client';

describe('no token or password in any log line', () => {
  let web: TenfoldProcess;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    web = TenfoldProcess.start('web', { HTTP_PORT: String(port), LOG_LEVEL: 'debug' });
    await web.waitUntilReady(baseUrl);
  });
  afterAll(() => web.stop());

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
    await call('POST', '/v1/auth/login', { email, password: 'wrong-password-in-body-73' });
    await call('PUT', '/v1/auth/password', { currentPassword: password, newPassword }, token);
    await call('POST', '/v1/auth/login', { email, password: newPassword });
    await call('POST', '/v1/auth/logout', undefined, token);
    await call('GET', '/v1/me', undefined, token); // 401 after logout

    await new Promise((resolve) => setTimeout(resolve, 300));
    const output = `${web.stdout.join('\n')}\n${web.stderr}`;
    expect(web.logLines().filter((line) => line.req).length).toBeGreaterThanOrEqual(7);
    for (const secret of [token, password, newPassword, 'wrong-password-in-body-73']) {
      expect(output).not.toContain(secret);
    }
  });
});
