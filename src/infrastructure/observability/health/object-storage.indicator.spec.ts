import type { S3Client } from '@aws-sdk/client-s3';
import { HealthIndicatorService } from '@nestjs/terminus';

import type { AppConfig } from '../../config/app-config';
import { ObjectStorageIndicator, S3_PASS_REMEMBERED_MS } from './object-storage.indicator';

describe('ObjectStorageIndicator', () => {
  const send = jest.fn();
  const indicator = new ObjectStorageIndicator(
    new HealthIndicatorService(),
    { send } as unknown as S3Client,
    { s3: { bucket: 'tenfold' } } as AppConfig,
  );

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    send.mockReset();
  });
  afterEach(() => jest.useRealTimers());

  it('asks S3 once per remembered window while the bucket answers', async () => {
    send.mockResolvedValue({});
    expect(await indicator.check()).toMatchObject({ s3: { status: 'up', bucket: 'tenfold' } });
    jest.setSystemTime(1_000_000 + S3_PASS_REMEMBERED_MS - 1);
    expect(await indicator.check()).toEqual({
      s3: { status: 'up', bucket: 'tenfold', checkedMsAgo: S3_PASS_REMEMBERED_MS - 1 },
    });
    expect(send).toHaveBeenCalledTimes(1);

    jest.setSystemTime(1_000_000 + S3_PASS_REMEMBERED_MS + 1);
    await indicator.check();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('never remembers a failure: the next probe asks again, and sees the recovery', async () => {
    jest.setSystemTime(5_000_000);
    send.mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
    expect(await indicator.check()).toMatchObject({ s3: { status: 'down' } });
    send.mockResolvedValue({});
    expect(await indicator.check()).toMatchObject({ s3: { status: 'up', bucket: 'tenfold' } });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
