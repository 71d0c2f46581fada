import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * On Kubernetes DB_REPLICA_URLS lists every CloudNativePG instance, so one "replica" is the
 * primary (docs/DEPLOY.md). Here the primary's own URL is listed beside the stack's replica: it
 * must be told apart from a replica that is out of the rotation, for alerts and for readiness.
 */
describe('a primary listed among the replicas', () => {
  const base = testConfig();
  const config = testConfig({
    DB_REPLICA_URLS: [base.database.replicaUrls[0], base.database.primaryUrl].join(','),
  });
  const nameOf = (url: string) => `${new URL(url).hostname}:${new URL(url).port || '5432'}`;
  const primary = nameOf(base.database.primaryUrl);
  const replica = nameOf(base.database.replicaUrls[0]);
  let web: WebAppUnderTest;

  beforeAll(async () => (web = await WebAppUnderTest.start(config)));
  afterAll(() => web?.close());

  const admin = () => ({ Authorization: adminAuthorization(web.config) });
  /** The replica series of /metrics, once the monitor has judged both URLs. */
  const checkedMetrics = () =>
    waitFor('both listed URLs checked', async () => {
      const { text } = await web.http.get('/metrics').set(admin());
      const series = (text as string)
        .split('\n')
        .filter((line) => line.startsWith('tenfold_db_replica_'));
      const judged = [primary, replica].every((name) =>
        series.some((line) => line.startsWith(`tenfold_db_replica_is_primary{replica="${name}"}`)),
      );
      return judged ? series : undefined;
    });

  it('reports it as the primary, out of the rotation and without a lag', async () => {
    const series = await checkedMetrics();
    expect(series).toEqual(
      expect.arrayContaining([
        `tenfold_db_replica_is_primary{replica="${primary}"} 1`,
        `tenfold_db_replica_in_rotation{replica="${primary}"} 0`,
        `tenfold_db_replica_is_primary{replica="${replica}"} 0`,
      ]),
    );
    expect(
      series.filter((line) => line.includes(`replica="${primary}"`) && /_lag_/.test(line)),
    ).toEqual([]);
  });

  it('stays ready and not degraded, and says which instance is the primary', async () => {
    const ready = await waitFor('the stack replica in the rotation', async () => {
      const response = await web.http.get('/health/ready').set(admin());
      const replicas = response.body.details?.replica?.replicas as
        { name: string; inRotation: boolean }[] | undefined;
      return replicas?.find((r) => r.name === replica)?.inRotation ? response : undefined;
    });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.details.replica).toMatchObject({ status: 'up' });
    expect(ready.body.details.replica.replicas).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: primary,
          reachable: true,
          isPrimary: true,
          inRotation: false,
          outOfRotationBecause: 'the primary, not a standby',
          lagBytes: null,
        }),
        expect.objectContaining({ name: replica, isPrimary: false, inRotation: true }),
      ]),
    );
  });
});
