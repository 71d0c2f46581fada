import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lintAs } from '../support/lint-as';

// The ESLint rule that keeps text limits in code points (eslint.config.mjs), run with the
// project's real config on a fixture that breaks it and on a real DTO that keeps it.

const repoRoot = join(__dirname, '..', '..');
const fixture = join(repoRoot, 'test', 'fixtures', 'text-limit', 'limits-in-utf16-units.dto.ts');
const realDto = join(repoRoot, 'src/modules/projects/http/dto/create-project.dto.ts');

describe('rule: text limits count code points', () => {
  it('reports MaxLength and Length imported from class-validator', async () => {
    const result = await lintAs(
      readFileSync(fixture, 'utf8'),
      'src/modules/projects/http/dto/limits-in-utf16-units.dto.ts',
    );
    const broken = result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
    expect(broken).toHaveLength(2);
    expect(broken[0].message).toContain('MaxCodePoints');
  }, 60_000);

  it('passes the DTOs as they are', async () => {
    const result = await lintAs(readFileSync(realDto, 'utf8'), realDto);
    expect(result.messages).toEqual([]);
  }, 60_000);
});
