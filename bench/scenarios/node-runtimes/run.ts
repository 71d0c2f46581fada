import { comparedScenario } from '../../lib/compare';
import { otherNode } from '../../lib/machine';
import { tenfoldWeb } from '../../lib/processes';

const other = otherNode();

/**
 * The same dist/ on two runtimes, side by side in one run: the project's Node (this bench's own,
 * node_modules/.bin/node) and another (BENCH_OTHER_NODE, default the machine's /usr/bin/node).
 * framework-overhead's route: what the runtime alone changes on the cheapest request.
 */
export const nodeRuntimes = comparedScenario({
  name: 'node-runtimes',
  summary: `GET /health/live: tenfold on this bench's Node (${process.version}) vs on ${other.version} (${other.binary})`,
  path: '/health/live',
  expectBody: '{"status":"ok"}',
  targets: [
    tenfoldWeb({
      id: 'other',
      label: `tenfold on ${other.version}`,
      logLevel: 'info',
      node: other.binary,
    }),
    tenfoldWeb({ id: 'own', label: `tenfold on ${process.version}`, logLevel: 'info' }),
  ],
  ratios: [{ label: `${process.version} ÷ ${other.version}`, of: 'own', over: 'other' }],
});
