import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

import { loadConfig } from '../config/load-config';
import { createS3Client } from './create-s3-client';
import { DownloadUrlSigner } from './download-url-signer';

describe('DownloadUrlSigner', () => {
  const signingDate = new Date('2026-12-03T12:00:00Z');

  it.each([
    ['path style, a local endpoint', { S3_FORCE_PATH_STYLE: 'true' }],
    [
      'virtual-hosted, AWS',
      {
        S3_ENDPOINT: 'https://s3.eu-west-3.amazonaws.com',
        S3_FORCE_PATH_STYLE: 'false',
        S3_REGION: 'eu-west-3',
      },
    ],
  ])('signs the same URL as the SDK’s presigner (%s)', async (_name, env) => {
    const config = loadConfig(env);
    const sdk = createS3Client(config);
    const signer = new DownloadUrlSigner({ ...config.s3 });
    for (const [key, disposition, type] of [
      ['media/w/a b+c(1)!.png', 'attachment; filename="a b (1).png"', undefined],
      ['exports/ws/ü~*.csv', undefined, undefined],
      [
        'media/w/page.html',
        `attachment; filename="page.html"; filename*=UTF-8''p%C3%A4ge.html`,
        'application/octet-stream',
      ],
    ] as const) {
      const expected = await getSignedUrl(
        sdk,
        new GetObjectCommand({
          Bucket: config.s3.bucket,
          Key: key,
          ResponseContentDisposition: disposition,
          ResponseContentType: type,
        }),
        { expiresIn: 900, signingDate },
      );
      const signed = await signer.sign(key, 900, {
        contentDisposition: disposition,
        contentType: type,
        signingDate,
      });
      expect(signed).toBe(expected);
    }
  });
});
