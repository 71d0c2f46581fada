import { Injectable } from '@nestjs/common';

import { emailArgument } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliRefusal } from '../cli-errors';
import { PlatformAdmins } from './platform-admins';

/** `admins:revoke`: takes the right back and ends every session of the user. */
@Injectable()
export class AdminsRevokeCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'admins:revoke',
    summary: 'Take the platform-admin right back and end every session of the user now',
    usage: '<email>',
    positionals: { min: 1, max: 1 },
    destructive: true,
  };

  constructor(private readonly admins: PlatformAdmins) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const email = emailArgument(input.positionals[0]);
    if (!input.confirmed) {
      const flag = await this.admins.flagOf(email);
      if (flag === undefined)
        throw new CliRefusal(`no user has the email ${email}: nothing revoked`);
      const now = flag ? 'an admin now' : 'not an admin now';
      return {
        json: { dryRun: true, email, platformAdmin: flag },
        text:
          `Would take the platform-admin right from ${email} (${now}) and end every session of ` +
          'the user; nothing changed (add --yes to do it).',
      };
    }
    const ended = await this.admins.revoke(email);
    return {
      json: { email, platformAdmin: false, sessionsEnded: ended },
      text: `${email} is no platform admin any more; ${ended} session(s) ended.`,
    };
  }
}
