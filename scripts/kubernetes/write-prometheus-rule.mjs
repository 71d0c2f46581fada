#!/usr/bin/env node
// Writes deploy/kubernetes/base/app/monitoring/prometheus-rule.yaml: the alerting and recording
// rules of deploy/prometheus/tenfold.rules.yml (the file promtool tests) as a PrometheusRule for
// prometheus-operator. The rules are copied, never edited here: change tenfold.rules.yml and run
//
//   node scripts/kubernetes/write-prometheus-rule.mjs
//
// test/operations/kubernetes.spec.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = parse(readFileSync(join(root, 'deploy', 'prometheus', 'tenfold.rules.yml'), 'utf8'));
const target = join(
  root,
  'deploy',
  'kubernetes',
  'base',
  'app',
  'monitoring',
  'prometheus-rule.yaml',
);

const header = [
  '# Generated from deploy/prometheus/tenfold.rules.yml by scripts/kubernetes/write-prometheus-rule.mjs.',
  '# Do not edit: change the rules file and run the script (test/operations/kubernetes.spec.ts).',
  '',
].join('\n');
const rule = {
  apiVersion: 'monitoring.coreos.com/v1',
  kind: 'PrometheusRule',
  metadata: { name: 'tenfold' },
  spec: { groups: rules.groups },
};
// Formatted as the rest of the repository (npm run format:check looks at it too).
const text = await format(header + stringify(rule, { lineWidth: 0 }), {
  ...(await resolveConfig(target)),
  filepath: target,
});
writeFileSync(target, text);
console.log(`wrote ${target}`);
