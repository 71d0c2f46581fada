import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { ReplicaGauges } from './replica-gauges';
import type { ReplicaStatus } from './replica-status';

const standby: ReplicaStatus = {
  name: 'pg-2:5432',
  reachable: true,
  isPrimary: false,
  inRotation: false,
  outOfRotationBecause: 'lagging 45.0 s (limit 30 s)',
  replayPosition: 100n,
  lagBytes: 4096,
  lagSeconds: 45,
  checkedAt: new Date(),
};
const promoted: ReplicaStatus = {
  ...standby,
  isPrimary: true,
  outOfRotationBecause: 'the primary, not a standby',
  replayPosition: null,
  lagBytes: null,
  lagSeconds: null,
};

async function seriesOf(registry: MetricsRegistry): Promise<string[]> {
  return (await registry.metrics())
    .split('\n')
    .filter((line) => line.startsWith('tenfold_db_replica_'));
}

describe('ReplicaGauges', () => {
  it('reports a lagging standby as a replica out of the rotation, with its lag', async () => {
    const registry = new MetricsRegistry();
    new ReplicaGauges(registry).record(standby);
    expect(await seriesOf(registry)).toEqual(
      expect.arrayContaining([
        'tenfold_db_replica_in_rotation{replica="pg-2:5432"} 0',
        'tenfold_db_replica_is_primary{replica="pg-2:5432"} 0',
        'tenfold_db_replica_lag_seconds{replica="pg-2:5432"} 45',
        'tenfold_db_replica_lag_bytes{replica="pg-2:5432"} 4096',
      ]),
    );
  });

  it('reports a promoted replica as the primary, without the lag it had as a standby', async () => {
    const registry = new MetricsRegistry();
    const gauges = new ReplicaGauges(registry);
    gauges.record(standby);
    gauges.record(promoted);
    expect(await seriesOf(registry)).toEqual([
      'tenfold_db_replica_in_rotation{replica="pg-2:5432"} 0',
      'tenfold_db_replica_is_primary{replica="pg-2:5432"} 1',
    ]);
  });
});
