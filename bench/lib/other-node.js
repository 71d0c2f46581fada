'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

/**
 * The Node the node-runtimes scenarios compare the bench's own with: BENCH_OTHER_NODE, or the
 * machine's /usr/bin/node (Node 20 on these machines). Its version goes into the target's label.
 */
function otherNode() {
  const binary = process.env.BENCH_OTHER_NODE || '/usr/bin/node';
  // Not thrown here: every scenario module is loaded, and only these two need the other Node. Its
  // server then fails to start, naming the binary.
  if (!fs.existsSync(binary))
    return { binary, version: `(no Node at ${binary}: set BENCH_OTHER_NODE)` };
  const version = execFileSync(binary, ['-v'], { encoding: 'utf8' }).trim();
  return { binary, version };
}

module.exports = { otherNode };
