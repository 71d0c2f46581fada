import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

import { ObjectStorage } from '../../src/infrastructure/storage/object-storage';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

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
    const upload = await storage.uploadUrl(name, 'image/png', 60);
    const put = await fetch(upload, {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: bytes,
    });
    expect(put.status).toBe(200);
    const download = await fetch(await storage.downloadUrl(name, 60, 'picture.png'));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
