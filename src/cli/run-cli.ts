import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

import { NestFactory } from '@nestjs/core';

import type { AppConfig } from '../infrastructure/config/app-config';
import { InvalidConfigurationError } from '../infrastructure/config/config.error';
import { loadConfig } from '../infrastructure/config/load-config';
import type { CliCommand, CliCommandClass, CommandInput, CommandResult } from './cli-command';
import { CLI_COMMANDS } from './cli-commands';
import { CliModule } from './cli.module';
import { CliRefusal, CliUsageError, EXIT } from './cli-errors';
import { shown } from './cli-arguments';
import { StderrLogger } from './stderr-logger';

const PROGRAM = 'npm run cli --';

export interface CliStreams {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs one operator command and answers the exit code: 0 done (or a dry run), 1 refused, 2 bad
 * arguments or configuration, 3 failed. Unknown options and missing arguments are refused before
 * anything connects; each command checks its values before it changes anything.
 */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: CliStreams,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    streams.out(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = CLI_COMMANDS.find((candidate) => candidate.spec.name === name);
  if (!command) {
    streams.err(`error: no command "${shown(name)}"\n\n${overview()}`);
    return EXIT.usage;
  }
  let input: CommandInput;
  try {
    input = parse(command, rest);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    streams.err(`error: ${error.message}\nusage: ${usageOf(command)}`);
    return EXIT.usage;
  }
  if (input.options.help === true) {
    streams.out(`${command.spec.summary}\nusage: ${usageOf(command)}`);
    return EXIT.ok;
  }
  try {
    const result = await execute(command, input, env);
    if (input.json) streams.out(JSON.stringify(result.json, null, 2));
    else if (result.text !== '') streams.out(result.text);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliUsageError) {
      streams.err(`error: ${error.message}\nusage: ${usageOf(command)}`);
      return EXIT.usage;
    }
    if (error instanceof InvalidConfigurationError) {
      streams.err(error.message);
      return EXIT.usage;
    }
    if (error instanceof CliRefusal) {
      streams.err(`Refused: ${error.message}`);
      return EXIT.refused;
    }
    streams.err(`${name} failed: ${(error as Error).message}`);
    return EXIT.failed;
  }
}

async function execute(
  command: CliCommandClass,
  input: CommandInput,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  if (command.spec.withoutContext) {
    return new (command as unknown as new () => CliCommand)().run(input);
  }
  const config: AppConfig = loadConfig(env);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: new StderrLogger(),
    abortOnError: false,
  });
  try {
    return await app.get<CliCommand>(command).run(input);
  } finally {
    await app.close();
  }
}

function parse(command: CliCommandClass, args: readonly string[]): CommandInput {
  const { spec } = command;
  const options: ParseArgsOptionsConfig = {
    ...spec.options,
    json: { type: 'boolean' },
    help: { type: 'boolean' },
    ...(spec.destructive ? { yes: { type: 'boolean' } } : {}),
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: spec.positionals.max > 0,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the unknown option or the missing value; the input is echoed cut short.
    throw new CliUsageError(shown((error as Error).message));
  }
  const { positionals, values } = parsed;
  if (values.help !== true) {
    if (positionals.length < spec.positionals.min) {
      throw new CliUsageError(`${spec.name} needs ${spec.usage.split(' ')[0]}`);
    }
    if (positionals.length > spec.positionals.max) {
      throw new CliUsageError(`too many arguments (at most ${spec.positionals.max})`);
    }
  }
  const flat: Record<string, string | boolean | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!Array.isArray(value)) flat[key] = value;
  }
  return {
    positionals,
    options: flat,
    confirmed: values.yes === true,
    json: values.json === true,
  };
}

function usageOf(command: CliCommandClass): string {
  const { name, usage, destructive } = command.spec;
  return [PROGRAM, name, usage, destructive ? '[--yes]' : '', '[--json]'].filter(Boolean).join(' ');
}

function overview(): string {
  const width = Math.max(...CLI_COMMANDS.map((command) => command.spec.name.length));
  return [
    `usage: ${PROGRAM} <command> [arguments] [--json]   (${PROGRAM} <command> --help)`,
    '',
    ...CLI_COMMANDS.map(
      ({ spec }) =>
        `  ${spec.name.padEnd(width)}  ${spec.summary}${spec.destructive ? ' (--yes to act)' : ''}`,
    ),
    '',
    'Destructive commands only say what they would do unless given --yes. Exit codes: 0 done,',
    '1 refused, 2 bad arguments or configuration, 3 failed. docs/OPERATIONS.md, "Operator CLI".',
  ].join('\n');
}
