import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '../../src/infrastructure/config/load-config';
import { RabbitMqNames } from '../../src/infrastructure/events/rabbitmq-topology';
import { QUEUE_NAMES } from '../../src/infrastructure/queue/queue-names';
import {
  type Container,
  type EnvVar,
  type K8sObject,
  named,
  ofKind,
  podLabelsOf,
  podSpecOf,
  render,
} from './kubernetes/manifests';
import { policyProblems, workerQueues } from './kubernetes/policies';

const ROOT = join(__dirname, '..', '..');
/** The Deployments behind a Service that gets requests (the others serve only health and metrics). */
const SERVES_HTTP = ['tenfold-web', 'tenfold-analytics'];
const OVERLAYS = join(ROOT, 'deploy', 'kubernetes', 'overlays');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'kubernetes');
const VALIDATE = join(ROOT, 'scripts', 'kubernetes', 'validate-manifests.mjs');
/** Applied in this order (docs/DEPLOY.md): the data services, the migration, the app. */
const PARTS = ['data', 'migrate', 'app'] as const;
const ENVIRONMENTS = ['production', 'local'] as const;

const rendered = new Map<string, K8sObject[]>();
function overlay(environment: string, part: string): K8sObject[] {
  const key = `${environment}/${part}`;
  if (!rendered.has(key)) rendered.set(key, render(join(OVERLAYS, environment, part)));
  return rendered.get(key) ?? [];
}
const everything = (environment: string) => PARTS.flatMap((part) => overlay(environment, part));

/** The Secrets docs/DEPLOY.md has you create (or the operators create), with fake values. */
const SECRETS: Record<string, Record<string, string>> = {
  'tenfold-app': {
    ADMIN_USERNAME: 'ops',
    ADMIN_PASSWORD: 'a-long-random-password-of-ours',
    SECRETS_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    SMTP_URL: 'smtp://relay:secret@smtp.example.com:587',
    S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'an-s3-secret',
  },
  'tenfold-redis': { password: 'redis-password' },
  // Created by CloudNativePG and by the RabbitMQ Cluster Operator.
  'tenfold-db-app': {
    username: 'tenfold',
    password: 'db-password',
    uri: 'postgresql://tenfold:db-password@tenfold-db-rw.tenfold:5432/tenfold',
  },
  'tenfold-rabbitmq-default-user': { username: 'default_user_x', password: 'rabbit-password' },
};

/** A container's environment as the kubelet builds it: envFrom, then env with $(NAME) expanded. */
function environmentOf(container: Container, objects: K8sObject[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    const map = source.configMapRef && named(objects, 'ConfigMap', source.configMapRef.name);
    if (!map) throw new Error(`no ConfigMap ${source.configMapRef?.name}`);
    Object.assign(env, map.data);
  }
  for (const variable of container.env ?? []) env[variable.name] = valueOf(variable, env);
  return env;
}

function valueOf(variable: EnvVar, earlier: Record<string, string>): string {
  const ref = variable.valueFrom?.secretKeyRef;
  if (ref) {
    const value = SECRETS[ref.name]?.[ref.key];
    if (value === undefined) throw new Error(`${variable.name}: no Secret ${ref.name}/${ref.key}`);
    return value;
  }
  return (variable.value ?? '').replace(/\$\((\w+)\)/g, (_, name: string) => earlier[name] ?? '');
}

const tenfoldWorkloads = (objects: K8sObject[]) =>
  objects.filter(
    (object) =>
      podSpecOf(object) !== undefined &&
      object.metadata.labels?.['app.kubernetes.io/name'] === 'tenfold',
  );

/** The analytics consumers as the source declares them (`name: 'analytics.…'`). */
function analyticsConsumers(): string[] {
  const folder = join(ROOT, 'src', 'modules', 'analytics', 'consumers');
  return readdirSync(folder).flatMap((file) => {
    const found = /name: '(analytics\.[a-z-]+)'/.exec(readFileSync(join(folder, file), 'utf8'));
    return found ? [found[1]] : [];
  });
}

/** Whether a NetworkPolicy's podSelector (matchLabels and In expressions) selects these labels. */
function selectsPod(policy: K8sObject, labels: Record<string, string>): boolean {
  const selector = (
    policy.spec as {
      podSelector: {
        matchLabels?: Record<string, string>;
        matchExpressions?: { key: string; operator: string; values: string[] }[];
      };
    }
  ).podSelector;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(
    ([key, value]) => labels[key] === value,
  );
  const byExpressions = (selector.matchExpressions ?? []).every(
    (expression) =>
      expression.operator === 'In' && expression.values.includes(labels[expression.key]),
  );
  return byLabels && byExpressions;
}

function validate(...targets: string[]) {
  const run = spawnSync(process.execPath, [VALIDATE, ...targets], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const result = JSON.parse(run.stdout) as {
    objects: { kind: string }[];
    problems: { object: string; message: string }[];
  };
  return { status: run.status, ...result, stderr: run.stderr };
}

describe.each(ENVIRONMENTS)('deploy/kubernetes/overlays/%s', (environment) => {
  it.each(PARTS)('%s renders and every object passes its schema', (part) => {
    const result = validate(join(OVERLAYS, environment, part));
    expect(result.problems).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.objects.length).toBe(overlay(environment, part).length);
  });

  it("follows tenfold's policies (limits, probes, non-root, pinned images, Secrets by reference, PDBs, queues)", () => {
    expect(policyProblems(everything(environment), QUEUE_NAMES)).toEqual([]);
  });

  it('gives every tenfold process a configuration the app accepts in production', () => {
    const objects = everything(environment);
    const workloads = tenfoldWorkloads(objects);
    expect(workloads.map((workload) => workload.kind).sort()).toEqual([
      'Deployment',
      'Deployment',
      'Deployment',
      'Deployment',
      'Job',
    ]);
    for (const workload of workloads) {
      const part = PARTS.find((p) => overlay(environment, p).includes(workload)) ?? 'app';
      const container = podSpecOf(workload)?.containers[0] as Container;
      const config = loadConfig(environmentOf(container, overlay(environment, part)));
      expect({ workload: workload.metadata.name, production: config.isProduction }).toEqual({
        workload: workload.metadata.name,
        production: true,
      });
    }
  });

  it('points DB_REPLICA_URLS at one Service per Postgres instance, each selecting that instance', () => {
    const objects = everything(environment);
    const cluster = named(objects, 'Cluster', 'tenfold-db');
    const instances = (cluster?.spec as { instances: number }).instances;
    const web = named(objects, 'Deployment', 'tenfold-web') as K8sObject;
    const container = podSpecOf(web)?.containers[0] as Container;
    const config = loadConfig(environmentOf(container, overlay(environment, 'app')));

    const hosts = config.database.replicaUrls.map((url) => new URL(url).hostname);
    expect(hosts).toHaveLength(instances);
    hosts.forEach((host, index) => {
      const service = named(objects, 'Service', host);
      expect(service?.spec).toMatchObject({
        selector: {
          'cnpg.io/cluster': 'tenfold-db',
          'cnpg.io/instanceName': `tenfold-db-${index + 1}`,
        },
      });
    });
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('stops web, workers and analytics within their grace: preStop = drain delay, grace above both', () => {
    const objects = overlay(environment, 'app');
    for (const deployment of ofKind(objects, 'Deployment')) {
      const pod = podSpecOf(deployment);
      const container = pod?.containers[0] as Container;
      const env = environmentOf(container, objects);
      const graceMs = Number(env.SHUTDOWN_GRACE_MS);
      const drainMs = Number(env.SHUTDOWN_DRAIN_DELAY_MS);
      const preStopMs = (container.lifecycle?.preStop?.sleep?.seconds ?? 0) * 1000;
      // Behind a Service that gets requests: web and the analytics service.
      const servesRequests = SERVES_HTTP.includes(deployment.metadata.name);
      expect({ name: deployment.metadata.name, preStopMs }).toEqual({
        name: deployment.metadata.name,
        preStopMs: servesRequests ? drainMs : 0,
      });
      expect(drainMs).toBeLessThan(graceMs);
      expect((pod?.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(
        preStopMs + graceMs,
      );
    }
  });

  it('probes /health/ready and /health/live on the port each process listens on', () => {
    const objects = overlay(environment, 'app');
    for (const deployment of ofKind(objects, 'Deployment')) {
      const container = podSpecOf(deployment)?.containers[0] as Container;
      const env = environmentOf(container, objects);
      const servesRequests = SERVES_HTTP.includes(deployment.metadata.name);
      const listens = Number(servesRequests ? env.HTTP_PORT : env.WORKER_HTTP_PORT);
      const portOf = (port: string | number | undefined) =>
        typeof port === 'number'
          ? port
          : container.ports?.find((candidate) => candidate.name === port)?.containerPort;
      expect({
        startup: container.startupProbe?.httpGet?.path,
        ready: container.readinessProbe?.httpGet?.path,
        live: container.livenessProbe?.httpGet?.path,
        ports: [container.startupProbe, container.readinessProbe, container.livenessProbe].map(
          (probe) => portOf(probe?.httpGet?.port),
        ),
      }).toEqual({
        startup: '/health/live',
        ready: '/health/ready',
        live: '/health/live',
        ports: [listens, listens, listens],
      });
      // The root filesystem is read-only; os.tmpdir() (report exports) is an emptyDir.
      expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    }
  });

  it('runs analytics as its own service: web and workers without it, events over RabbitMQ', () => {
    const objects = overlay(environment, 'app');
    const hosted = (name: string) => {
      const deployment = named(objects, 'Deployment', name) as K8sObject;
      const container = podSpecOf(deployment)?.containers[0] as Container;
      const config = loadConfig(environmentOf(container, objects));
      return {
        args: container.args,
        transport: config.events.transport,
        hosts: config.hostedModules,
      };
    };
    for (const name of ['tenfold-web', 'tenfold-worker-media', 'tenfold-worker-messages']) {
      expect(hosted(name).hosts).not.toContain('analytics');
      expect(hosted(name).transport).toBe('rabbitmq');
    }
    expect(hosted('tenfold-analytics').args).toEqual(['node', 'dist/src/services/analytics.js']);
    expect(hosted('tenfold-analytics').transport).toBe('rabbitmq');
  });

  it('scales the analytics service on its own consumer queues and the reports queue', () => {
    const objects = overlay(environment, 'app');
    const scaled = ofKind(objects, 'ScaledObject').find(
      (object) =>
        (object.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name ===
        'tenfold-analytics',
    );
    const triggers = (
      scaled?.spec as { triggers: { type: string; metadata: Record<string, string> }[] }
    ).triggers;
    const deployment = named(objects, 'Deployment', 'tenfold-analytics') as K8sObject;
    const env = environmentOf(podSpecOf(deployment)?.containers[0] as Container, objects);
    const names = new RabbitMqNames(env.RABBITMQ_PREFIX);
    expect(
      triggers
        .filter((trigger) => trigger.type === 'rabbitmq')
        .map((trigger) => [
          trigger.metadata.queueName,
          env[trigger.metadata.hostFromEnv] !== undefined,
        ])
        .sort(),
    ).toEqual(
      analyticsConsumers()
        .map((consumer) => [names.queue(consumer), true])
        .sort(),
    );
  });

  it('lets only the ingress controller and Prometheus reach each tenfold process, and it reach out', () => {
    const objects = overlay(environment, 'app');
    const policies = ofKind(objects, 'NetworkPolicy');
    for (const deployment of ofKind(objects, 'Deployment')) {
      const labels = podLabelsOf(deployment);
      const covering = policies.filter((policy) => selectsPod(policy, labels));
      const types = covering.flatMap(
        (policy) => (policy.spec as { policyTypes: string[] }).policyTypes,
      );
      expect({ deployment: deployment.metadata.name, types: [...new Set(types)].sort() }).toEqual({
        deployment: deployment.metadata.name,
        types: ['Egress', 'Ingress'],
      });
    }
  });

  it('scales each worker group on the wait list of each of its queues but notifications', () => {
    const objects = overlay(environment, 'app');
    for (const scaled of ofKind(objects, 'ScaledObject')) {
      const spec = scaled.spec as {
        scaleTargetRef: { name: string };
        triggers: { type: string; metadata: Record<string, string> }[];
      };
      const queues = workerQueues(
        named(objects, 'Deployment', spec.scaleTargetRef.name) as K8sObject,
      );
      const lists = spec.triggers
        .filter((trigger) => trigger.type === 'redis')
        .map((trigger) => trigger.metadata.listName);
      expect(lists.sort()).toEqual(
        queues
          .filter((queue) => queue !== 'notifications')
          .map((queue) => `tenfold:bull:${queue}:wait`)
          .sort(),
      );
      const ages = spec.triggers.filter((trigger) => trigger.type === 'prometheus');
      expect(ages).toHaveLength(1);
      expect(ages[0].metadata.query).toContain('tenfold_queue_oldest_waiting_job_age_seconds');
    }
  });
});

describe('the PrometheusRule', () => {
  it('carries exactly the rules of deploy/prometheus/tenfold.rules.yml (write-prometheus-rule.mjs)', () => {
    const rules = parse(
      readFileSync(join(ROOT, 'deploy', 'prometheus', 'tenfold.rules.yml'), 'utf8'),
    ) as { groups: unknown[] };
    const rule = named(overlay('production', 'app'), 'PrometheusRule', 'tenfold');
    expect(rule?.spec).toEqual({ groups: rules.groups });
  });
});

describe('the checks can fail', () => {
  it('the schema validation rejects objects that break the Kubernetes, KEDA and CRD schemas', () => {
    const result = validate(join(FIXTURES, 'schema-invalid.yaml'));
    expect(result.status).toBe(1);
    const byObject = new Map<string, string[]>();
    for (const { object, message } of result.problems)
      byObject.set(object, [...(byObject.get(object) ?? []), message]);
    expect(Object.fromEntries(byObject)).toEqual({
      'Deployment/no-containers': ['/spec/template/spec must have required property containers'],
      'Deployment/bad-quantity': expect.arrayContaining([
        '/spec/template/spec/containers/0/resources/limits/cpu must match format "quantity"',
      ]) as string[],
      'ScaledObject/no-target': ['/spec/scaleTargetRef must have required property name'],
      'Cluster/no-instances': ["/spec must have required property 'instances'"],
      'RabbitmqCluster/latest': ['/spec/image must NOT be valid'],
      'Widget/unknown': [
        'no schema for example.com/v1 Widget: unknown kind, or a group this check does not know',
      ],
    });
  });

  // Each fixture is the production app (or data) overlay with one rule broken.
  const expectations: Record<string, string[]> = {
    'no-limits': ['Deployment/tenfold-web container app: no memory limits'],
    'no-probes': ['Deployment/tenfold-worker-media container app: no livenessProbe'],
    'runs-as-root': ['Deployment/tenfold-web container app: not runAsNonRoot'],
    'latest-tag': [
      'Deployment/tenfold-analytics container app: image ghcr.io/tenfold-dev/tenfold:latest uses the latest tag',
      'Deployment/tenfold-web container app: image ghcr.io/tenfold-dev/tenfold:latest uses the latest tag',
      'Deployment/tenfold-worker-media container app: image ghcr.io/tenfold-dev/tenfold:latest uses the latest tag',
      'Deployment/tenfold-worker-messages container app: image ghcr.io/tenfold-dev/tenfold:latest uses the latest tag',
    ],
    'literal-secret': [
      'Deployment/tenfold-web container app env REDIS_URL: credentials in a literal URL',
      'Secret/tenfold-app: Secret with literal data (reference Secrets created outside)',
    ],
    'no-pdb': ['Deployment/tenfold-worker-media: no PodDisruptionBudget'],
    privileged: [
      'Deployment/tenfold-worker-messages container app: allowPrivilegeEscalation not false',
      'Deployment/tenfold-worker-messages container app: capabilities not dropped (ALL)',
      'Deployment/tenfold-worker-messages container app: root filesystem writable',
    ],
    'other-namespace': [
      'ScaledObject/tenfold-analytics: Redis address tenfold-redis.tenfold.svc.cluster.local is not the Service in tenfold-staging',
      'ScaledObject/tenfold-worker-media: Redis address tenfold-redis.tenfold.svc.cluster.local is not the Service in tenfold-staging',
      'ScaledObject/tenfold-worker-messages: Redis address tenfold-redis.tenfold.svc.cluster.local is not the Service in tenfold-staging',
      'ScaledObject/tenfold-worker-messages: Redis address tenfold-redis.tenfold.svc.cluster.local is not the Service in tenfold-staging',
      'ScaledObject/tenfold-worker-messages: Redis address tenfold-redis.tenfold.svc.cluster.local is not the Service in tenfold-staging',
    ],
    'fixed-replicas': ['Deployment/tenfold-web: sets replicas, which its autoscaler owns'],
    'queue-twice': [
      'queue email: in more than one group (tenfold-worker-media, tenfold-worker-messages)',
    ],
    'queue-missing': [
      'queue system: no worker group consumes it',
      'ScaledObject/tenfold-worker-messages: list tenfold:bull:system:wait is no wait list of email,webhooks,notifications under tenfold:bull',
    ],
    'analytics-unrouted': [
      'Ingress/tenfold: /v1/workspaces/0b1c/analytics/reports reaches web, not analytics',
      'Ingress/tenfold: /v1/workspaces/0b1c/analytics reaches web, not analytics',
      'Ingress/tenfold: /v1/workspaces/0b1c/analytics/exports/9f8e reaches web, not analytics',
      'Ingress/tenfold: /v1/workspaces/0b1c/analytics/activity-log?limit=5 reaches web, not analytics',
      'Ingress/tenfold: /V1/Workspaces/0b1c/Analytics/Reports reaches web, not analytics',
    ],
  };

  it('every fixture of test/fixtures/kubernetes has its expectation', () => {
    const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(fixtures.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.entries(expectations))('%s breaks exactly its rule', (fixture, problems) => {
    const objects = render(join(FIXTURES, fixture));
    expect(policyProblems(objects, QUEUE_NAMES).sort()).toEqual([...problems].sort());
  });
});
