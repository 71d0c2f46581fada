import { Injectable } from '@nestjs/common';

import { emailArgument } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { PlatformAdmins } from './platform-admins';

/**
 * `admins:grant`: not destructive (it takes nothing away), so it needs no `--yes`; it refuses
 * unknown users and unverified addresses.
 */
@Injectable()
export class AdminsGrantCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'admins:grant',
    summary: 'Make a user with a verified address a platform admin (from their next login)',
    usage: '<email>',
    positionals: { min: 1, max: 1 },
  };

  constructor(private readonly admins: PlatformAdmins) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const email = emailArgument(input.positionals[0]);
    await this.admins.grant(email);
    return {
      json: { email, platformAdmin: true },
      text: `${email} is a platform admin from their next login.`,
    };
  }
}
