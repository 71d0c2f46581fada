import type { JobsOptions } from 'bullmq';

import { fireTimeOf } from './weekly-digests';

describe('the fire time of a weekly digests job', () => {
  it("is the scheduler's prevMillis, the same on every attempt", () => {
    const opts: JobsOptions = { prevMillis: Date.parse('2026-05-11T08:00:00Z') };
    const job = { opts, timestamp: Date.parse('2026-05-11T08:00:03Z') };
    expect(fireTimeOf(job).toISOString()).toBe('2026-05-11T08:00:00.000Z');
  });

  it('is the creation time for a job added by hand', () => {
    const job = { opts: {}, timestamp: Date.parse('2026-05-12T10:30:00Z') };
    expect(fireTimeOf(job).toISOString()).toBe('2026-05-12T10:30:00.000Z');
  });
});
