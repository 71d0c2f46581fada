import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SEALED_COLUMNS } from './sealed-columns';

const MODULES = join(__dirname, '..', '..', 'modules');

/** Every `sealed…Context` a module exports: the contexts its SecretBox values are bound to. */
function exportedSealContexts(): string[] {
  const names: string[] = [];
  const files = readdirSync(MODULES, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  for (const file of files) {
    const source = readFileSync(join(MODULES, file), 'utf8');
    for (const match of source.matchAll(/export (?:const|function) (sealed\w*Context)\b/g)) {
      names.push(match[1]);
    }
  }
  return names;
}

describe('the sealed columns secrets:reseal and secrets:retire know of', () => {
  it('include every context a module seals stored values for', () => {
    const listed = SEALED_COLUMNS.map((set) => set.context.name);
    const exported = exportedSealContexts();
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(listed).toContain(name);
  });

  it('bind each value to its row, as the module does', () => {
    const id = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
    expect(SEALED_COLUMNS.map((set) => set.context(id))).toEqual([
      `slack-webhook-url:${id}`,
      `webhook-signing-secret:${id}`,
    ]);
  });
});
