'use strict';

const { bareFastify, tenfoldWeb } = require('../lib/targets');

/** What tenfold's stack (Nest, hooks, metrics, request logging) costs on its cheapest route. */
module.exports = {
  name: 'framework-overhead',
  summary:
    "GET /health/live: tenfold's web process (LOG_LEVEL=info, one JSON log line per request) " +
    'vs a bare Fastify hello-world',
  path: '/health/live',
  expectBody: '{"status":"ok"}',
  targets: [
    bareFastify(),
    tenfoldWeb({ id: 'tenfold', label: 'tenfold /health/live', logLevel: 'info' }),
  ],
  ratios: [{ label: 'tenfold ÷ bare', of: 'tenfold', over: 'bare' }],
};
