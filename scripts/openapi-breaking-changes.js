#!/usr/bin/env node
'use strict';

// Fails when a document breaks a client of the released contract (docs/API.md, "What counts as
// breaking"), unless its info.version has a higher major than the release's.
//
//   node scripts/openapi-breaking-changes.js [<released> [<revision>]] [--format=json]
//        defaults: openapi/released/v1.json openapi.json; options go to `redocly diff`
//        (the report is on stdout, this script's own words on stderr)
//
// The rules are Redocly CLI's diff rules (`redocly diff`, the `diff-recommended` ruleset that
// redocly.yaml extends, with the impacts set there): every change they rate `major` breaks.
// Exit 0: nothing breaks, or the major version was raised; 1: a breaking change; 2: bad input.

const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const repoRoot = join(__dirname, '..');
// Redocly's own entry, run by this process's Node (the project's, ADR 0001).
const redocly = join(repoRoot, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

function majorOf(path) {
  const version = JSON.parse(readFileSync(path, 'utf8')).info?.version;
  const major = /^v?(\d+)/.exec(String(version ?? ''));
  if (!major) throw new Error(`${path}: info.version ${JSON.stringify(version)} has no major`);
  return Number(major[1]);
}

/** `redocly diff`, its report on this process's stdout; returns its exit status. */
function diff(released, revision, failOn, options) {
  const run = spawnSync(
    process.execPath,
    [
      redocly,
      'diff',
      released,
      revision,
      `--fail-on=${failOn}`,
      '--config',
      'redocly.yaml',
      ...options,
    ],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  if (run.error) throw run.error;
  return run.status ?? 1;
}

function main() {
  const args = process.argv.slice(2);
  const options = args.filter((arg) => arg.startsWith('--'));
  const [released = 'openapi/released/v1.json', revision = 'openapi.json'] = args
    .filter((arg) => !arg.startsWith('--'))
    .map((path) => relative(repoRoot, path));
  let releasedMajor, revisionMajor;
  try {
    releasedMajor = majorOf(join(repoRoot, released));
    revisionMajor = majorOf(join(repoRoot, revision));
  } catch (error) {
    console.error(error.message);
    return 2;
  }

  if (revisionMajor > releasedMajor) {
    console.error(
      `${revision} is major version ${revisionMajor}, ${released} is ${releasedMajor}: ` +
        'breaking changes are allowed. The changes, for the release notes:',
    );
    return diff(released, revision, 'none', options);
  }
  const status = diff(released, revision, 'major', options);
  if (status !== 0) {
    console.error(
      `\n${revision} breaks clients of the released contract ${released} (the changes rated ` +
        '"major" above). Make the change compatible (docs/API.md, "What counts as breaking"), ' +
        'or ship it as a new major version beside this one ("Versions").',
    );
  }
  return status;
}

process.exitCode = main();
