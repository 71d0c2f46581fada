import { Injectable } from '@nestjs/common';

import { DeadLetters } from '../../infrastructure/queue/job-status/dead-letters';
import { jobLocation } from '../../infrastructure/queue/job-reference';
import { queueOption, shown } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliUsageError } from '../cli-errors';
import { deadJobsTable } from './dead-jobs-table';
import { refusingProblems } from './problem-refusal';

const MAX_JOB_ID = 200;

/** `jobs:redrive`: a dead job back to `waiting`, as POST /v1/admin/jobs/{id}/redrive does. */
@Injectable()
export class JobsRedriveCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'jobs:redrive',
    summary: 'Put a dead job back to work with its attempts reset',
    usage: '<job id> [--queue <name>, for ids that do not name their queue]',
    options: { queue: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    destructive: true,
  };

  constructor(private readonly deadLetters: DeadLetters) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const [id] = input.positionals;
    if (id.length === 0 || id.length > MAX_JOB_ID || id.includes('\u0000')) {
      throw new CliUsageError(`"${shown(id)}" is not a job id`);
    }
    const queueHint = queueOption(input);
    if (!input.confirmed) {
      const job = await refusingProblems(() => this.deadLetters.find(id, queueHint));
      return {
        json: { dryRun: true, wouldRedrive: job },
        text: `Would redrive this job; nothing changed (add --yes to do it):\n${deadJobsTable([job])}`,
      };
    }
    const queue = await refusingProblems(() => this.deadLetters.redrive(id, queueHint));
    const statusUrl = jobLocation(id);
    return {
      json: { id, queue, statusUrl },
      text: `Job ${id} is waiting again in ${queue} with fresh attempts; follow it at ${statusUrl}.`,
    };
  }
}
