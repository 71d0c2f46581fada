import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import { AppConfig } from '../../src/infrastructure/config/app-config';
import { ObjectStorage } from '../../src/infrastructure/storage/object-storage';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { presignedRequestProblem } from './support/presigned-signature';

/** ObjectStorage against the stack's S3-compatible server: streams and presigned URLs. */
describe('object storage', () => {
  let web: WebAppUnderTest;
  let storage: ObjectStorage;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    storage = web.app.get(ObjectStorage);
  });
  afterAll(() => web?.close());

  const key = () => `test/${randomUUID()}.bin`;
  const readAll = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  it('stores a streamed body and gives the same bytes back, with size and type', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const name = key();
    await storage.put(name, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), {
      contentType: 'application/octet-stream',
      contentLength: bytes.length,
    });
    const stored = await storage.get(name);
    expect(stored.contentLength).toBe(bytes.length);
    expect(stored.contentType).toBe('application/octet-stream');
    expect((await readAll(stored.body)).equals(bytes)).toBe(true);
    expect(await storage.head(name)).toMatchObject({ contentLength: bytes.length });
    await storage.delete(name);
    expect(await storage.head(name)).toBeNull();
  });

  it('lets a client upload and download through presigned URLs alone', async () => {
    const bytes = randomBytes(4096);
    const name = key();
    const upload = await storage.uploadUrl(
      name,
      { contentType: 'image/png', contentLength: bytes.length },
      60,
    );
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: bytes });
    expect(put.status).toBe(200);
    const download = await fetch(await storage.downloadUrl(name, 60, 'picture.png'));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await storage.firstBytes(name, 12)).toEqual(bytes.subarray(0, 12));
    expect(await storage.firstBytes(`test/${randomUUID()}`, 12)).toBeNull();
  });

  it('signs an upload URL for its Content-Type and Content-Length: other values break the signature', async () => {
    const { s3 } = web.app.get(AppConfig);
    const upload = await storage.uploadUrl(
      key(),
      { contentType: 'image/jpeg', contentLength: 2048 },
      60,
    );
    expect(upload.headers).toEqual({ 'content-type': 'image/jpeg', 'content-length': '2048' });
    const url = new URL(upload.url);
    const sent = (headers: Record<string, string | undefined>) =>
      presignedRequestProblem(
        { method: 'PUT', url, headers: { host: url.host, ...headers } },
        s3.secretAccessKey,
      );
    expect(sent(upload.headers)).toBeNull();
    expect(sent({ ...upload.headers, 'content-type': 'text/html' })).toBe('SignatureDoesNotMatch');
    expect(sent({ ...upload.headers, 'content-length': '2049' })).toBe('SignatureDoesNotMatch');
    expect(sent({ 'content-length': '2048' })).toBe('SignatureDoesNotMatch');
    // The checker itself: a download URL checks out, and the wrong secret does not.
    const download = new URL(await storage.downloadUrl(key(), 60, 'a.png'));
    const get = { method: 'GET', url: download, headers: { host: download.host } };
    expect(presignedRequestProblem(get, s3.secretAccessKey)).toBeNull();
    expect(presignedRequestProblem(get, 'not-the-secret')).toBe('SignatureDoesNotMatch');
    expect(presignedRequestProblem(get, s3.secretAccessKey, new Date(Date.now() + 61_000))).toBe(
      'Request has expired',
    );
  });
});
