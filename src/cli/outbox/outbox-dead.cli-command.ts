import { Injectable } from '@nestjs/common';

import { limitOption, stringOption } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { DeadOutboxRows } from './dead-outbox-rows';
import { deadOutboxTable } from './outbox-table';

/** `outbox:dead`: the events the relay gave up on, newest first. */
@Injectable()
export class OutboxDeadCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'outbox:dead',
    summary: 'List outbox events the relay gave up on (newest first)',
    usage: '[--type <event type>] [--limit <1-500, default 50>]',
    options: { type: { type: 'string' }, limit: { type: 'string' } },
    positionals: { min: 0, max: 0 },
  };

  constructor(private readonly deadRows: DeadOutboxRows) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const rows = await this.deadRows.list(stringOption(input, 'type'), limitOption(input, 50, 500));
    return { json: { items: rows }, text: deadOutboxTable(rows) };
  }
}
