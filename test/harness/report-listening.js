'use strict';

// Preloaded (`node -r`) into every process test/harness/node-process.ts starts: tells the parent,
// over the IPC channel, each port a server of this process starts listening on. The harness picks
// a port that was free a moment ago; another process may take it first, and then a readiness
// check on that port is answered by the other process (a parallel test's server) while this one
// fails with EADDRINUSE. The parent counts an answer as this process's only once it heard the port.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function reportListening(...args) {
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address !== null && typeof address === 'object') {
      process.send({ tenfoldListening: address.port }, () => undefined);
    }
  });
  return listen.apply(this, args);
};
