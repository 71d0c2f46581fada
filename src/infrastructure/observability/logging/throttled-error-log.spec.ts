import { Logger } from '@nestjs/common';

import { ThrottledErrorLog } from './throttled-error-log';

describe('ThrottledErrorLog', () => {
  it('logs the first error, suppresses repeats within the interval, then reports the count', () => {
    const logger = new Logger('test');
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const log = new ThrottledErrorLog(logger, 'redis', 10_000);

    log.record(new Error('ECONNREFUSED'));
    log.record(new Error('ECONNREFUSED'));
    log.record(new Error('ECONNREFUSED'));
    now += 10_001;
    log.record(new Error('ECONNREFUSED'));

    expect(error).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenNthCalledWith(1, 'redis: ECONNREFUSED');
    expect(error).toHaveBeenNthCalledWith(2, 'redis: ECONNREFUSED (2 similar errors suppressed)');
  });

  afterEach(() => jest.restoreAllMocks());
});
