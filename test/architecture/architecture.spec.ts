import { execFile } from 'node:child_process';
import { join } from 'node:path';

// Runs the real dependency-cruiser CLI with the project's own .dependency-cruiser.cjs, once on a
// deliberately broken fixture (every rule must bite) and once on src/ (no rule may). Why: docs/adr/0003.

const repoRoot = join(__dirname, '..', '..');
const fixtureRoot = join(repoRoot, 'test', 'fixtures', 'architecture');
const depcruise = join(repoRoot, 'node_modules', '.bin', 'depcruise');
const config = join(repoRoot, '.dependency-cruiser.cjs');

type Dependency = { resolved: string };
type Violation = { rule: { name: string }; from: string; to: string };
type CruiseResult = {
  modules: { source: string; dependencies: Dependency[] }[];
  summary: {
    error: number;
    violations: Violation[];
    ruleSetUsed: { forbidden: Violation['rule'][] };
  };
};
type Run = { exitCode: number; stdout: string; stderr: string };

/** The rule each fixture file breaks, as `rule: from → to` (npm targets as `npm:<package>`). */
const expectedFixtureViolations = [
  'module-imports-other-module-only-through-contracts: src/modules/billing/application/imports-projects-domain.ts → src/modules/projects/domain/task.ts',
  'module-imports-other-module-only-through-contracts: src/modules/billing/application/imports-projects-entity-type-only.ts → src/modules/projects/persistence/task.entity.ts',
  'contracts-stay-self-contained: src/modules/projects/contracts/imports-own-domain.event.ts → src/modules/projects/domain/task.ts',
  'contracts-stay-self-contained: src/modules/projects/contracts/imports-common.event.ts → src/common/pagination/page.ts',
  'domain-stays-pure: src/modules/projects/domain/imports-persistence.ts → src/modules/projects/persistence/task.entity.ts',
  'domain-stays-pure: src/modules/projects/domain/imports-typeorm.ts → npm:typeorm',
  'persistence-sits-below-application: src/modules/projects/persistence/imports-application.ts → src/modules/projects/application/imports-processor.handler.ts',
  'infrastructure-and-common-never-import-modules: src/infrastructure/events/imports-projects-domain.ts → src/modules/projects/domain/task.ts',
  'infrastructure-and-common-never-import-modules: src/common/pagination/imports-projects-contracts.ts → src/modules/projects/contracts/task-completed.event.ts',
  'common-never-imports-app: src/common/config/imports-app-config.ts → src/app/app-config.ts',
  'infrastructure-never-imports-app: src/infrastructure/database/imports-app-config.ts → src/app/app-config.ts',
  'only-entry-points-import-app: src/modules/projects/imports-app-config.ts → src/app/app-config.ts',
  'web-never-loads-worker-code: src/app/web.module.ts → src/modules/projects/projects.worker.module.ts',
  'web-never-loads-worker-code: src/modules/projects/projects.http.module.ts → src/modules/projects/jobs/export-tasks.processor.ts',
  'processors-are-wired-only-by-worker-modules: src/modules/projects/application/imports-processor.handler.ts → src/modules/projects/jobs/export-tasks.processor.ts',
  'processors-are-wired-only-by-worker-modules: src/modules/projects/projects.http.module.ts → src/modules/projects/jobs/export-tasks.processor.ts',
  'no-circular: src/modules/projects/domain/circular-a.ts → src/modules/projects/domain/circular-b.ts',
  'not-to-unresolvable: src/modules/projects/domain/imports-missing-file.ts → ./does-not-exist',
  'not-to-dev-dep: src/modules/billing/application/imports-dev-dependency.ts → npm:@nestjs/testing',
];

/** Imports in the fixture that resemble violations but are allowed, as [from, to]. */
const legalFixtureImports = [
  [
    'src/modules/billing/consumers/on-task-completed.consumer.ts',
    'src/modules/projects/contracts/task-completed.event.ts',
  ],
  [
    'src/modules/billing/consumers/on-task-completed.consumer.ts',
    'src/modules/billing/domain/price.ts',
  ],
  [
    'src/modules/projects/contracts/task-completed.event.ts',
    'src/modules/identity/contracts/member-ref.ts',
  ],
  [
    'src/modules/projects/contracts/task-completed.event.ts',
    'src/modules/projects/contracts/integration-event.ts',
  ],
  ['src/modules/projects/contracts/integration-event.ts', 'crypto'],
  [
    'src/modules/projects/projects.worker.module.ts',
    'src/modules/projects/jobs/export-tasks.processor.ts',
  ],
  ['src/modules/billing/domain/price.spec.ts', 'npm:@nestjs/testing'],
  ['src/modules/projects/persistence/imports-domain.ts', 'src/modules/projects/domain/task.ts'],
  ['src/app/web.module.ts', 'src/modules/projects/projects.http.module.ts'],
  ['src/app/worker.module.ts', 'src/modules/projects/projects.worker.module.ts'],
  ['src/main.ts', 'src/app/web.module.ts'],
  ['src/worker.ts', 'src/app/worker.module.ts'],
];

function runDepcruise(cwd: string, outputType: 'json' | 'err'): Promise<Run> {
  const args = [depcruise, '--config', config, '--output-type', outputType, 'src'];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

function parse(run: Run): CruiseResult {
  try {
    return JSON.parse(run.stdout) as CruiseResult;
  } catch {
    throw new Error(`depcruise printed no JSON (exit ${run.exitCode}):\n${run.stderr}`);
  }
}

/** Package targets differ by install layout (../../../node_modules/…); name them by package. */
const target = (resolved: string): string =>
  resolved.replace(/^(.*\/)?node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, 'npm:$2');

const describeViolation = (v: Violation): string => `${v.rule.name}: ${v.from} → ${target(v.to)}`;

let fixture: CruiseResult;
let fixtureErrRun: Run;
let project: CruiseResult;

beforeAll(async () => {
  const [fixtureJson, fixtureErr, projectJson] = await Promise.all([
    runDepcruise(fixtureRoot, 'json'),
    runDepcruise(fixtureRoot, 'err'),
    runDepcruise(repoRoot, 'json'),
  ]);
  fixture = parse(fixtureJson);
  fixtureErrRun = fixtureErr;
  project = parse(projectJson);
}, 60_000);

describe('architecture rules on the deliberately broken fixture', () => {
  it.each(expectedFixtureViolations)('reports %s', (expected) => {
    expect(fixture.summary.violations.map(describeViolation)).toContain(expected);
  });

  it('reports nothing else', () => {
    const unexpected = fixture.summary.violations
      .map(describeViolation)
      .filter((reported) => !expectedFixtureViolations.includes(reported));
    expect(unexpected).toEqual([]);
  });

  it.each(legalFixtureImports)('allows %s → %s', (from, to) => {
    const importer = fixture.modules.find((module) => module.source === from);
    // The import must really be in the fixture, or "not reported" would prove nothing.
    expect(importer?.dependencies.map((dependency) => target(dependency.resolved))).toContain(to);
    expect(
      fixture.summary.violations.filter((v) => v.from === from && target(v.to) === to),
    ).toEqual([]);
  });

  it('has a violation for every rule in .dependency-cruiser.cjs', () => {
    const rules = fixture.summary.ruleSetUsed.forbidden.map((rule) => rule.name);
    const violated = new Set(fixture.summary.violations.map((v) => v.rule.name));
    expect(rules.filter((rule) => !violated.has(rule))).toEqual([]);
  });

  it('fails the CLI run the way `npm run arch` would', () => {
    expect(fixtureErrRun.exitCode).toBeGreaterThan(0);
  });
});

describe('architecture rules on the real project', () => {
  it('finds no violations in src/', () => {
    expect(project.summary.violations.map(describeViolation)).toEqual([]);
    expect(project.modules.some((module) => module.source === 'src/main.ts')).toBe(true);
  });
});
