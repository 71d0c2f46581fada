#!/usr/bin/env node
// Validates Kubernetes objects offline against the schemas of a named version:
//   built-in kinds           kubernetes-models 5.1.0 (Kubernetes v1.36.0 OpenAPI schemas)
//   KEDA                     @kubernetes-models/keda 2.0.0 (its CRDs' schemas)
//   prometheus-operator      @kubernetes-models/prometheus-operator 6.0.0
//   CloudNativePG, RabbitMQ  no published models: the fields tenfold relies on, below
//
//   node scripts/kubernetes/validate-manifests.mjs <kustomization dir | file.yaml>...
//
// A directory is rendered with `kubectl kustomize` first. Prints one JSON document,
// { objects: [{ apiVersion, kind, name }], problems: [{ object, message }] }, and exits 1 when
// there are problems. test/operations/kubernetes.spec.ts runs it on every overlay.
// The schemas do not forbid unknown fields (Kubernetes' own OpenAPI does not either); the API
// server's strict field validation on apply catches those, and the spec's policies catch the
// misspellings that matter (a probe that is not there).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';

const quantity = { anyOf: [{ type: 'string', pattern: '^[0-9.]+[A-Za-z]*$' }, { type: 'number' }] };
const pinnedImage = {
  type: 'string',
  pattern: '^[^:@]+(:[^:@]+|@sha256:[0-9a-f]{64})$',
  not: { pattern: ':latest$' },
};

/** The fields of the CloudNativePG and RabbitMQ custom resources that tenfold depends on. */
const CUSTOM_SCHEMAS = {
  'postgresql.cnpg.io/v1/Cluster': {
    type: 'object',
    required: ['spec'],
    properties: {
      spec: {
        type: 'object',
        required: ['instances', 'storage', 'imageName', 'bootstrap'],
        properties: {
          instances: { type: 'integer', minimum: 1 },
          imageName: pinnedImage,
          storage: { type: 'object', required: ['size'], properties: { size: quantity } },
          bootstrap: {
            type: 'object',
            required: ['initdb'],
            properties: {
              initdb: {
                type: 'object',
                required: ['database', 'owner'],
                properties: { database: { type: 'string' }, owner: { type: 'string' } },
              },
            },
          },
          postgresql: {
            type: 'object',
            properties: {
              parameters: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
        },
      },
    },
  },
  'rabbitmq.com/v1beta1/RabbitmqCluster': {
    type: 'object',
    required: ['spec'],
    properties: {
      spec: {
        type: 'object',
        required: ['replicas', 'image'],
        properties: {
          replicas: { type: 'integer', minimum: 1 },
          image: pinnedImage,
          persistence: { type: 'object', properties: { storage: quantity } },
        },
      },
    },
  },
};

/** Where the model of an apiVersion/kind lives. */
function modelModule(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === '') return `kubernetes-models/${version}/${kind}`;
  if (group.endsWith('keda.sh')) return `@kubernetes-models/keda/${group}/${version}/${kind}`;
  if (group === 'monitoring.coreos.com')
    return `@kubernetes-models/prometheus-operator/${group}/${version}/${kind}`;
  const builtIn = /^(apps|batch|policy|autoscaling|[a-z.]+\.k8s\.io)$/.test(group);
  return builtIn ? `kubernetes-models/${group}/${version}/${kind}` : null;
}

const ajv = new Ajv({ allErrors: true });
const customValidators = Object.fromEntries(
  Object.entries(CUSTOM_SCHEMAS).map(([key, schema]) => [key, ajv.compile(schema)]),
);

async function problemsOf(object) {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    return ['apiVersion and kind must be set'];
  if (!object.metadata?.name) return ['metadata.name must be set'];
  const custom = customValidators[`${apiVersion}/${kind}`];
  if (custom) {
    return custom(object) ? [] : custom.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
  const where = modelModule(apiVersion, kind);
  let Model;
  try {
    if (!where) throw new Error('unknown group');
    Model = (await import(where))[kind];
    if (!Model) throw new Error(`${where} exports no ${kind}`);
  } catch {
    return [
      `no schema for ${apiVersion} ${kind}: unknown kind, or a group this check does not know`,
    ];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return (error.errors ?? [{ instancePath: '', message: error.message }]).map(
      (e) => `${e.instancePath || '/'} ${e.message}`,
    );
  }
}

function render(target) {
  if (!statSync(target).isDirectory()) return readFileSync(target, 'utf8');
  const run = spawnSync('kubectl', ['kustomize', target], { encoding: 'utf8' });
  if (run.error)
    throw new Error(
      `kubectl is not installed (npm run stack:up installs it): ${run.error.message}`,
    );
  if (run.status !== 0) throw new Error(`kubectl kustomize ${target} failed:\n${run.stderr}`);
  return run.stdout;
}

const objects = [];
const problems = [];
for (const target of process.argv.slice(2)) {
  for (const document of parseAllDocuments(render(target))) {
    const object = document.toJS();
    if (object === null) continue;
    const name = `${object.kind ?? '?'}/${object.metadata?.name ?? '?'}`;
    objects.push({ apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name });
    for (const message of await problemsOf(object)) problems.push({ object: name, message });
  }
}
console.log(JSON.stringify({ objects, problems }, null, 2));
process.exit(problems.length > 0 ? 1 : 0);
