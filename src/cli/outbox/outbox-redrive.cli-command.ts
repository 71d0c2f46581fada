import { Injectable } from '@nestjs/common';

import { stringOption, uuidArgument } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliRefusal, CliUsageError } from '../cli-errors';
import { DeadOutboxRows, type OutboxSelection } from './dead-outbox-rows';
import { deadOutboxTable } from './outbox-table';

/**
 * `outbox:redrive`: dead events back to the relay. Fix the cause first: a redriven event goes to
 * every consumer again, and those that had applied it turn it away through their inbox.
 */
@Injectable()
export class OutboxRedriveCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'outbox:redrive',
    summary: 'Give dead outbox events back to the relay, with fresh attempts',
    usage: '<event id>… | --all [--type <event type>]',
    options: { all: { type: 'boolean' }, type: { type: 'string' } },
    positionals: { min: 0, max: 500 },
    destructive: true,
  };

  constructor(private readonly deadRows: DeadOutboxRows) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const selection = this.selectionOf(input);
    if ('ids' in selection) {
      const unknown = await this.deadRows.unknown(selection.ids);
      if (unknown.length > 0) {
        throw new CliRefusal(`no outbox event has the id ${unknown.join(', ')}: nothing redriven`);
      }
    }
    const dead = await this.deadRows.select(selection);
    if ('ids' in selection && dead.length < selection.ids.length) {
      const deadIds = new Set(dead.map((row) => row.id));
      const alive = selection.ids.filter((id) => !deadIds.has(id));
      throw new CliRefusal(
        `not dead (published, pending or of another type): ${alive.join(', ')}: nothing redriven`,
      );
    }
    if (!input.confirmed) {
      return {
        json: { dryRun: true, wouldRedrive: dead },
        text:
          `Would redrive ${dead.length} dead event(s); nothing changed (add --yes to do it):\n` +
          deadOutboxTable(dead),
      };
    }
    const redriven = await this.deadRows.redrive(selection);
    return {
      json: { redriven },
      text:
        `Redrove ${redriven.length} event(s): the relay delivers them again ` +
        `(consumers that had applied one turn it away through their inbox).` +
        redriven.map((id) => `\n  ${id}`).join(''),
    };
  }

  private selectionOf(input: CommandInput): OutboxSelection {
    const type = stringOption(input, 'type');
    const all = input.options.all === true;
    if (all && input.positionals.length > 0) {
      throw new CliUsageError('give event ids or --all, not both');
    }
    if (all) return { all, type };
    if (input.positionals.length === 0) throw new CliUsageError('give event ids or --all');
    const ids = [...new Set(input.positionals.map((id) => uuidArgument(id, 'an event id')))];
    return { ids, type };
  }
}
