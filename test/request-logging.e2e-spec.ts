import type { NodeProcess } from './harness/node-process';
import { startTenfold } from './harness/tenfold-process';
import { waitFor } from './support/wait-for';

describe('request logging in a running web process', () => {
  let web: NodeProcess;
  let baseUrl: string;

  beforeAll(async () => {
    web = await startTenfold('web');
    baseUrl = web.origin;
    await web.waitUntilReady();
  });
  afterAll(() => web.stop());

  it('writes exactly one JSON line per request, with its request id and no headers', async () => {
    const requestId = `log-test-${Date.now()}`;
    const response = await fetch(`${baseUrl}/health/live`, {
      headers: {
        'X-Request-Id': requestId,
        Authorization: 'Bearer super-secret-token-value',
        Cookie: 'session=cookie-secret-value',
      },
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const lines = await waitFor('the request log line', () => {
      const found = web
        .logLines()
        .filter((line) => (line.req as { id?: string } | undefined)?.id === requestId);
      return found.length > 0 ? found : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // a duplicate line would arrive by now
    const all = web.logLines().filter((line) => JSON.stringify(line).includes(requestId));
    expect(all).toHaveLength(1);
    expect(lines[0]).toMatchObject({ req: { id: requestId }, res: { statusCode: 200 } });
    const output = web.stdoutLines.join('\n');
    expect(output).not.toContain('super-secret-token-value');
    expect(output).not.toContain('cookie-secret-value');
    // No header is copied into the line at all, so none has to be redacted.
    expect(lines[0].req).toEqual({
      id: requestId,
      method: 'GET',
      url: '/health/live',
      remoteAddress: '127.0.0.1',
    });
  });

  it('does not warn about the eviction policy of the local Redis (noeviction)', () => {
    expect(web.stdoutLines.join('\n')).not.toContain('maxmemory-policy');
  });

  it('mints a request id when the caller sends none, and reports it in errors', async () => {
    const response = await fetch(`${baseUrl}/v1/nothing-here`);
    const body = (await response.json()) as { requestId: string };
    expect(response.status).toBe(404);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
    await waitFor('the 404 log line', () =>
      web
        .logLines()
        .find((line) => (line.req as { id?: string } | undefined)?.id === body.requestId),
    );
  });
});
