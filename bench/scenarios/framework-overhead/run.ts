import { comparedScenario } from '../../lib/compare';
import { bareFastify, bareNest, tenfoldWeb } from '../../lib/processes';

/** What tenfold's stack (Nest, hooks, metrics, request logging) costs on its cheapest route. */
export const frameworkOverhead = comparedScenario({
  name: 'framework-overhead',
  summary:
    "GET /health/live: tenfold's web process (LOG_LEVEL=info, one JSON log line per request) " +
    'vs a bare NestJS-on-Fastify hello (the goal: ≥ 0.5× its req/s, ≤ 2× its CPU/req) and a bare ' +
    'Fastify hello-world',
  path: '/health/live',
  expectBody: '{"status":"ok"}',
  targets: [
    bareFastify(),
    bareNest(),
    tenfoldWeb({ id: 'tenfold', label: 'tenfold /health/live', logLevel: 'info' }),
  ],
  ratios: [
    { label: 'tenfold ÷ bare nest', of: 'tenfold', over: 'bare-nest' },
    { label: 'tenfold ÷ bare fastify', of: 'tenfold', over: 'bare' },
    { label: 'bare nest ÷ bare fastify', of: 'bare-nest', over: 'bare' },
  ],
});
