'use strict';

// Preloaded (`node -r`) into every server the harness starts. The harness kills its servers on
// exit, Ctrl-C and errors itself; this covers the case it cannot: the harness killed with SIGKILL
// or crashing hard. Then the IPC channel closes and the server stops itself.
if (process.channel) {
  process.channel.unref(); // the channel alone must not keep the server alive
  process.once('disconnect', () => {
    setTimeout(() => process.exit(1), 15_000).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
