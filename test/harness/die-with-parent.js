'use strict';

// Preloaded (`node -r`) into every process test/harness/node-process.ts starts (tests and bench).
// They stop their servers on exit, Ctrl-C and errors themselves; this covers the case they cannot:
// the parent killed with SIGKILL or crashing hard. Then the IPC channel closes and the server
// stops itself.
if (process.channel) {
  process.channel.unref(); // the channel alone must not keep the server alive
  process.once('disconnect', () => {
    setTimeout(() => process.exit(1), 15_000).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
