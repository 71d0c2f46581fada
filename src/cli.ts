import 'reflect-metadata';

import { runCli } from './cli/run-cli';

/**
 * The operator CLI (`npm run cli -- <command>`): a Nest application context with only what the
 * commands need, no HTTP server, processors or relay. docs/OPERATIONS.md, "Operator CLI".
 */
const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(`${text}\n`);

void runCli(process.argv.slice(2), process.env, {
  out: write(process.stdout),
  err: write(process.stderr),
})
  .catch((error: unknown) => {
    process.stderr.write(`cli failed: ${(error as Error).message}\n`);
    return 3;
  })
  // Exit once the output is flushed: a connection's reconnect timer must not keep the process up.
  .then((code) => process.stdout.write('', () => process.exit(code)));
