import { QUEUE_NAMES, type QueueName } from '../infrastructure/queue/queue-names';
import { CliUsageError } from './cli-errors';
import type { CommandInput } from './cli-command';

/** `--name` as a string, or undefined when absent (parseArgs has checked its type). */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--limit`: a whole number in [1, max]; `fallback` when the option is absent. */
export function limitOption(input: CommandInput, fallback: number, max: number): number {
  return wholeNumberOption(input, 'limit', fallback, max);
}

/** `--<name>`: a whole number in [1, max]; `fallback` when the option is absent. */
export function wholeNumberOption(
  input: CommandInput,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = stringOption(input, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new CliUsageError(
      `--${name} must be a whole number from 1 to ${max}, not "${shown(raw)}"`,
    );
  }
  return Number(raw);
}

export function queueOption(input: CommandInput): QueueName | undefined {
  const raw = stringOption(input, 'queue');
  if (raw === undefined) return undefined;
  const queue = QUEUE_NAMES.find((name) => name === raw);
  if (!queue) {
    throw new CliUsageError(
      `--queue must be one of ${QUEUE_NAMES.join(', ')}, not "${shown(raw)}"`,
    );
  }
  return queue;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidArgument(value: string, what: string): string {
  if (!UUID.test(value)) throw new CliUsageError(`${what} must be a UUID, not "${shown(value)}"`);
  return value.toLowerCase();
}

/** Stored lower-cased and trimmed, as sign-up stores it. */
export function emailArgument(value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new CliUsageError(`"${shown(value)}" is not an email address`);
  }
  return email;
}

/** An argument echoed in a message: printable, and short whatever was typed. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 80 ? `${printable.slice(0, 80)}…` : printable;
}
