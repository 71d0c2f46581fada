import { TcpProxy } from './support/tcp-proxy';
import { adminAuthorization, testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('web health', () => {
  describe('with every dependency up', () => {
    let web: WebAppUnderTest;
    beforeAll(async () => (web = await WebAppUnderTest.start(testConfig())));
    afterAll(() => web.close());

    it('is live without touching dependencies', async () => {
      const response = await web.http.get('/health/live');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('is ready with primary, replica, Redis and S3 up, in detail for platform admins', async () => {
      const response = await web.http
        .get('/health/ready')
        .set('Authorization', adminAuthorization(web.config));
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('ok');
      for (const dependency of ['primary', 'replica', 'redis', 's3']) {
        expect(response.body.details[dependency].status).toBe('up');
      }
      expect(response.body.details.replica.replicas).toEqual([
        expect.objectContaining({
          inRotation: true,
          reachable: true,
          lagSeconds: expect.any(Number),
        }),
      ]);
    });
  });

  describe('for callers who are not platform admins', () => {
    let web: WebAppUnderTest;
    beforeAll(async () => (web = await WebAppUnderTest.start(testConfig())));
    afterAll(() => web.close());

    it('says only the status: no dependency names, hosts or lags', async () => {
      for (const authorization of [undefined, 'Bearer not-a-session', 'Basic d3Jvbmc6d3Jvbmc=']) {
        const call = web.http.get('/health/ready');
        const response = authorization
          ? await call.set('Authorization', authorization)
          : await call;
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ status: 'ok' });
      }
    });

    it('keeps /metrics for platform admins', async () => {
      const anonymous = await web.http.get('/metrics');
      expect(anonymous.status).toBe(401);
      expect(anonymous.text).not.toMatch(/tenfold_|process_cpu/);
      const admin = await web.http
        .get('/metrics')
        .set('Authorization', adminAuthorization(web.config));
      expect(admin.status).toBe(200);
      expect(admin.text).toMatch(/^# HELP /m);
    });
  });

  describe('when the replica goes away', () => {
    let web: WebAppUnderTest;
    let replicaProxy: TcpProxy;

    beforeAll(async () => {
      const config = testConfig();
      const replicaUrl = new URL(config.database.replicaUrls[0]);
      replicaProxy = await TcpProxy.start(replicaUrl.hostname, Number(replicaUrl.port));
      web = await WebAppUnderTest.start(
        config.with({
          database: { ...config.database, replicaUrls: [replicaProxy.route(replicaUrl.href)] },
        }),
      );
    });
    afterAll(async () => {
      await web.close();
      await replicaProxy.cut();
    });

    it('stays ready, reporting the replica as degraded in the details', async () => {
      const ready = () =>
        web.http.get('/health/ready').set('Authorization', adminAuthorization(web.config));
      expect((await ready()).body.details.replica.status).toBe('up');
      await replicaProxy.cut();
      const response = await ready();
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('degraded');
      expect(response.body.details.replica.status).toBe('degraded');
      expect(response.body.details.primary.status).toBe('up');
    });
  });

  describe('when the primary goes away', () => {
    let web: WebAppUnderTest;
    let primaryProxy: TcpProxy;

    beforeAll(async () => {
      const config = testConfig();
      const primaryUrl = new URL(config.database.primaryUrl);
      primaryProxy = await TcpProxy.start(primaryUrl.hostname, Number(primaryUrl.port));
      web = await WebAppUnderTest.start(
        config.with({
          database: { ...config.database, primaryUrl: primaryProxy.route(primaryUrl.href) },
        }),
      );
    });
    afterAll(async () => {
      await web.close();
      await primaryProxy.cut();
    });

    it('is not ready, and says which check failed in problem+json', async () => {
      await primaryProxy.cut();
      const response = await web.http
        .get('/health/ready')
        .set('Authorization', adminAuthorization(web.config));
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.checks.details.primary.status).toBe('down');
      expect(response.body.checks.details.redis.status).toBe('up');
      const anonymous = await web.http.get('/health/ready');
      expect(anonymous.status).toBe(503);
      expect(anonymous.body.checks).toBeUndefined();
      expect(anonymous.text).not.toMatch(/primary|redis|127\.0\.0\.1/);
    });
  });
});
