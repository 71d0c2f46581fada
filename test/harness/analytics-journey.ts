// The analytics side of a workspace's life, driven through the public API: complete tasks, read
// the report, the activity and the activity log, export CSV and PDF and download both. Used by
// test/split to compare the monolith's answers with those of analytics running as its own service.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { signUp } from './accounts';
import { type JourneyResult, JourneyClient } from './user-journey';

const run = promisify(execFile);

interface Created {
  id: string;
}
interface ExportAccepted {
  jobId: string;
  exportId: string;
}
interface ExportView {
  status: string;
  downloadUrl: string | null;
}
interface Totals {
  totals: Record<string, number>;
}
interface ActivityLogEntry {
  kind: string;
}

export interface AnalyticsJourneyOptions {
  /** The balancer, or one web instance of a monolith. */
  baseUrl: string;
  label?: string;
  /** Longest wait for events to be applied and exports to be built. */
  waitMs?: number;
}

/** The analytics journey; answers normalised as runJourney's are (numbered placeholders). */
export async function runAnalyticsJourney({
  baseUrl,
  label = 'analytics',
  waitMs = 60_000,
}: AnalyticsJourneyOptions): Promise<JourneyResult> {
  const client = new JourneyClient(baseUrl);
  const started = Date.now();
  const owner = await signUp(client.api, `${label}-owner`, {
    verified: false,
    workspaceName: 'Analytics workspace',
  });
  client.token = owner.token;
  const ws = `/v1/workspaces/${owner.workspaceId}`;

  const project = await client.step<Created>('create a project', 'POST', `${ws}/projects`, {
    body: { name: 'Numbers' },
  });
  const tasks = `${ws}/projects/${project.body.id}/tasks`;
  const titles = ['Count', 'Sum', 'Chart'];
  for (const [index, title] of titles.entries()) {
    const task = await client.step<Created>(`create task ${title}`, 'POST', tasks, {
      body: { title },
    });
    // The log names a completed task by the title its creation logged. Over RabbitMQ one queue's
    // messages are applied concurrently (prefetch), so a completion sent at once could be logged
    // before the creation and without its title; a client would not complete that fast anyway.
    await logged(client, `${ws}/analytics/activity-log`, 'task.created', index + 1, waitMs);
    if (title !== 'Chart') {
      await client.step(`complete task ${title}`, 'POST', `${ws}/tasks/${task.body.id}/complete`);
    }
  }

  await client.waitForStep<Totals>(
    'activity',
    `${ws}/analytics/activity?days=1`,
    waitMs,
    // Every event of the journey counted, not only the last: consumers may apply out of order.
    (body) => isSubset(EXPECTED_ACTIVITY, body.totals),
  );
  const report = await client.waitForStep<Totals>(
    'report',
    `${ws}/analytics/reports?days=7`,
    waitMs,
    (body) => body.totals.completed === 2,
  );
  const recorded = client.answers[client.answers.length - 1];
  recorded.body = withoutDurations(recorded.body);
  await client.waitForStep<ActivityLogEntry[] | { items: ActivityLogEntry[] }>(
    'activity log',
    `${ws}/analytics/activity-log`,
    waitMs,
    (body) => isSubset(EXPECTED_LOG, countsOf(itemsOf(body).map((entry) => entry.kind))),
  );

  const days = report.body as unknown as { from: string; to: string };
  for (const format of ['csv', 'pdf'] as const) {
    const accepted = await client.step<ExportAccepted>(
      `request a ${format} export`,
      'POST',
      `${ws}/analytics/exports`,
      { body: { format, from: days.from, to: days.to } },
    );
    const view = await client.waitForStep<ExportView>(
      `${format} export ready`,
      `${ws}/analytics/exports/${accepted.body.exportId}`,
      waitMs,
      (body) => body.status === 'ready' || body.status === 'failed',
    );
    // The job status API stays on web (docs/SCALING.md, "What stays shared").
    await client.step(`${format} job status`, 'GET', `/v1/jobs/${accepted.body.jobId}`);
    const file = await fetch(view.body.downloadUrl ?? 'http://invalid.test/');
    const bytes = Buffer.from(await file.arrayBuffer());
    client.record(
      `download the ${format}`,
      file.status,
      format === 'csv' ? csvCells(bytes) : await pdfLines(bytes),
    );
  }
  return { answers: client.answers, requests: client.requests, durationMs: Date.now() - started };
}

const EXPECTED_ACTIVITY = {
  membersJoined: 1,
  projectsCreated: 1,
  tasksCreated: 3,
  tasksCompleted: 2,
};
const EXPECTED_LOG = { 'project.created': 1, 'task.created': 3, 'task.completed': 2 };

function isSubset(expected: Record<string, number>, actual: Record<string, number>): boolean {
  return Object.entries(expected).every(([key, count]) => actual[key] === count);
}

function countsOf(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Waits, unrecorded, until the activity log holds `count` entries of `kind`. */
async function logged(
  client: JourneyClient,
  path: string,
  kind: string,
  count: number,
  waitMs: number,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const answer = await client.api.request<ActivityLogEntry[] | { items: ActivityLogEntry[] }>(
      'GET',
      path,
      { token: client.token },
    );
    if (answer.status === 200 && countsOf(itemsOf(answer.body).map((e) => e.kind))[kind] === count)
      return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${count} ${kind} entries`);
    await sleep(50);
  }
}

function itemsOf<T>(body: T[] | { items: T[] }): T[] {
  return Array.isArray(body) ? body : body.items;
}

/** Cycle times depend on how fast the journey ran; their presence is what compares. */
function withoutDurations(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body, (key, value: unknown) =>
      ['p50', 'p90', 'p99'].includes(key) && typeof value === 'number' ? '<hours>' : value,
    ),
  );
}

/**
 * Rows of cells (the journey normalises ids and times cell by cell); a data row's last cell, the
 * cycle time in hours (0 when the run was quick, 0.01 when it was not), as a marker.
 */
function csvCells(bytes: Buffer): string[][] {
  const [header, ...rows] = bytes.toString('utf8').trim().split(/\r?\n/);
  return [
    header.split(','),
    ...rows.map((line) => {
      const cells = line.split(',');
      return [...cells.slice(0, -1), cells.at(-1) === '' ? '' : '<hours>'];
    }),
  ];
}

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The PDF's text (pdftotext, from poppler-utils); times, ids and decimals as markers. */
async function pdfLines(bytes: Buffer): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'tenfold-journey-pdf-'));
  try {
    const path = join(scratch, 'export.pdf');
    await writeFile(path, bytes);
    const { stdout } = await run('pdftotext', ['-layout', path, '-']);
    return stdout
      .split('\n')
      .map((line) =>
        line
          .trim()
          // -layout pads columns to where the text sits on the page: the chart's bars move the
          // axis labels by a space or two (tasks completed either side of midnight UTC, say).
          .replace(/\s+/g, ' ')
          .replace(ISO_TIME, '<time>')
          .replace(UUID, '<uuid>')
          .replace(/\d+(\.\d+)? h\b/g, '<n> h')
          .replace(/\d+\.\d+/g, '<n>'),
      )
      .filter(Boolean);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
