import {
  type Container,
  type EnvVar,
  type K8sObject,
  label,
  named,
  ofKind,
  podLabelsOf,
  podSpecOf,
} from './manifests';

/**
 * tenfold's own rules for its manifests, beyond what the schemas say. Each message names the
 * object and the rule; test/fixtures/kubernetes/ has a kustomization breaking each one.
 */
export function policyProblems(objects: K8sObject[], queueNames: readonly string[]): string[] {
  return [
    ...objects.flatMap(containerProblems),
    ...objects.flatMap(operatorResourceProblems),
    ...objects.flatMap(secretProblems),
    ...disruptionBudgetProblems(objects),
    ...queueCoverageProblems(objects, queueNames),
    ...scaledObjectProblems(objects),
    ...autoscaledReplicaProblems(objects),
    ...analyticsRoutingProblems(objects),
  ];
}

const LONG_RUNNING = ['Deployment', 'StatefulSet'];

function imageProblem(where: string, image: string | undefined): string[] {
  if (
    !image ||
    !/^[^@]+(:[\w][\w.-]*|@sha256:[0-9a-f]{64})$/.test(image.replace(/^[^/]+:\d+\//, ''))
  )
    return [`${where}: image ${image ?? '(none)'} has no tag`];
  if (/:latest$/.test(image)) return [`${where}: image ${image} uses the latest tag`];
  return [];
}

function containerProblems(object: K8sObject): string[] {
  const pod = podSpecOf(object);
  if (!pod) return [];
  const problems: string[] = [];
  for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
    const where = `${label(object)} container ${container.name}`;
    problems.push(...imageProblem(where, container.image));
    problems.push(...resourceProblems(where, container.resources));
    if (LONG_RUNNING.includes(object.kind)) {
      if (!container.readinessProbe) problems.push(`${where}: no readinessProbe`);
      if (!container.livenessProbe) problems.push(`${where}: no livenessProbe`);
      if (object.kind === 'Deployment' && !container.startupProbe)
        problems.push(`${where}: no startupProbe`);
    }
    const runsAsNonRoot =
      container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    if (runsAsNonRoot !== true) problems.push(`${where}: not runAsNonRoot`);
    if (container.securityContext?.allowPrivilegeEscalation !== false)
      problems.push(`${where}: allowPrivilegeEscalation not false`);
    if (!container.securityContext?.capabilities?.drop?.includes('ALL'))
      problems.push(`${where}: capabilities not dropped (ALL)`);
    if (container.securityContext?.readOnlyRootFilesystem !== true)
      problems.push(`${where}: root filesystem writable`);
  }
  return problems;
}

function resourceProblems(where: string, resources: Container['resources']): string[] {
  const problems: string[] = [];
  for (const kind of ['requests', 'limits'] as const) {
    for (const resource of ['cpu', 'memory']) {
      if (resources?.[kind]?.[resource] === undefined)
        problems.push(`${where}: no ${resource} ${kind}`);
    }
  }
  return problems;
}

/** CloudNativePG and RabbitMQ pods are the operators', sized and pinned through their specs. */
function operatorResourceProblems(object: K8sObject): string[] {
  const spec = object.spec as
    { imageName?: string; image?: string; resources?: Container['resources'] } | undefined;
  if (object.kind === 'Cluster' && object.apiVersion.startsWith('postgresql.cnpg.io/'))
    return [
      ...imageProblem(label(object), spec?.imageName),
      ...resourceProblems(label(object), spec?.resources),
    ];
  if (object.kind === 'RabbitmqCluster')
    return [
      ...imageProblem(label(object), spec?.image),
      ...resourceProblems(label(object), spec?.resources),
    ];
  return [];
}

const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|_KEYS?|_AUTH)$/;
/** user:password@ in a URL, where the password is not a $(VAR) reference. */
const LITERAL_CREDENTIALS = /\/\/[^/:@\s]*:(?!\$\()[^@\s]+@/;

function secretProblems(object: K8sObject): string[] {
  if (object.kind === 'Secret' && (object.data || object.stringData))
    return [`${label(object)}: Secret with literal data (reference Secrets created outside)`];
  const pod = podSpecOf(object);
  if (!pod) return [];
  const env: { container: string; variable: EnvVar }[] = [
    ...(pod.initContainers ?? []),
    ...pod.containers,
  ].flatMap((container) =>
    (container.env ?? []).map((variable) => ({ container: container.name, variable })),
  );
  return env.flatMap(({ container, variable }) => {
    if (variable.value === undefined) return [];
    const where = `${label(object)} container ${container} env ${variable.name}`;
    if (SECRET_NAME.test(variable.name)) return [`${where}: secret as a literal value`];
    if (LITERAL_CREDENTIALS.test(variable.value)) return [`${where}: credentials in a literal URL`];
    return [];
  });
}

function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const pairs = Object.entries(selector);
  return pairs.length > 0 && pairs.every(([key, value]) => labels[key] === value);
}

function disruptionBudgetProblems(objects: K8sObject[]): string[] {
  const budgets = ofKind(objects, 'PodDisruptionBudget').map(
    (pdb) =>
      (pdb.spec as { selector?: { matchLabels?: Record<string, string> } }).selector?.matchLabels ??
      {},
  );
  return ofKind(objects, 'Deployment')
    .filter((deployment) => !budgets.some((selector) => selects(selector, podLabelsOf(deployment))))
    .map((deployment) => `${label(deployment)}: no PodDisruptionBudget`);
}

export function workerQueues(deployment: K8sObject): string[] {
  const value = podSpecOf(deployment)
    ?.containers.flatMap((container) => container.env ?? [])
    .find((variable) => variable.name === 'WORKER_QUEUES')?.value;
  return value === undefined ? [] : value.split(',').map((queue) => queue.trim());
}

/** Worker groups, and services that run their module's jobs (the analytics service). */
const CONSUMING_COMPONENTS = ['worker', 'analytics'];

function workerDeployments(objects: K8sObject[]): K8sObject[] {
  return ofKind(objects, 'Deployment').filter((deployment) =>
    CONSUMING_COMPONENTS.includes(podLabelsOf(deployment)['app.kubernetes.io/component'] ?? ''),
  );
}

function queueCoverageProblems(objects: K8sObject[], queueNames: readonly string[]): string[] {
  const workers = workerDeployments(objects);
  if (workers.length === 0) return [];
  const problems: string[] = [];
  const servedBy = new Map<string, string[]>();
  for (const worker of workers) {
    const queues = workerQueues(worker);
    if (queues.length === 0)
      problems.push(`${label(worker)}: no WORKER_QUEUES (would take every queue)`);
    for (const queue of queues) {
      if (!queueNames.includes(queue)) problems.push(`${label(worker)}: unknown queue ${queue}`);
      servedBy.set(queue, [...(servedBy.get(queue) ?? []), worker.metadata.name]);
    }
  }
  for (const queue of queueNames) {
    const groups = servedBy.get(queue) ?? [];
    if (groups.length === 0) problems.push(`queue ${queue}: no worker group consumes it`);
    if (groups.length > 1)
      problems.push(`queue ${queue}: in more than one group (${groups.join(', ')})`);
  }
  return problems;
}

interface Trigger {
  type: string;
  metadata: Record<string, string>;
}

function scaledObjectProblems(objects: K8sObject[]): string[] {
  const config = ofKind(objects, 'ConfigMap').find((map) =>
    map.metadata.name.startsWith('tenfold-config'),
  );
  const prefix = config?.data?.REDIS_KEY_PREFIX ?? 'tenfold';
  return ofKind(objects, 'ScaledObject').flatMap((scaled) => {
    const spec = scaled.spec as { scaleTargetRef: { name: string }; triggers: Trigger[] };
    const target = named(objects, 'Deployment', spec.scaleTargetRef.name);
    if (!target) return [`${label(scaled)}: targets no Deployment of these manifests`];
    const queues = workerQueues(target);
    return spec.triggers
      .filter((trigger) => trigger.type === 'redis')
      .flatMap((trigger) => {
        const problems: string[] = [];
        const list = /^(.*):bull:([^:]+):wait$/.exec(trigger.metadata.listName ?? '');
        if (!list || list[1] !== prefix || !queues.includes(list[2]))
          problems.push(
            `${label(scaled)}: list ${trigger.metadata.listName} is no wait list of ${queues.join(',')} under ${prefix}:bull`,
          );
        const host = (trigger.metadata.address ?? '').split(':')[0];
        const namespace = scaled.metadata.namespace ?? 'default';
        if (!host.startsWith(`tenfold-redis.${namespace}.`))
          problems.push(
            `${label(scaled)}: Redis address ${host} is not the Service in ${namespace}`,
          );
        return problems;
      });
  });
}

/** A Deployment an autoscaler owns must not set replicas: every `kubectl apply` would reset it. */
function autoscaledReplicaProblems(objects: K8sObject[]): string[] {
  const scaled = [
    ...ofKind(objects, 'HorizontalPodAutoscaler').map(
      (hpa) => (hpa.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name,
    ),
    ...ofKind(objects, 'ScaledObject').map(
      (so) => (so.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name,
    ),
  ];
  return ofKind(objects, 'Deployment')
    .filter((deployment) => scaled.includes(deployment.metadata.name))
    .filter((deployment) => (deployment.spec as { replicas?: number }).replicas !== undefined)
    .map((deployment) => `${label(deployment)}: sets replicas, which its autoscaler owns`);
}

/** Paths a client may send, and the component whose Service must get them. */
const ROUTED_PATHS: [string, string][] = [
  ['/v1/workspaces/0b1c/analytics/reports', 'analytics'],
  ['/v1/workspaces/0b1c/analytics', 'analytics'],
  ['/v1/workspaces/0b1c/analytics/exports/9f8e', 'analytics'],
  ['/v1/workspaces/0b1c/analytics/activity-log?limit=5', 'analytics'],
  ['/V1/Workspaces/0b1c/Analytics/Reports', 'analytics'],
  ['/v1/workspaces/0b1c/projects', 'web'],
  ['/v1/workspaces/0b1c/analyticsx', 'web'],
  ['/v1/jobs/reports.1', 'web'],
  ['/metrics', 'web'],
];

/**
 * With an analytics Deployment, the Ingress must send every analytics path (in any case) to the
 * Service that selects it and everything else to web, matched as ingress-nginx does: regex paths
 * case-insensitively, anchored at the start, the longest path first.
 */
function analyticsRoutingProblems(objects: K8sObject[]): string[] {
  const deployments = ofKind(objects, 'Deployment');
  if (!deployments.some((deployment) => componentOf(deployment) === 'analytics')) return [];
  const ingresses = ofKind(objects, 'Ingress');
  if (ingresses.length === 0) return ['no Ingress routes the analytics paths'];
  const componentOfService = (name: string) => {
    const selector = (named(objects, 'Service', name)?.spec as ServiceSpec | undefined)?.selector;
    return selector?.['app.kubernetes.io/component'];
  };
  return ingresses.flatMap((ingress) =>
    ROUTED_PATHS.flatMap(([path, component]) => {
      const service = ingressBackendFor(ingress, path);
      const reached = service === undefined ? 'nothing' : (componentOfService(service) ?? service);
      return reached === component
        ? []
        : [`${label(ingress)}: ${path} reaches ${reached}, not ${component}`];
    }),
  );
}

interface ServiceSpec {
  selector?: Record<string, string>;
}
interface IngressPath {
  path: string;
  backend: { service: { name: string } };
}

function componentOf(deployment: K8sObject): string | undefined {
  return podLabelsOf(deployment)['app.kubernetes.io/component'];
}

function ingressBackendFor(ingress: K8sObject, target: string): string | undefined {
  const path = target.split('?')[0];
  const rules = (ingress.spec as { rules?: { http?: { paths: IngressPath[] } }[] }).rules ?? [];
  const paths = rules
    .flatMap((rule) => rule.http?.paths ?? [])
    .sort((a, b) => b.path.length - a.path.length);
  return paths.find((candidate) => new RegExp(`^${candidate.path}`, 'i').test(path))?.backend
    .service.name;
}
