import { Injectable } from '@nestjs/common';

import type { CliCommand, CommandResult, CommandSpec } from '../cli-command';
import { type Column, formatTable } from '../cli-table';
import { type PlatformAdmin, PlatformAdmins } from './platform-admins';

const COLUMNS: readonly Column<PlatformAdmin>[] = [
  { heading: 'EMAIL', value: (admin) => admin.email },
  { heading: 'USER ID', value: (admin) => admin.id },
  { heading: 'VERIFIED', value: (admin) => (admin.verified ? 'yes' : 'no (not effective)') },
];

/** `admins:list`: every user with the platform-admin flag. */
@Injectable()
export class AdminsListCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'admins:list',
    summary: 'List platform admins',
    usage: '',
    positionals: { min: 0, max: 0 },
  };

  constructor(private readonly admins: PlatformAdmins) {}

  async run(): Promise<CommandResult> {
    const admins = await this.admins.list();
    return { json: { items: admins }, text: formatTable(COLUMNS, admins, 'No platform admins.') };
  }
}
