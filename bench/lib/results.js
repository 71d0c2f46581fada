'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { ROOT } = require('./targets');

/** Writes the raw record of a run to bench/results/<scenario>-<timestamp>.json (git-ignored). */
function writeResults(scenarioName, startedAt, record) {
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = startedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const file = path.join(dir, `${scenarioName}-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  return path.relative(process.cwd(), file);
}

module.exports = { writeResults };
