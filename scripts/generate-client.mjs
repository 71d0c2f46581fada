// npm run client: generates the TypeScript client (clients/typescript/src/) from openapi.json with
// @hey-api/openapi-ts, and keeps the package's version equal to the document's info.version.
//
//   node scripts/generate-client.mjs            into clients/typescript/src/ (commit the result)
//   node scripts/generate-client.mjs <dir>      into <dir> only (scripts/openapi-check.sh compares)
//   node scripts/generate-client.mjs --package-version   prints the version the package must have
//
// The output is formatted with the repository's .prettierrc, named explicitly so that a generation
// into a temporary directory (outside the repository) is byte for byte the committed one.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createClient } from '@hey-api/openapi-ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'clients', 'typescript');

if (process.argv[2] === '--package-version') {
  console.log(await packageVersion());
  process.exit(0);
}

const output = process.argv[2] ? resolve(process.argv[2]) : join(packageDir, 'src');
const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');

await createClient({
  input: join(root, 'openapi.json'),
  logs: { file: false, level: 'warn' },
  output: {
    path: output,
    clean: true,
    header: [
      '// Generated from openapi.json by `npm run client` (@hey-api/openapi-ts). Do not edit:',
      '// change the API, run `npm run openapi && npm run client`, and commit both.',
    ],
    postProcess: [
      {
        name: 'Prettier',
        command: process.execPath,
        args: [
          prettier,
          '--config',
          join(root, '.prettierrc'),
          '--no-editorconfig',
          '--log-level',
          'warn',
          '--write',
          '{{path}}',
        ],
      },
    ],
  },
  // The fetch client is generated into the output (client/, core/): the package needs no runtime
  // dependency, only a global fetch (Node 18+, browsers).
  plugins: [
    // Exported from the entry file too: createClient and the default client, to set baseUrl/auth.
    { name: '@hey-api/client-fetch', includeInEntry: true },
    '@hey-api/typescript',
    '@hey-api/sdk',
  ],
});

if (!process.argv[2]) await syncPackageVersion();

async function syncPackageVersion() {
  const version = await packageVersion();
  const file = join(packageDir, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  if (manifest.version === version) return;
  manifest.version = version;
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`clients/typescript/package.json: version ${version}`);
}

/** The package's version is the document's info.version as semver ("1" -> "1.0.0"). */
async function packageVersion() {
  const document = JSON.parse(await readFile(join(root, 'openapi.json'), 'utf8'));
  const parts = String(document.info.version).split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}
