import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { attachmentsPath, filesPath, MediaWorld, pngOf } from './support/media-world';

const PDF = Buffer.from(
  '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n',
  'latin1',
);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script>');
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">' +
    '<script>fetch("/steal?c=" + document.cookie)</script></svg>',
);
const WAYS = ['streamed', 'presigned'] as const;

/**
 * Attachments of any file type, both ways of uploading, against the stack's S3: the type is what
 * the bytes say, the name is sanitised, and what a browser could run is only ever downloaded.
 */
describe('attachments of any file type', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: MediaWorld;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new MediaWorld(web);
    owner = await world.owner('media-any-type');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const rowsOf = async (workspaceId: string) =>
    (
      await world.db.query(
        'SELECT count(*)::int AS n FROM media.attachments WHERE workspace_id = $1',
        [workspaceId],
      )
    )[0].n as number;

  /** Uploads, waits for the job, answers the attachment and what downloading its original gives. */
  const readyFile = async (
    how: (typeof WAYS)[number],
    bytes: Buffer,
    file: { fileName: string; contentType: string },
  ) => {
    const started = await world.uploadFile(owner, how, bytes, file);
    expect([started.status, started.text]).toEqual([202, expect.any(String)]);
    const job = await world.finishedJob(started.jobId);
    expect(job.failedReason).toBeUndefined();
    const attachment = await world.attachment(owner, started.attachmentId);
    const download = await fetch(attachment.original!.url);
    expect(download.status).toBe(200);
    return {
      attachment,
      served: {
        type: download.headers.get('content-type'),
        disposition: download.headers.get('content-disposition'),
        bytes: Buffer.from(await download.arrayBuffer()),
      },
    };
  };

  describe.each(WAYS)('%s upload', (how) => {
    it('a PDF named .png and sent as image/png is stored as the PDF it is, without variants', async () => {
      const { attachment, served } = await readyFile(how, PDF, {
        fileName: 'holiday.png',
        contentType: 'image/png',
      });
      expect(attachment).toMatchObject({
        status: 'ready',
        contentType: 'application/pdf',
        fileName: 'holiday.png',
        size: PDF.length,
        thumbnail: null,
        preview: null,
      });
      expect(attachment.original).toMatchObject({ width: null, height: null, size: PDF.length });
      expect(served).toEqual({
        type: 'application/pdf',
        disposition: 'attachment; filename="holiday.png"',
        bytes: PDF,
      });
      expect(await world.readyEvents(attachment.id)).toEqual([]); // the v1 event is for images
    });

    it('an HTML page sent as text/plain is text/html, downloaded only as octet-stream', async () => {
      const { attachment, served } = await readyFile(how, HTML, {
        fileName: 'notes.txt',
        contentType: 'text/plain',
      });
      expect(attachment).toMatchObject({ status: 'ready', contentType: 'text/html' });
      expect(served.type).toBe('application/octet-stream');
      expect(served.disposition).toBe('attachment; filename="notes.txt"');
      expect(served.bytes.equals(HTML)).toBe(true);
    });

    it('an SVG with a script is never given to the image decoder nor served as SVG', async () => {
      const { attachment, served } = await readyFile(how, SVG, {
        fileName: 'logo.svg',
        contentType: 'image/svg+xml',
      });
      expect(attachment).toMatchObject({
        status: 'ready',
        contentType: 'image/svg+xml',
        thumbnail: null,
        preview: null,
      });
      expect(served.type).toBe('application/octet-stream');
      expect(served.disposition).toMatch(/^attachment; /);
    });

    it('a CSV keeps its declared type; a real PNG still gets its variants', async () => {
      const csv = Buffer.from('id,title\n1,"Buy milk"\n');
      const { attachment, served } = await readyFile(how, csv, {
        fileName: 'tasks.csv',
        contentType: 'text/csv',
      });
      expect(attachment).toMatchObject({ status: 'ready', contentType: 'text/csv' });
      expect(served.type).toBe('text/csv');

      const png = await pngOf(300, 100);
      const image = await readyFile(how, png, {
        fileName: 'photo.bin',
        contentType: 'application/octet-stream',
      });
      expect(image.attachment).toMatchObject({ contentType: 'image/png', status: 'ready' });
      expect(image.attachment.thumbnail).toMatchObject({ width: 256, height: 256 });
      expect(await world.readyEvents(image.attachment.id)).toHaveLength(1);
    });

    it.each([
      ['../../etc/passwd', 'passwd', 'attachment; filename="passwd"'],
      ['..\\..\\boot.ini', 'boot.ini', 'attachment; filename="boot.ini"'],
      ['a\u202Egnp.exe', 'agnp.exe', 'attachment; filename="agnp.exe"'],
      ['CON.txt', '_CON.txt', 'attachment; filename="_CON.txt"'],
      [
        'Café "menu".pdf',
        'Café _menu_.pdf',
        `attachment; filename="Cafe _menu_.pdf"; filename*=UTF-8''Caf%C3%A9%20_menu_.pdf`,
      ],
    ])('the name %j is stored as %j', async (sent, stored, disposition) => {
      const { attachment, served } = await readyFile(how, PDF, {
        fileName: sent,
        contentType: 'application/pdf',
      });
      expect(attachment.fileName).toBe(stored);
      expect(served.disposition).toBe(disposition);
    });

    it('a 300-byte name is cut to 255 bytes, extension kept', async () => {
      const { attachment } = await readyFile(how, PDF, {
        fileName: `${'é'.repeat(148)}.pdf`, // 296 + 4 bytes
        contentType: 'application/pdf',
      });
      expect(Buffer.byteLength(attachment.fileName)).toBeLessThanOrEqual(255);
      expect(attachment.fileName).toBe(`${'é'.repeat(125)}.pdf`);
    });

    it('a name with a NUL byte, or over 1024 characters, is 400 naming fileName; nothing stored', async () => {
      const user = await world.owner(`media-bad-name-${how}`);
      for (const fileName of ['evil\u0000.pdf', 'x'.repeat(1025)]) {
        const refused = await world
          .uploadFile(user, how, PDF, {
            fileName,
            contentType: 'application/pdf',
          })
          .catch((error: Error) => ({ status: 0, text: error.message }));
        // The presigned way fails at its first step (the announcement); the helper throws there.
        const status = refused.status || Number(/announce: (\d+)/.exec(refused.text)?.[1]);
        expect([status, refused.text]).toEqual([400, expect.stringContaining('fileName')]);
      }
      expect(await rowsOf(user.workspaceId)).toBe(0);
    });
  });

  describe('what each way refuses', () => {
    const announce = (user: SignedInUser, taskId: string, body: Record<string, unknown>) =>
      web.http.post(attachmentsPath(user.workspaceId, taskId)).set(bearer(user.token)).send(body);

    it.each([
      ['no media type', 'not a type'],
      ['parameters', 'text/plain; charset=utf-8'],
      ['a header injection', 'text/plain\r\nx-evil: 1'],
      ['a huge string', `application/${'x'.repeat(300)}`],
      ['a non-string', 42],
    ])(
      'an announced contentType with %s is 400 naming contentType; nothing written',
      async (_, contentType) => {
        const user = await world.owner('media-bad-type');
        const answer = await announce(user, await world.knownTask(user), {
          fileName: 'a.txt',
          contentType,
          size: 10,
        });
        expect(answer.status).toBe(400);
        expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('contentType');
        expect(await rowsOf(user.workspaceId)).toBe(0);
      },
    );

    it('announces any type, normalised to lower case, and signs the upload for it', async () => {
      const answer = await announce(owner, await world.knownTask(owner), {
        fileName: 'sheet.xlsx',
        contentType: 'Application/VND.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 10,
      });
      expect(answer.status).toBe(201);
      expect(answer.body.uploadHeaders['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    });

    it('a streamed body of JSON is stored as a file, byte for byte, not parsed', async () => {
      const json = '{"a":1,"__proto__":{"polluted":true}}';
      const started = await web.http
        .post(`${attachmentsPath(owner.workspaceId, await world.knownTask(owner))}/upload`)
        .query({ fileName: 'data.json' })
        .set(bearer(owner.token))
        .set('content-type', 'application/json')
        .send(json); // a string: superagent would serialise a Buffer as JSON
      expect(started.status).toBe(202);
      await world.finishedJob(started.body.jobId);
      const attachment = await world.attachment(owner, started.body.attachmentId);
      expect(attachment).toMatchObject({ contentType: 'application/json', size: json.length });
      const served = await fetch(attachment.original!.url);
      expect(served.headers.get('content-type')).toBe('application/octet-stream');
      expect(await served.text()).toBe(json);
    });

    it('an empty streamed file is 400 empty-file; nothing stored', async () => {
      const user = await world.owner('media-empty');
      const answer = await world.uploadFile(user, 'streamed', Buffer.alloc(0), {
        fileName: 'empty.txt',
        contentType: 'text/plain',
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).type).toBe('urn:tenfold:problem:empty-file');
      expect(await rowsOf(user.workspaceId)).toBe(0);
    });

    it("the upload route's private body type is refused by every other route (415)", async () => {
      const answer = await web.http
        .post(`/v1/workspaces/${owner.workspaceId}/projects`)
        .set(bearer(owner.token))
        .set('content-type', 'application/x-tenfold-raw-upload')
        .send('{"name":"smuggled"}');
      expect(answer.status).toBe(415);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    });

    it("another workspace's task id is 404 either way, with any file type", async () => {
      const stranger = await world.owner('media-any-type-stranger');
      const theirTask = await world.knownTask(stranger);
      for (const how of WAYS) {
        const refused = await world
          .uploadFile(owner, how, PDF, {
            fileName: 'x.pdf',
            contentType: 'application/pdf',
            taskId: theirTask,
          })
          .catch((error: Error) => ({
            status: Number(/announce: (\d+)/.exec(error.message)?.[1]),
          }));
        expect(refused.status).toBe(404);
      }
      expect(await rowsOf(stranger.workspaceId)).toBe(0);
    });
  });

  describe('the list is cursor-paged', () => {
    it('pages oldest first with limit and cursor; the last page has no cursor', async () => {
      const user = await world.owner('media-paging');
      const taskId = await world.knownTask(user);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const started = await world.uploadFile(user, 'streamed', Buffer.from(`file ${i}`), {
          fileName: `f${i}.txt`,
          contentType: 'text/plain',
          taskId,
        });
        ids.push(started.attachmentId);
      }
      const list = (query: Record<string, string | number>) =>
        web.http.get(filesPath(user.workspaceId, taskId)).query(query).set(bearer(user.token));

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: {
          status: number;
          body: { items: { id: string }[]; nextCursor: string | null };
        } = await list(cursor ? { limit: 2, cursor } : { limit: 2 });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((item) => item.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(ids);

      const all = await list({});
      expect(all.body.items.map((item: { id: string }) => item.id)).toEqual(ids);
      expect(all.body.nextCursor).toBeNull();
    });

    it.each([
      ['a made-up cursor', { cursor: 'bm90IGEgY3Vyc29y' }, 'invalid-cursor'],
      [
        "another list's cursor",
        { cursor: Buffer.from('["comments","1"]').toString('base64url') },
        'invalid-cursor',
      ],
      ['a limit of 0', { limit: 0 }, 'validation-failed'],
      ['a limit of 101', { limit: 101 }, 'validation-failed'],
    ])('%s is 400', async (_, query, code) => {
      const answer = await web.http
        .get(attachmentsPath(owner.workspaceId, await world.knownTask(owner)))
        .query(query)
        .set(bearer(owner.token));
      expect([answer.status, answer.body.type]).toEqual([400, `urn:tenfold:problem:${code}`]);
    });

    it("another workspace's task lists nothing; their workspace is 404", async () => {
      const stranger = await world.owner('media-list-stranger');
      const taskId = await world.knownTask(owner);
      await world.uploadFile(owner, 'streamed', PDF, {
        fileName: 'mine.pdf',
        contentType: 'application/pdf',
        taskId,
      });
      const underTheirs = await web.http
        .get(filesPath(stranger.workspaceId, taskId))
        .set(bearer(stranger.token));
      expect(underTheirs.body).toEqual({ items: [], nextCursor: null });
      const underMine = await web.http
        .get(filesPath(owner.workspaceId, taskId))
        .set(bearer(stranger.token));
      expect(underMine.status).toBe(404);
    });
  });

  describe("v1's attachment reads keep their released contract", () => {
    it('list and get images only under …/attachments, every file under …/files', async () => {
      const taskId = await world.knownTask(owner);
      const pdf = await world.uploadFile(owner, 'streamed', PDF, {
        fileName: 'spec.pdf',
        contentType: 'application/pdf',
        taskId,
      });
      const png = await world.uploadFile(owner, 'streamed', await pngOf(40, 30), {
        fileName: 'shot.png',
        contentType: 'image/png',
        taskId,
      });
      await world.finishedJob(pdf.jobId);
      await world.finishedJob(png.jobId);
      const get = (path: string) => web.http.get(path).set(bearer(owner.token));
      const ids = (answer: { body: { items: { id: string }[] } }) =>
        answer.body.items.map((item) => item.id);

      expect(ids(await get(attachmentsPath(owner.workspaceId, taskId)))).toEqual([
        png.attachmentId,
      ]);
      expect(ids(await get(filesPath(owner.workspaceId, taskId)))).toEqual([
        pdf.attachmentId,
        png.attachmentId,
      ]);
      const v1Pdf = await get(`${attachmentsPath(owner.workspaceId, taskId)}/${pdf.attachmentId}`);
      expect([v1Pdf.status, v1Pdf.body.type]).toEqual([
        404,
        'urn:tenfold:problem:attachment-not-found',
      ]);
      const file = await get(`${filesPath(owner.workspaceId, taskId)}/${pdf.attachmentId}`);
      expect([file.status, file.body.contentType]).toEqual([200, 'application/pdf']);
      const v1Png = await get(`${attachmentsPath(owner.workspaceId, taskId)}/${png.attachmentId}`);
      expect([v1Png.status, v1Png.body.contentType]).toEqual([200, 'image/png']);
    });
  });
});
