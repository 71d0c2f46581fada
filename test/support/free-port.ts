// One implementation for the tests, the cluster harness and the bench: test/support/cluster/cluster.js.
export { freePort } from './cluster/cluster';
