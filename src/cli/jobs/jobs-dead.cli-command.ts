import { Injectable } from '@nestjs/common';

import { InvalidCursor } from '../../common/pagination/invalid-cursor.error';
import {
  deadLetterPositionOf,
  type DeadLetterPosition,
} from '../../infrastructure/queue/job-status/dead-letter-position';
import { DeadLetters } from '../../infrastructure/queue/job-status/dead-letters';
import { limitOption, queueOption, stringOption } from '../cli-arguments';
import type { CliCommand, CommandInput, CommandResult, CommandSpec } from '../cli-command';
import { CliUsageError } from '../cli-errors';
import { deadJobsTable } from './dead-jobs-table';
import { refusingProblems } from './problem-refusal';

/** `jobs:dead`: jobs that failed for good, the same list as GET /v1/admin/jobs/dead. */
@Injectable()
export class JobsDeadCliCommand implements CliCommand {
  static readonly spec: CommandSpec = {
    name: 'jobs:dead',
    summary: 'List jobs that failed for good (newest first), as GET /v1/admin/jobs/dead',
    usage: '[--queue <name>] [--limit <1-500, default 50>] [--cursor <next cursor>]',
    options: { queue: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' } },
    positionals: { min: 0, max: 0 },
  };

  constructor(private readonly deadLetters: DeadLetters) {}

  async run(input: CommandInput): Promise<CommandResult> {
    const queue = queueOption(input);
    const limit = limitOption(input, 50, 500);
    const after = positionOf(stringOption(input, 'cursor'));
    const page = await refusingProblems(() => this.deadLetters.list(queue, limit, after));
    const more = page.nextCursor ? `\nMore: --cursor ${page.nextCursor}` : '';
    return { json: page, text: deadJobsTable(page.items) + more };
  }
}

function positionOf(cursor: string | undefined): DeadLetterPosition | undefined {
  try {
    return deadLetterPositionOf(cursor);
  } catch (error) {
    if (error instanceof InvalidCursor) {
      throw new CliUsageError('--cursor must be a nextCursor printed by jobs:dead');
    }
    throw error;
  }
}
