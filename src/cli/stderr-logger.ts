import type { LoggerService } from '@nestjs/common';

/**
 * Nest's own messages (start-up failures, a Redis eviction-policy warning) on stderr only, errors
 * and warnings only: stdout carries the command's table or JSON and nothing else.
 */
export class StderrLogger implements LoggerService {
  log(): void {}

  error(message: unknown, ...context: unknown[]): void {
    this.write('error', message, context);
  }

  warn(message: unknown, ...context: unknown[]): void {
    this.write('warn', message, context);
  }

  private write(level: string, message: unknown, context: unknown[]): void {
    const from = context.filter((part) => typeof part === 'string').at(-1);
    process.stderr.write(`[${level}]${from ? ` ${from}:` : ''} ${String(message)}\n`);
  }
}
