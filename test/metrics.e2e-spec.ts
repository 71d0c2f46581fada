import { adminAuthorization, testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('web /metrics', () => {
  let web: WebAppUnderTest;
  beforeAll(async () => (web = await WebAppUnderTest.start(testConfig())));
  afterAll(() => web.close());

  it('exposes process, HTTP latency by route pattern, and queue depth', async () => {
    await web.http.get('/health/live');
    await web.http.get('/v1/system/heartbeats/5f1c1e3c-8a4e-4a44-9d0e-1b9a0f6f3b11');
    const response = await web.http
      .get('/metrics')
      .set('Authorization', adminAuthorization(web.config));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/tenfold_process_resident_memory_bytes/);
    expect(response.text).toMatch(
      /tenfold_http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200"\} 1/,
    );
    // The route pattern, never the raw id: label cardinality stays bounded.
    expect(response.text).toMatch(/route="\/v1\/system\/heartbeats\/:id",status="401"/);
    expect(response.text).not.toMatch(/5f1c1e3c/);
    expect(response.text).toMatch(/tenfold_queue_jobs\{queue="email",state="waiting"\} 0/);
  });
});
