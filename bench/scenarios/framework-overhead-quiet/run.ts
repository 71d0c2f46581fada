import { comparedScenario } from '../../lib/compare';
import { bareFastify, tenfoldWeb } from '../../lib/processes';

/**
 * framework-overhead plus tenfold at LOG_LEVEL=warn (no request lines), all three in one run:
 * quiet ÷ bare is the framework without request logging, tenfold ÷ quiet the logging alone.
 */
export const frameworkOverheadQuiet = comparedScenario({
  name: 'framework-overhead-quiet',
  summary:
    'GET /health/live: bare Fastify vs tenfold at LOG_LEVEL=info vs tenfold at LOG_LEVEL=warn ' +
    '(separates request-logging cost from framework cost)',
  path: '/health/live',
  expectBody: '{"status":"ok"}',
  targets: [
    bareFastify(),
    tenfoldWeb({ id: 'tenfold', label: 'tenfold /health/live', logLevel: 'info' }),
    tenfoldWeb({ id: 'quiet', label: 'tenfold, LOG_LEVEL=warn', logLevel: 'warn' }),
  ],
  ratios: [
    { label: 'tenfold ÷ bare', of: 'tenfold', over: 'bare' },
    { label: 'quiet ÷ bare', of: 'quiet', over: 'bare' },
    { label: 'tenfold ÷ quiet', of: 'tenfold', over: 'quiet' },
  ],
});
