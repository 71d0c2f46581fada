import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PROMETHEUS = join(ROOT, 'deploy', 'prometheus');
const RULES = join(PROMETHEUS, 'tenfold.rules.yml');
const RULE_TESTS = join(PROMETHEUS, 'tests');
const DASHBOARD = join(ROOT, 'deploy', 'grafana', 'tenfold-dashboard.json');

interface Panel {
  id: number;
  title: string;
  datasource?: { uid?: string };
  targets: { expr: string }[];
}

/** promtool comes with Debian's prometheus package; scripts/stack/up.sh installs it. */
function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: PROMETHEUS, encoding: 'utf8' });
  if (run.error)
    throw new Error(
      `promtool is not installed (npm run stack:up installs it): ${run.error.message}`,
    );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function filesIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

/** Metric names the code registers (prom-client `name: 'tenfold_…'` and the replica gauges). */
function metricsTheCodeDefines(): Set<string> {
  const names = new Set<string>();
  for (const file of filesIn(join(ROOT, 'src'), '.ts')) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/'(tenfold_[a-z_]+)'/g)) {
      names.add(name);
    }
  }
  return names;
}

/** Raw metric names a PromQL expression reads (recording rules, with a colon, are not metrics). */
function metricsReadBy(expr: string): string[] {
  return [...expr.matchAll(/\btenfold_[a-z_]+/g)].map(([name]) =>
    name.replace(/_(bucket|count|sum)$/, ''),
  );
}

const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
  uid: string;
  panels: Panel[];
};
const rulesText = readFileSync(RULES, 'utf8');
const alertNames = [...rulesText.matchAll(/- alert: (\w+)/g)].map(([, name]) => name);
const rules = rulesOf(rulesText);
const ruleExprs = rules.map((rule) => rule.expr);

/**
 * The rules of a rules file as `{ kind, expr }`: one-line `expr:` values and `|` blocks (all this
 * file uses; no YAML library is a dependency of the project).
 */
function rulesOf(yaml: string): { kind: 'alert' | 'record'; expr: string }[] {
  const lines = yaml.split('\n');
  const exprs: { kind: 'alert' | 'record'; expr: string }[] = [];
  let kind: 'alert' | 'record' = 'record';
  lines.forEach((line, index) => {
    const rule = /^\s*- (alert|record): /.exec(line);
    if (rule) kind = rule[1] as 'alert' | 'record';
    const found = /^(\s*)expr: (.*)$/.exec(line);
    if (!found) return;
    const [, indent, value] = found;
    if (value.trim() !== '|') return void exprs.push({ kind, expr: value.trim() });
    const block: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (next.trim() !== '' && next.search(/\S/) <= indent.length) break;
      block.push(next.trim());
    }
    exprs.push({ kind, expr: block.join(' ').trim() });
  });
  return exprs;
}

describe('alerting rules (deploy/prometheus)', () => {
  it('are valid and pass their promtool unit tests', () => {
    expect(promtool('check', 'rules', RULES)).toMatchObject({ status: 0 });
    const tests = filesIn(RULE_TESTS, '.test.yml');
    expect(tests.length).toBeGreaterThan(0);
    const run = promtool('test', 'rules', ...tests);
    expect(run.output).not.toContain('FAILED');
    expect(run.status).toBe(0);
  });

  it('fail a rule test whose expectation is wrong (the tests can fail)', () => {
    const run = promtool(
      'test',
      'rules',
      join(ROOT, 'test', 'fixtures', 'prometheus-rules', 'wrong-expectation.test.yml'),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('FAILED');
  });

  it('test every alert at least once, firing', () => {
    const testsText = filesIn(RULE_TESTS, '.test.yml')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(alertNames.length).toBeGreaterThanOrEqual(9);
    for (const alert of alertNames) {
      expect({
        alert,
        firingTest: new RegExp(`alertname: ${alert}\\n\\s+exp_alerts:\\n\\s+- exp_labels`).test(
          testsText,
        ),
      }).toEqual({
        alert,
        firingTest: true,
      });
    }
  });

  it('link to a runbook section that exists', () => {
    const runbook = readFileSync(join(ROOT, 'docs', 'OPERATIONS.md'), 'utf8');
    const anchors = new Set(
      [...runbook.matchAll(/^### (.+)$/gm)].map(([, heading]) =>
        heading
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...rulesText.matchAll(/runbook: docs\/OPERATIONS\.md#([a-z0-9-]+)/g)].map(
      ([, anchor]) => anchor,
    );
    expect(links).toHaveLength(alertNames.length);
    expect(links.filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it('read only metrics the code defines', () => {
    const defined = metricsTheCodeDefines();
    const read = ruleExprs.flatMap(metricsReadBy);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe('Grafana dashboard (deploy/grafana)', () => {
  it('has unique panel ids and a query per panel, all on the datasource variable', () => {
    const ids = dashboard.panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels) {
      expect({
        panel: panel.title,
        targets: panel.targets.length > 0,
        uid: panel.datasource?.uid,
      }).toEqual({
        panel: panel.title,
        targets: true,
        uid: '${datasource}',
      });
    }
  });

  it('queries parse as PromQL and read only metrics the code defines', () => {
    const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
    // promtool has no query linter: each query becomes a recording rule it checks.
    const dir = mkdtempSync(join(tmpdir(), 'tenfold-dashboard-'));
    try {
      const file = join(dir, 'dashboard-queries.yml');
      const rules = exprs.map(
        (expr, index) =>
          `      - record: dashboard:query_${index}\n        expr: ${JSON.stringify(expr)}`,
      );
      writeFileSync(file, `groups:\n  - name: dashboard\n    rules:\n${rules.join('\n')}\n`);
      const check = promtool('check', 'rules', file);
      expect(check.output).toContain(`SUCCESS: ${exprs.length} rules found`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const defined = metricsTheCodeDefines();
    expect(exprs.flatMap(metricsReadBy).filter((name) => !defined.has(name))).toEqual([]);
  });

  it('shows every signal an alert watches', () => {
    const shown = new Set(
      dashboard.panels.flatMap((panel) => panel.targets.flatMap((t) => metricsReadBy(t.expr))),
    );
    const recorded = new Set(
      dashboard.panels.flatMap((panel) =>
        panel.targets.flatMap((t) => [...t.expr.matchAll(/tenfold:[a-z0-9_:]+/g)].map(([n]) => n)),
      ),
    );
    const alertExprs = rules.filter((rule) => rule.kind === 'alert').map((rule) => rule.expr);
    expect(alertExprs).toHaveLength(alertNames.length);
    for (const expr of alertExprs) {
      const signals = [
        ...metricsReadBy(expr),
        ...[...expr.matchAll(/tenfold:[a-z0-9_:]+/g)].map(([n]) => n),
      ];
      expect({
        expr,
        shown: signals.some((signal) => shown.has(signal) || recorded.has(signal)),
      }).toEqual({
        expr,
        shown: true,
      });
    }
  });
});
