import { HealthIndicatorService } from '@nestjs/terminus';

import type { AppConfig } from '../../config/app-config';
import { OutboundFailure } from '../../resilience/outbound-failure';
import type { ObjectStorage } from '../../storage/object-storage';
import { ObjectStorageIndicator, S3_PASS_REMEMBERED_MS } from './object-storage.indicator';

describe('ObjectStorageIndicator', () => {
  const checkBucket = jest.fn();
  const indicator = new ObjectStorageIndicator(
    new HealthIndicatorService(),
    { checkBucket } as unknown as ObjectStorage,
    { s3: { bucket: 'tenfold' } } as AppConfig,
  );

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    checkBucket.mockReset();
  });
  afterEach(() => jest.useRealTimers());

  it('asks S3 once per remembered window while the bucket answers', async () => {
    checkBucket.mockResolvedValue(undefined);
    expect(await indicator.check()).toMatchObject({ s3: { status: 'up', bucket: 'tenfold' } });
    jest.setSystemTime(1_000_000 + S3_PASS_REMEMBERED_MS - 1);
    expect(await indicator.check()).toEqual({
      s3: { status: 'up', bucket: 'tenfold', checkedMsAgo: S3_PASS_REMEMBERED_MS - 1 },
    });
    expect(checkBucket).toHaveBeenCalledTimes(1);

    jest.setSystemTime(1_000_000 + S3_PASS_REMEMBERED_MS + 1);
    await indicator.check();
    expect(checkBucket).toHaveBeenCalledTimes(2);
  });

  it('degrades (never downs) on a failure or an open breaker, and remembers neither', async () => {
    jest.setSystemTime(5_000_000);
    checkBucket.mockRejectedValueOnce(new OutboundFailure('network', 's3', 'ECONNREFUSED'));
    expect(await indicator.check()).toMatchObject({
      s3: { status: 'degraded', message: 'S3 is unavailable (network)' },
    });
    checkBucket.mockRejectedValueOnce(new OutboundFailure('circuit-open', 's3', 'open'));
    expect(await indicator.check()).toMatchObject({
      s3: { status: 'degraded', message: 'S3 is unavailable (circuit-open)' },
    });
    checkBucket.mockResolvedValue(undefined);
    expect(await indicator.check()).toMatchObject({ s3: { status: 'up', bucket: 'tenfold' } });
    expect(checkBucket).toHaveBeenCalledTimes(3);
  });
});
