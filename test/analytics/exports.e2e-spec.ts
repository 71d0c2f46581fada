import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import sharp from 'sharp';
import { DataSource } from 'typeorm';

import { CHART_BOX, PDF_TITLE } from '../../src/modules/analytics/jobs/render-pdf';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { StopWaiting, waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

const run = promisify(execFile);

interface ExportResult {
  exportId: string;
  format: 'csv' | 'pdf';
  downloadUrl: string;
  expiresAt: string;
  rows: number;
  readFrom: string;
}

interface Fact {
  task_id: string;
  project_id: string;
  assignee_id: string | null;
  created_at: Date | null;
  completed_at: Date | null;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** The CSV's timestamp format: UTC with microseconds (the facts here have milliseconds). */
const isoMicros = (date: Date) => date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

const CSV_HEADER = 'day,task_id,project_id,assignee_id,created_at,completed_at,cycle_hours';

async function insertFacts(dataSource: DataSource, workspaceId: string, facts: Fact[]) {
  const column = <K extends keyof Fact>(key: K) =>
    facts.map((fact) => (fact[key] instanceof Date ? fact[key].toISOString() : fact[key]));
  await dataSource.query(
    `INSERT INTO analytics.task_facts
       (task_id, workspace_id, project_id, assignee_id, created_at, completed_at, state_changed_at)
     SELECT task_id, $1, project_id, assignee_id, created_at, completed_at,
            coalesce(completed_at, created_at, now())
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[])
            AS f(task_id, project_id, assignee_id, created_at, completed_at)`,
    [
      workspaceId,
      column('task_id'),
      column('project_id'),
      column('assignee_id'),
      column('created_at'),
      column('completed_at'),
    ],
  );
}

/**
 * Facts over `days` days ending today, plus some the export must leave out: completed the day
 * before the range, and never completed. Deterministic spread so every day has a different count.
 */
function factsFor(from: Date, days: number): Fact[] {
  const projects = [randomUUID(), randomUUID(), randomUUID()];
  const assignees = [randomUUID(), randomUUID(), null];
  const facts: Fact[] = [];
  for (let day = 0; day < days; day++) {
    for (let n = 0; n <= (day % 4) + (day === 2 ? 6 : 0); n++) {
      const completed = new Date(from.getTime() + day * DAY_MS + (n * 37 + 5) * 60_000 + 123);
      facts.push({
        task_id: randomUUID(),
        project_id: projects[(day + n) % 3],
        assignee_id: assignees[n % 3],
        created_at: n % 5 === 4 ? null : new Date(completed.getTime() - (n + 1) * 7.25 * HOUR_MS),
        completed_at: completed,
      });
    }
  }
  const outside = (completed_at: Date | null): Fact => ({
    task_id: randomUUID(),
    project_id: projects[0],
    assignee_id: assignees[0],
    created_at: new Date(from.getTime() - 3 * DAY_MS),
    completed_at,
  });
  return [...facts, outside(new Date(from.getTime() - 1)), outside(null)];
}

describe('analytics exports: CSV and PDF built by a reports job, read on a caught-up replica', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let owner: SignedInUser;
  let primary: DataSource;
  let queue: Queue;
  let scratch: string;
  const days = 10;
  const today = new Date(`${isoDay(new Date())}T00:00:00.000Z`);
  const fromDay = new Date(today.getTime() - (days - 1) * DAY_MS);
  const from = isoDay(fromDay);
  const to = isoDay(today);

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'reports' }));
    owner = await signUp(web.http, 'exports');
    primary = web.app.get(DataSource);
    queue = web.app.get<Queue>(getQueueToken('reports'));
    scratch = await mkdtemp(join(tmpdir(), 'tenfold-exports-test-'));
    await insertFacts(primary, owner.workspaceId, factsFor(fromDay, days));
    // Another workspace's completions in the same days: they must not show up.
    await insertFacts(primary, randomUUID(), factsFor(fromDay, days));
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const exportsOf = (workspaceId: string) => `/v1/workspaces/${workspaceId}/analytics/exports`;
  const requestExport = (user: SignedInUser, body: object, workspaceId = user.workspaceId) =>
    web.http.post(exportsOf(workspaceId)).set(bearer(user.token)).send(body);

  async function finishedJob(jobId: string): Promise<Job> {
    return waitFor(
      `job ${jobId} to complete`,
      async () => {
        // State first, then the job, so the job read has the result its state promises.
        const state = await queue.getJobState(jobId);
        if (state !== 'failed' && state !== 'completed') return undefined;
        const job = await queue.getJob(jobId);
        if (state === 'failed') throw new StopWaiting(`job failed: ${job?.failedReason}`);
        return job;
      },
      30_000,
    );
  }

  async function exportOf(format: 'csv' | 'pdf') {
    const answer = await requestExport(owner, { format, from, to });
    expect(answer.status).toBe(202);
    const { jobId, exportId } = answer.body as { jobId: string; exportId: string };
    expect(jobId).toMatch(/^reports\.[0-9a-f-]{36}$/);
    expect(answer.headers.location).toBe(`/v1/jobs/${jobId}`);
    const job = await finishedJob(jobId);
    expect(job.data).toMatchObject({
      workspaceId: owner.workspaceId,
      requestedBy: owner.id,
      readAfter: expect.stringMatching(/^[0-9A-F]+\/[0-9A-F]+$/),
    });
    expect(job.progress).toBe(100);
    const result = job.returnvalue as ExportResult;
    expect(result).toMatchObject({ exportId, format });
    const download = await fetch(result.downloadUrl);
    expect(download.status).toBe(200);
    return { exportId, result, body: Buffer.from(await download.arrayBuffer()) };
  }

  /** The completions of the range, counted on the primary: the source of truth. */
  async function completedOnPrimary(): Promise<Fact[]> {
    return primary.query(
      `SELECT task_id, project_id, assignee_id, created_at, completed_at
         FROM analytics.task_facts
        WHERE workspace_id = $1 AND completed_at >= $2::timestamptz
          AND completed_at < $3::timestamptz + interval '1 day'
        ORDER BY completed_at, task_id`,
      [owner.workspaceId, `${from}T00:00:00Z`, `${to}T00:00:00Z`],
    );
  }

  it('CSV: one row per completion in the range, exactly the primary’s facts, read on the replica', async () => {
    const { exportId, result, body } = await exportOf('csv');
    const expected = await completedOnPrimary();
    expect(expected.length).toBeGreaterThan(20);

    // Read where the request's write was replayed: the (unpaused) replica, never the primary.
    expect(result.readFrom).toBe('replica; caught-up'); // never the replica's host:port
    expect(result.rows).toBe(expected.length);

    const lines = body.toString('utf8').split('\r\n');
    expect(lines.pop()).toBe(''); // CRLF after the last row too
    expect(lines[0]).toBe(CSV_HEADER);
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((fields, i) => {
      const fact = expected[i];
      expect(fields).toHaveLength(7);
      expect(fields.slice(0, 6)).toEqual([
        isoDay(fact.completed_at!),
        fact.task_id,
        fact.project_id,
        fact.assignee_id ?? '',
        fact.created_at ? isoMicros(fact.created_at) : '',
        isoMicros(fact.completed_at!),
      ]);
      if (fact.created_at === null) expect(fields[6]).toBe('');
      else {
        const hours = (fact.completed_at!.getTime() - fact.created_at.getTime()) / HOUR_MS;
        expect(Number(fields[6])).toBeCloseTo(hours, 4);
      }
    });

    // The row is ready, the file lies under its key, and the event went into the outbox.
    const status = await web.http
      .get(`${exportsOf(owner.workspaceId)}/${exportId}`)
      .set(bearer(owner.token));
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      exportId,
      status: 'ready',
      rows: expected.length,
      from,
      to,
    });
    const again = await fetch(status.body.downloadUrl);
    expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);
    const [event] = await primary.query(
      `SELECT event FROM messaging.outbox WHERE type = 'analytics.export.ready.v1'
          AND event -> 'payload' ->> 'exportId' = $1`,
      [exportId],
    );
    expect(event?.event).toMatchObject({
      workspaceId: owner.workspaceId,
      actorId: owner.id,
      payload: {
        exportId,
        format: 'csv',
        from,
        to,
        rows: expected.length,
        objectKey: `exports/${owner.workspaceId}/${exportId}.csv`,
      },
    });
  });

  it('PDF: title and totals as text, a non-blank first page with bars in the chart', async () => {
    const { result, body } = await exportOf('pdf');
    const expected = await completedOnPrimary();
    expect(result.rows).toBe(expected.length);
    expect(result.readFrom).toBe('replica; caught-up'); // never the replica's host:port
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');

    const pdf = join(scratch, 'export.pdf');
    await writeFile(pdf, body);
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain(PDF_TITLE);
    expect(text).toContain(`${from} to ${to}`);
    expect(text).toContain(`Completed tasks: ${expected.length}`);

    // 72 dpi: one pixel per PDF point, so the chart box maps 1:1 onto the image.
    await run('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '72',
      '-png',
      '-singlefile',
      pdf,
      join(scratch, 'page'),
    ]);
    const png = await readFile(join(scratch, 'page.png'));
    const stats = await sharp(png).stats();
    expect(stats.channels[0].min).toBeLessThan(100); // not a blank page
    // Inside the axes only (the axis lines excluded): dark pixels there are bars.
    const chart = await sharp(png)
      .extract({
        left: CHART_BOX.x + 2,
        top: CHART_BOX.y,
        width: CHART_BOX.width - 2,
        height: CHART_BOX.height - 2,
      })
      .greyscale()
      .raw()
      .toBuffer();
    const dark = chart.filter((value) => value < 128).length;
    expect(dark).toBeGreaterThan(0.1 * chart.length);
  });

  it('CSV of a large range comes in keyset batches: no row lost or repeated, ties included', async () => {
    const big = await signUp(web.http, 'exports-big');
    // 12,001 completions (more than two batches), many sharing one completed_at to the microsecond.
    const project = randomUUID();
    const at = (i: number) => new Date(fromDay.getTime() + DAY_MS + (i % 7) * 1_000);
    const facts: Fact[] = Array.from({ length: 12_001 }, (_, i) => ({
      task_id: randomUUID(),
      project_id: project,
      assignee_id: null,
      created_at: null,
      completed_at: at(i),
    }));
    await insertFacts(primary, big.workspaceId, facts);
    const answer = await requestExport(big, { format: 'csv', from, to });
    expect(answer.status).toBe(202);
    const job = await finishedJob(answer.body.jobId);
    const result = job.returnvalue as ExportResult;
    expect(result.rows).toBe(12_001);
    const csv = await (await fetch(result.downloadUrl)).text();
    const ids = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1]);
    expect(ids).toHaveLength(12_001);
    expect(new Set(ids)).toEqual(new Set(facts.map((fact) => fact.task_id)));
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ format: 'xls', from, to }, 'format'],
      [{ format: 'csv', from: '2026-02-30', to }, 'from'],
      [{ format: 'csv', from, to: 'tomorrow' }, 'to'],
      [{ format: 'csv', from: to, to: from }, 'to'],
      [{ format: 'csv', from: '2025-01-01', to: '2026-01-02' }, 'to'], // 367 days
      [{ format: 'csv', from }, 'to'],
    ];
    const before = await exportRowsOf(owner.workspaceId);
    for (const [body, field] of cases) {
      const answer = await requestExport(owner, body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    // 366 days (a leap year) is fine.
    expect(
      (await requestExport(owner, { format: 'pdf', from: '2024-01-01', to: '2024-12-31' })).status,
    ).toBe(202);
    expect(await exportRowsOf(owner.workspaceId)).toBe(before + 1);
  });

  it('another workspace answers 404; a viewer may not order exports (403)', async () => {
    const stranger = await signUp(web.http, 'stranger');
    const body = { format: 'csv', from, to };
    expect((await requestExport(stranger, body, owner.workspaceId)).status).toBe(404);
    const mine = await requestExport(owner, body);
    expect(mine.status).toBe(202);
    const ownExport = `${exportsOf(owner.workspaceId)}/${mine.body.exportId}`;
    expect((await web.http.get(ownExport).set(bearer(stranger.token))).status).toBe(404);
    const elsewhere = `${exportsOf(stranger.workspaceId)}/${mine.body.exportId}`;
    expect((await web.http.get(elsewhere).set(bearer(stranger.token))).status).toBe(404);

    const viewer = await joinAsViewer(owner);
    expect((await requestExport(viewer, body, owner.workspaceId)).status).toBe(403);
    await finishedJob(mine.body.jobId);
  });

  async function exportRowsOf(workspaceId: string): Promise<number> {
    const [{ count }] = await primary.query(
      `SELECT count(*)::int AS count FROM analytics.exports WHERE workspace_id = $1`,
      [workspaceId],
    );
    return count;
  }

  /** A fresh user who joins the owner's workspace as a viewer (the session learns the role). */
  async function joinAsViewer(of: SignedInUser): Promise<SignedInUser> {
    const user = await signUp(web.http, 'viewer');
    await primary.query(
      `INSERT INTO identity.memberships (workspace_id, user_id, role) VALUES ($1, $2, 'member')`,
      [of.workspaceId, user.id],
    );
    const sync = await web.http
      .put(`/v1/workspaces/${of.workspaceId}/members/${user.id}/role`)
      .set(bearer(of.token))
      .send({ role: 'viewer' });
    if (sync.status !== 204) throw new Error(`role change failed: ${sync.status} ${sync.text}`);
    return user;
  }
});
