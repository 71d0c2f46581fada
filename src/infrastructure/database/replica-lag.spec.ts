import { judgeLag, type ReplayReading } from './replica-lag';

const limits = { maxLagBytes: 1_000, maxLagSeconds: 10 };
const reading = (overrides: Partial<ReplayReading> = {}): ReplayReading => ({
  replayed: 5_000n,
  received: 5_000n,
  sinceReplaySeconds: 60,
  ...overrides,
});

describe('judgeLag', () => {
  describe('with the primary answering', () => {
    it('measures lag against the primary; caught up is no lag however idle the primary', () => {
      expect(judgeLag(reading(), 5_000n, false, limits)).toEqual({
        lagBytes: 0,
        lagSeconds: 0,
        outOfRotationBecause: null,
      });
    });

    it('ejects a replica behind the primary by more than the limits', () => {
      expect(judgeLag(reading(), 5_500n, true, limits).outOfRotationBecause).toBe(
        'lagging 60.0 s (limit 10 s)',
      );
      const recent = reading({ sinceReplaySeconds: 1 });
      expect(judgeLag(recent, 7_000n, true, limits).outOfRotationBecause).toBe(
        'lagging 2000 bytes (limit 1000)',
      );
    });
  });

  describe('with the primary away', () => {
    // The bug this guards against: the time since the last replayed transaction grows while the
    // primary is away (nothing is written), and used to eject every replica after 10 s.
    it('keeps a replica that was healthy and has replayed all it received, however long ago', () => {
      const idle = reading({ sinceReplaySeconds: 3_600 });
      expect(judgeLag(idle, null, true, limits)).toEqual({
        lagBytes: null,
        lagSeconds: null,
        outOfRotationBecause: null,
      });
    });

    it('treats a standby that has received nothing since it started as caught up with itself', () => {
      expect(judgeLag(reading({ received: null }), null, true, limits).outOfRotationBecause).toBe(
        null,
      );
    });

    it('does not let in a replica never judged healthy against the primary', () => {
      expect(judgeLag(reading(), null, false, limits).outOfRotationBecause).toBe(
        'lag unknown: the primary is unreachable',
      );
    });

    it('ejects a replica whose replay is stuck behind the WAL it received', () => {
      const stuck = reading({ received: 9_000n, sinceReplaySeconds: 30 });
      expect(judgeLag(stuck, null, true, limits).outOfRotationBecause).toBe(
        'lagging 30.0 s (limit 10 s), replaying WAL already received',
      );
      const behind = reading({ received: 9_000n, sinceReplaySeconds: 1 });
      expect(judgeLag(behind, null, true, limits).outOfRotationBecause).toBe(
        'lagging 4000 bytes (limit 1000), replaying WAL already received',
      );
    });
  });
});
