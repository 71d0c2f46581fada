import type { DeadLetter } from '../../infrastructure/queue/job-status/dead-letter';
import { type Column, formatTable } from '../cli-table';

const COLUMNS: readonly Column<DeadLetter>[] = [
  { heading: 'JOB ID', value: (job) => job.id },
  { heading: 'QUEUE', value: (job) => job.queue },
  { heading: 'NAME', value: (job) => job.name },
  { heading: 'ATTEMPTS', value: (job) => String(job.attemptsMade) },
  { heading: 'FAILED AT', value: (job) => job.finishedOn ?? '' },
  { heading: 'REASON', value: (job) => job.failedReason ?? '', maxWidth: 100 },
];

export function deadJobsTable(jobs: readonly DeadLetter[]): string {
  return formatTable(COLUMNS, jobs, 'No dead jobs.');
}
