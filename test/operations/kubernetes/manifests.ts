import { spawnSync } from 'node:child_process';

import { parseAllDocuments } from 'yaml';

/** The parts of Kubernetes objects the policies read; everything else passes through. */
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: unknown };
}
export interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
  exec?: { command: string[] };
}
export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  resources?: {
    requests?: Record<string, string | number>;
    limits?: Record<string, string | number>;
  };
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  lifecycle?: { preStop?: { sleep?: { seconds: number } } };
  securityContext?: {
    runAsNonRoot?: boolean;
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string }[];
}
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  terminationGracePeriodSeconds?: number;
  volumes?: { name: string; emptyDir?: unknown }[];
}
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** `kubectl kustomize <dir>` (Debian's kubernetes-client; npm run stack:up installs it). */
export function render(dir: string): K8sObject[] {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if (run.error)
    throw new Error(
      `kubectl is not installed (npm run stack:up installs it): ${run.error.message}`,
    );
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${run.stderr}`);
  return parseAllDocuments(run.stdout)
    .map((document) => document.toJS() as K8sObject | null)
    .filter((object): object is K8sObject => object !== null);
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'Job'];

export function podSpecOf(object: K8sObject): PodSpec | undefined {
  if (!WORKLOAD_KINDS.includes(object.kind)) return undefined;
  return (object.spec as { template: { spec: PodSpec } }).template.spec;
}

export function podLabelsOf(object: K8sObject): Record<string, string> {
  return (
    (object.spec as { template: { metadata?: { labels?: Record<string, string> } } }).template
      .metadata?.labels ?? {}
  );
}

export const named = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((object) => object.kind === kind && object.metadata.name === name);

export const ofKind = (objects: K8sObject[], kind: string) =>
  objects.filter((object) => object.kind === kind);

export const label = (object: K8sObject) => `${object.kind}/${object.metadata.name}`;
