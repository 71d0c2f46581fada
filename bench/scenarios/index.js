'use strict';

/** Every scenario `npm run bench` knows, in the order `npm run bench` (no name) runs them. */
module.exports = [
  require('./framework-overhead'),
  require('./framework-overhead-quiet'),
  require('./node-runtimes'),
  require('./node-runtimes-tasks'),
  require('./request-cost-tasks'),
  require('./request-cost-complete'),
  require('./events'),
  require('./relay-throughput'),
  require('./replicas'),
  require('./resilience'),
  require('./jobs'),
  require('./scale'),
];
