import type { ParseArgsOptionsConfig } from 'node:util';

/** What a command prints: `json` with `--json`, `text` otherwise (both on stdout). */
export interface CommandResult {
  readonly json: unknown;
  readonly text: string;
}

/** A command's parsed arguments, options already checked against its spec. */
export interface CommandInput {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** `--yes`: destructive commands only act with it, and otherwise print what they would do. */
  readonly confirmed: boolean;
  /** `--json`: the result is printed as JSON (commands that stream output collect it instead). */
  readonly json: boolean;
}

/** How a command is called, known without instantiating it (help, argument parsing). */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Arguments after the name, e.g. `<email>` or `[--queue <name>] [--limit <n>]`. */
  readonly usage: string;
  readonly options?: ParseArgsOptionsConfig;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Changes something: `--yes` is accepted, and without it the command only says what it would do. */
  readonly destructive?: boolean;
  /** Runs without the application context (no database or Redis of its own). */
  readonly withoutContext?: boolean;
}

export interface CliCommand {
  run(input: CommandInput): Promise<CommandResult>;
}

/** A command class: its spec is static, so it is readable without instantiating anything. */
export interface CliCommandClass {
  readonly spec: CommandSpec;
  new (...dependencies: never[]): CliCommand;
}
