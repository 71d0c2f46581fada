import type { CliCommandClass } from './cli-command';
import { AdminsGrantCliCommand } from './admins/admins-grant.cli-command';
import { AdminsListCliCommand } from './admins/admins-list.cli-command';
import { AdminsRevokeCliCommand } from './admins/admins-revoke.cli-command';
import { JobsDeadCliCommand } from './jobs/jobs-dead.cli-command';
import { JobsRedriveCliCommand } from './jobs/jobs-redrive.cli-command';
import { OutboxDeadCliCommand } from './outbox/outbox-dead.cli-command';
import { OutboxRedriveCliCommand } from './outbox/outbox-redrive.cli-command';
import { SecretsResealCliCommand } from './secrets/secrets-reseal.cli-command';
import { SecretsRetireCliCommand } from './secrets/secrets-retire.cli-command';
import { SeedDemoCliCommand } from './seed/seed-demo.cli-command';

/** Every operator command, in the order `help` lists them. docs/OPERATIONS.md, "Operator CLI". */
export const CLI_COMMANDS: readonly CliCommandClass[] = [
  OutboxDeadCliCommand,
  OutboxRedriveCliCommand,
  JobsDeadCliCommand,
  JobsRedriveCliCommand,
  SecretsResealCliCommand,
  SecretsRetireCliCommand,
  AdminsListCliCommand,
  AdminsGrantCliCommand,
  AdminsRevokeCliCommand,
  SeedDemoCliCommand,
];
