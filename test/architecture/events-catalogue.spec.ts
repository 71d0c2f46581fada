import 'reflect-metadata';

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IntegrationEventClass } from '../../src/common/contracts/integration-event';
import {
  EVENT_CONSUMER,
  type EventConsumerOptions,
} from '../../src/infrastructure/events/event-consumer.decorator';

const ROOT = join(__dirname, '..', '..');
const MODULES = join(ROOT, 'src', 'modules');
const CATALOGUE = join(ROOT, 'docs', 'EVENTS.md');

/** Every exported value of the modules' files under `folder` (contracts/ or consumers/). */
function exportsOf(folder: string, ending: string): unknown[] {
  return (
    readdirSync(MODULES, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.split('/').at(-2) === folder && path.endsWith(ending))
      // Loaded by path at run time: the list of files is the point, so no static import can say it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((path) => Object.values(require(join(MODULES, path)) as Record<string, unknown>))
  );
}

const eventTypes = exportsOf('contracts', '.event.ts')
  .filter((value): value is IntegrationEventClass => typeof value === 'function' && 'TYPE' in value)
  .map((event) => event.TYPE);

/** type → the names of the consumers the code registers for it. */
function consumersInCode(): Map<string, string[]> {
  const byType = new Map<string, string[]>(eventTypes.map((type) => [type, []]));
  for (const value of exportsOf('consumers', '.consumer.ts')) {
    if (typeof value !== 'function') continue;
    const options = Reflect.getMetadata(EVENT_CONSUMER, value) as EventConsumerOptions | undefined;
    for (const event of options?.events ?? []) byType.get(event.TYPE)?.push(options!.name);
  }
  for (const names of byType.values()) names.sort();
  return byType;
}

/** type → the consumers its row in docs/EVENTS.md names (last column; "—" for none). */
function consumersInCatalogue(): Map<string, string[]> {
  const rows = readFileSync(CATALOGUE, 'utf8')
    .split('\n')
    .filter((line) => /^\| `[a-z]+(\.[a-z-]+)+\.v\d+` \|/.test(line));
  return new Map(
    rows.map((row) => {
      const cells = row.split(' | ');
      const type = /`([^`]+)`/.exec(cells[0])![1];
      const last = cells.at(-1)!.replace(/\|$/, '').trim();
      const names = last === '—' ? [] : last.split(',').map((name) => name.trim());
      return [type, names.sort()];
    }),
  );
}

describe('the event catalogue (docs/EVENTS.md)', () => {
  it('finds the contracts and consumers it checks', () => {
    expect(eventTypes.length).toBeGreaterThan(20);
    expect([...consumersInCode().values()].flat().length).toBeGreaterThan(40);
  });

  it('has one row per event type, naming exactly the consumers the code registers', () => {
    const code = consumersInCode();
    if (process.env.EVENTS_CATALOGUE_PRINT === '1') {
      writeFileSync(
        '/tmp/events-consumers.json',
        JSON.stringify(Object.fromEntries(code), null, 2),
      );
    }
    expect(Object.fromEntries(consumersInCatalogue())).toEqual(Object.fromEntries(code));
  });
});
