'use strict';

const net = require('node:net');

const { InstanceProcess } = require('./instance-process');
const { RoundRobinBalancer } = require('./round-robin-balancer');

// Readiness checks Postgres, Redis and S3: probing more often adds load of its own.
const HEALTH_INTERVAL_MS = 250;
// Long enough for the balancer's two failed checks in a row, with room for a slow one.
const DRAIN_DELAY_MS = 1_500;

/**
 * N web and M worker processes from the build, on the local stack, behind a round-robin balancer
 * (round-robin-balancer.js) in this process. Used by test/scaling and `npm run bench scale`.
 *
 * Instances inherit this process's environment (a test file's databases, Redis prefix and broker
 * prefix), then `env`, then `webEnv` / `workerEnv`. Web instances get SHUTDOWN_DRAIN_DELAY_MS so
 * that a SIGTERMed one leaves the rotation before it stops listening.
 *
 * @param {object} [options]
 * @param {number} [options.web] web instances (default 2)
 * @param {number} [options.workers] worker instances (default 2)
 * @param {Record<string, string>} [options.env]
 * @param {Record<string, string>} [options.webEnv]
 * @param {Record<string, string>} [options.workerEnv]
 * @param {number} [options.healthIntervalMs]
 * @param {boolean} [options.captureLogs] keep the instances' log lines (default true)
 */
async function startCluster(options = {}) {
  const {
    web = 2,
    workers = 2,
    env = {},
    webEnv = {},
    workerEnv = {},
    healthIntervalMs = HEALTH_INTERVAL_MS,
    captureLogs = true,
  } = options;
  const instances = [];
  const cluster = new Cluster(instances);
  try {
    for (let index = 1; index <= web; index += 1) {
      instances.push(
        InstanceProcess.start({
          name: `web-${index}`,
          kind: 'web',
          port: await freePort(),
          env: {
            SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS),
            // As behind a production balancer: request.ip is the client's, not the balancer's.
            HTTP_TRUST_PROXY: '127.0.0.1',
            ...env,
            ...webEnv,
          },
          captureLogs,
        }),
      );
    }
    for (let index = 1; index <= workers; index += 1) {
      instances.push(
        InstanceProcess.start({
          name: `worker-${index}`,
          kind: 'worker',
          port: await freePort(),
          env: { ...env, ...workerEnv },
          captureLogs,
        }),
      );
    }
    await Promise.all(instances.map((instance) => instance.waitUntilReady()));
    cluster.balancer = await RoundRobinBalancer.start({
      upstreams: cluster.web.map(({ name, origin }) => ({ name, origin })),
      healthIntervalMs,
    });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

class Cluster {
  constructor(instances) {
    this.instances = instances;
    this.balancer = undefined;
  }

  /** The balancer's address: what clients use. */
  get url() {
    if (!this.balancer) throw new Error('the cluster is not started');
    return this.balancer.url;
  }

  get web() {
    return this.instances.filter((instance) => instance.kind === 'web');
  }

  get workers() {
    return this.instances.filter((instance) => instance.kind === 'worker');
  }

  instance(name) {
    const found = this.instances.find((instance) => instance.name === name);
    if (!found) throw new Error(`no instance named ${name}`);
    return found;
  }

  /** Stops the balancer and every instance (SIGTERM, SIGKILL after graceMs). */
  async stop(graceMs = 15_000) {
    await this.balancer?.close();
    await Promise.all(this.instances.map((instance) => instance.stop(graceMs)));
  }
}

/** A loopback port that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(address.port));
    });
  });
}

module.exports = { startCluster, Cluster, freePort };
