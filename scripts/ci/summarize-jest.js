// Prints the closing line CI reads ("N passed, N failed") from Jest's JSON results. When the run
// stopped before Jest (lint, build, architecture), that step counts as one failure.
const { existsSync, readFileSync } = require('node:fs');

const [resultsPath, exitStatus] = process.argv.slice(2);
if (!existsSync(resultsPath)) {
  console.log(`0 passed, ${exitStatus === '0' ? 0 : 1} failed`);
  process.exit(0);
}
const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
// A suite that fails to load (syntax error, failing beforeAll) has no failed tests; count it.
const brokenSuites = results.testResults.filter(
  (suite) =>
    suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed'),
).length;
const failed = results.numFailedTests + brokenSuites;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
  `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
