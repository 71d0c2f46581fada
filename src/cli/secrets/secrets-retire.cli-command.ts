import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../infrastructure/config/app-config';
import { shown } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliRefusal, CliUsageError } from '../cli-errors';
import { keyUsageTable } from './key-usage-table';
import { SealedValues } from './sealed-values';

const KEY_ID = /^[a-z0-9-]{1,16}$/;

/**
 * `secrets:retire <key id>`: checks that no stored value needs the key any more and says what
 * SECRETS_KEYS becomes without it. The process cannot change its own environment (or anyone
 * else's): the operator sets the new value on every process.
 *
 * Key material is printed only with `--print-value`, alone on stdout so that it can be piped into
 * a secret store: a CLI run's output often ends up in a CI log or a terminal recording.
 */
@Injectable()
export class SecretsRetireCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'secrets:retire',
    summary: 'Check that no stored secret needs a key any more, and give SECRETS_KEYS without it',
    usage: '<key id> [--print-value]',
    options: { 'print-value': { type: 'boolean' } },
    positionals: { min: 1, max: 1 },
  };

  constructor(
    private readonly sealed: SealedValues,
    private readonly config: AppConfig,
  ) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const [keyId] = input.positionals;
    if (!KEY_ID.test(keyId)) {
      throw new CliUsageError(`"${shown(keyId)}" is not a key id (a-z, 0-9 and -, 1-16 long)`);
    }
    const keys = this.config.secrets.keys;
    if (keys[0].id === keyId) {
      throw new CliRefusal(
        `key "${keyId}" is the first of SECRETS_KEYS, the one new values are sealed with: put ` +
          'its successor first and re-seal before retiring it. Nothing retired.',
      );
    }
    const usage = await this.sealed.usage();
    const stillSealed = usage
      .filter((entry) => entry.keyId === keyId)
      .reduce((sum, entry) => sum + entry.values, 0);
    if (stillSealed > 0) {
      throw new CliRefusal(
        `${stillSealed} stored value(s) are still sealed with "${keyId}": run ` +
          `secrets:reseal --to ${keys[0].id} --yes first (with "${keys[0].id}" first in ` +
          `SECRETS_KEYS), then retire it. Nothing retired.\n${keyUsageTable(usage)}`,
      );
    }
    if (!keys.some((key) => key.id === keyId)) {
      throw new CliRefusal(`key "${keyId}" is not in SECRETS_KEYS: nothing to retire`);
    }
    const remaining = keys.filter((key) => key.id !== keyId);
    const value = remaining.map((key) => `${key.id}:${key.key}`).join(',');
    const remainingIds = remaining.map((key) => key.id);
    if (input.options['print-value'] === true) {
      return { json: { retired: keyId, remainingKeyIds: remainingIds, value }, text: value };
    }
    return {
      json: { retired: keyId, remainingKeyIds: remainingIds },
      text:
        `No stored value needs "${keyId}" any more. Set SECRETS_KEYS on every process to its ` +
        `current value without the entry "${keyId}:…", keeping the order: ` +
        `${remainingIds.join(', ')}. (--print-value prints that value.)`,
    };
  }
}
