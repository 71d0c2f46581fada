import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The command/query convention (CONTRIBUTING.md, "Add a route"): every message extends the typed
// Command<T>/Query<T>, so the bus's answer is typed; it takes one props object, so call sites name
// every field; and it carries the caller as `actorId`, never the whole session Actor, so a message
// stays plain data that a worker or another service could send. Checked on the real messages and
// on fixtures that break each part.

const repoRoot = join(__dirname, '..', '..');

function shapeProblems(source: string): string[] {
  const problems: string[] = [];
  if (!/export class \w+(Command|Query) extends (Command|Query)<[^>]+>/.test(source)) {
    problems.push('does not extend Command<T>/Query<T>');
  }
  const constructors = source.match(/constructor\(([^)]*)\)/g) ?? [];
  if (
    constructors.some(
      (c) => c !== 'constructor()' && !/^constructor\(readonly props: \w+\)$/.test(c),
    )
  ) {
    problems.push('does not take one `readonly props` object');
  }
  if (/:\s*Actor\b/.test(source)) problems.push('carries the whole Actor');
  return problems;
}

function messageFiles(): string[] {
  return readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(command|query)\.ts$/.test(file))
    .map((file) => `src/${file}`)
    .sort();
}

const fixture = (name: string) =>
  readFileSync(join(repoRoot, 'test', 'fixtures', 'message-shape', name), 'utf8');

describe('commands and queries', () => {
  const files = messageFiles();

  it('are found', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('all extend Command<T>/Query<T>, take one props object and carry the actor by id', () => {
    const broken = files.flatMap((file) =>
      shapeProblems(readFileSync(join(repoRoot, file), 'utf8')).map((p) => `${file}: ${p}`),
    );
    expect(broken).toEqual([]);
  });

  it.each([
    ['positional.command.ts', 'does not take one `readonly props` object'],
    ['untyped.query.ts', 'does not extend Command<T>/Query<T>'],
    ['whole-actor.command.ts', 'carries the whole Actor'],
  ])('the check refuses %s', (name, problem) => {
    expect(shapeProblems(fixture(name))).toEqual([problem]);
  });

  it('the check passes a conforming message', () => {
    expect(shapeProblems(fixture('conforming.command.ts'))).toEqual([]);
  });
});
