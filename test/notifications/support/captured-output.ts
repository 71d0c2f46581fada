import fs from 'node:fs';

type Write = (...args: unknown[]) => unknown;

/**
 * Everything this test process writes to stdout and stderr while started: pino's JSON lines (which
 * go straight to fd 1 through fs.write/fs.writeSync, not through process.stdout) and anything
 * written through process.stdout/stderr. Log lines are swallowed, so the test output stays
 * readable; anything else still reaches the terminal. The log level comes from the apps' LOG_LEVEL.
 */
export class CapturedOutput {
  private readonly chunks: string[] = [];
  private readonly restores: (() => void)[] = [];

  static start(): CapturedOutput {
    const captured = new CapturedOutput();
    captured.intercept();
    return captured;
  }

  get text(): string {
    return this.chunks.join('');
  }

  /** The JSON log lines captured so far. */
  lines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  stop(): void {
    this.restores.splice(0).forEach((restore) => restore());
  }

  private intercept(): void {
    const record = (data: unknown) =>
      this.chunks.push(
        typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString(),
      );
    const isStdio = (fd: unknown) => fd === 1 || fd === 2;

    this.replace(fs as unknown as Record<string, Write>, 'writeSync', (original) => (...args) => {
      if (!isStdio(args[0])) return original(...args);
      record(args[1]);
      return Buffer.byteLength(args[1] as string);
    });
    this.replace(fs as unknown as Record<string, Write>, 'write', (original) => (...args) => {
      if (!isStdio(args[0])) return original(...args);
      record(args[1]);
      const done = args.at(-1) as (error: Error | null, written: number) => void;
      process.nextTick(done, null, Buffer.byteLength(args[1] as string));
      return undefined;
    });
    for (const stream of [process.stdout, process.stderr]) {
      this.replace(stream as unknown as Record<string, Write>, 'write', (original) => (...args) => {
        record(args[0]);
        const isLogLine = String(args[0]).startsWith('{"level"');
        return isLogLine || original(...args);
      });
    }
  }

  private replace(
    target: Record<string, Write>,
    name: string,
    wrap: (original: Write) => Write,
  ): void {
    const original = target[name];
    target[name] = wrap(original.bind(target));
    this.restores.push(() => (target[name] = original));
  }
}
