import { Injectable } from '@nestjs/common';

import { shown, stringOption, wholeNumberOption } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliRefusal, CliUsageError } from '../cli-errors';
import { type Column, formatTable } from '../cli-table';
import { keyUsageTable } from './key-usage-table';
import { type ResealedColumn, SealedValues } from './sealed-values';

const RESEALED: readonly Column<ResealedColumn>[] = [
  { heading: 'COLUMN', value: (row) => row.column },
  { heading: 'RE-SEALED', value: (row) => String(row.values) },
];

/**
 * `secrets:reseal --to <key id>`: every stored secret sealed under the given key, which must be
 * the first of SECRETS_KEYS: that is the key the processes seal new values with, so once the run
 * is over no value under another key can appear again (docs/OPERATIONS.md, "Rotating the
 * secrets key").
 */
@Injectable()
export class SecretsResealCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'secrets:reseal',
    summary: 'Re-seal every stored secret under the first key of SECRETS_KEYS, in batches',
    usage: '--to <key id> [--batch-size <1-10000, default 500>]',
    options: { to: { type: 'string' }, 'batch-size': { type: 'string' } },
    positionals: { min: 0, max: 0 },
    destructive: true,
  };

  constructor(private readonly sealed: SealedValues) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const to = stringOption(input, 'to');
    if (to === undefined) throw new CliUsageError('--to <key id> is required');
    const batchSize = wholeNumberOption(input, 'batch-size', 500, 10_000);
    const configured = this.sealed.configuredKeyIds;
    if (!configured.includes(to)) {
      throw new CliRefusal(
        `key "${shown(to)}" is not in SECRETS_KEYS (ids: ${configured.join(', ')}): nothing re-sealed`,
      );
    }
    if (to !== this.sealed.sealingKeyId) {
      throw new CliRefusal(
        `key "${to}" is not the first of SECRETS_KEYS ("${this.sealed.sealingKeyId}" is): the ` +
          'processes seal new values with the first key, so values would keep appearing under ' +
          `it. Put "${to}" first in SECRETS_KEYS of every process, then re-seal: nothing re-sealed`,
      );
    }
    const before = await this.sealed.usage();
    const toMove = before
      .filter((usage) => usage.keyId !== to)
      .reduce((sum, usage) => sum + usage.values, 0);
    if (!input.confirmed) {
      return {
        json: { dryRun: true, to, wouldReseal: toMove, usage: before },
        text:
          `Would re-seal ${toMove} value(s) under "${to}"; nothing changed (add --yes to do it).\n` +
          keyUsageTable(before),
      };
    }
    const resealed = await this.sealed.resealAll(batchSize, (column, values) =>
      process.stderr.write(`${column}: ${values} re-sealed\n`),
    );
    const total = resealed.reduce((sum, column) => sum + column.values, 0);
    return {
      json: { to, resealed, usage: await this.sealed.usage() },
      text: `Re-sealed ${total} value(s) under "${to}".\n${formatTable(RESEALED, resealed, '')}`,
    };
  }
}
