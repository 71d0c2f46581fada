import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { environmentSchema } from './config.schema';

const ROOT = join(__dirname, '../../..');
const variables = Object.keys(environmentSchema.shape);

/** A setting nobody can find is a setting nobody sets: each one is in both places users look. */
describe('every configuration variable is documented', () => {
  it.each(variables)('%s has a row in the README configuration table', (name) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`^\\| [^|]*\`${name}\``, 'm'));
  });

  it.each(variables)('%s is in .env.example', (name) => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
