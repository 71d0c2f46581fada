import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lintAs, type LintMessage } from '../support/lint-as';

// The ESLint rule that keeps instances stateless (eslint-rules/no-process-local-state.mjs, wired in
// eslint.config.mjs), run with the project's real config on fixtures that break it, on fixtures
// marked `// stateless-ok: <reason>`, and on the real files that carry such a marker.

const repoRoot = join(__dirname, '..', '..');
const RULE = 'tenfold/no-process-local-state';

function fixture(name: string): string {
  return readFileSync(join(repoRoot, 'test', 'fixtures', 'process-local-state', name), 'utf8');
}

async function findings(source: string, asPath: string): Promise<LintMessage[]> {
  const result = await lintAs(source, asPath);
  return result.messages.filter((m) => m.ruleId === RULE);
}

describe('rule: no process-local state', () => {
  it('reports module-level caches, lets, vars, mutated consts and mutable statics', async () => {
    const broken = await findings(fixture('module-level-state.ts'), 'src/common/module-state.ts');
    expect(broken.map((m) => m.line)).toEqual([4, 5, 6, 7, 8, 11, 12]);
    expect(broken[0].message).toContain('`cache` is a mutable container (an empty Map)');
    expect(broken[1].message).toContain('`let requests`');
    expect(broken[2].message).toContain('`var lastSeen`');
    expect(broken[3].message).toContain('`pending` is a mutable container (an empty array)');
    expect(broken[4].message).toContain('`counters` is mutated by this module');
    expect(broken[5].message).toContain('Static field `cache` is not readonly');
    expect(broken[6].message).toContain('Static field `seen` holds a Set');
  }, 60_000);

  it('allows only a marker with a reason, and reports a bare one', async () => {
    const broken = await findings(fixture('markers.ts'), 'src/modules/projects/markers.ts');
    expect(broken.map((m) => m.line)).toEqual([1, 2, 4, 5]);
    expect(broken[0].message).toContain('`stateless-ok` needs a reason');
    expect(broken[1].message).toContain('`let bare`');
    expect(broken[2].message).toContain('`stateless-ok` needs a reason');
    expect(broken[3].message).toContain('`emptyReason`');
  }, 60_000);

  it('reports Map/Set caches held by module classes, but not by infrastructure', async () => {
    const source = fixture('provider-cache.ts');
    const inModule = await findings(source, 'src/modules/billing/application/rates.provider.ts');
    expect(inModule.map((m) => m.line)).toEqual([5, 11]);
    expect(inModule[0].message).toContain('`rates` holds a Map in a module class');
    expect(inModule[1].message).toContain('`seen` holds a Set in a module class');
    expect(await findings(source, 'src/infrastructure/resilience/rates.provider.ts')).toEqual([]);
  }, 60_000);

  it('reports local-disk writers from node:fs in module code, but not in infrastructure', async () => {
    const source = fixture('local-disk.ts');
    const inModule = await findings(source, 'src/modules/analytics/jobs/local-disk.ts');
    expect(inModule.map((m) => [m.line, m.message.split(' ')[0]])).toEqual([
      [2, '`createWriteStream`'],
      [3, '`mkdir`'],
      [3, '`writeFile`'],
      [10, '`fs.writeFileSync`'],
    ]);
    expect(inModule[0].message).toContain('go to S3');
    expect(await findings(source, 'src/infrastructure/storage/local-disk.ts')).toEqual([]);
  }, 60_000);

  it('leaves tests alone', async () => {
    const source = fixture('module-level-state.ts');
    expect(await findings(source, 'src/modules/projects/module-state.spec.ts')).toEqual([]);
  }, 60_000);

  // Every escape is listed in ARCHITECTURE.md, so the count readers see there cannot drift.
  const escapes = filesWithMarker();

  it('finds the escapes, and ARCHITECTURE.md lists every one of them', () => {
    expect(escapes.length).toBeGreaterThan(0);
    const architecture = readFileSync(join(repoRoot, 'docs', 'ARCHITECTURE.md'), 'utf8');
    expect(escapes.filter((file) => !architecture.includes(`\`${file}\``))).toEqual([]);
  });

  it.each(escapes)(
    'passes %s, whose per-process state carries a reasoned marker',
    async (file) => {
      const result = await lintAs(readFileSync(join(repoRoot, file), 'utf8'), file);
      expect(result.messages).toEqual([]);
    },
    60_000,
  );
});

function filesWithMarker(): string[] {
  const src = join(repoRoot, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => readFileSync(join(src, file), 'utf8').includes('// stateless-ok: '))
    .map((file) => `src/${file}`)
    .sort();
}
