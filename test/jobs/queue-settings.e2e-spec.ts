import { QUEUE_CATALOGUE } from '../../src/infrastructure/queue/queue-catalogue';
import { QueueProcessor } from '../../src/infrastructure/queue/queue-processor.decorator';

/** @nestjs/bullmq's key for @Processor worker options (its constants are not exported). */
const WORKER_METADATA = 'bullmq:worker_metadata';

describe('queue settings reach the workers', () => {
  it('rate-limits notifications (Slack: about 1 message/s per webhook) to 10 jobs/s', () => {
    @QueueProcessor('notifications')
    class Notifications {}
    expect(Reflect.getMetadata(WORKER_METADATA, Notifications)).toMatchObject({
      autorun: false,
      concurrency: 10,
      limiter: { max: 10, duration: 1_000 },
    });
  });

  it('leaves other queues unlimited and their attempts as they were', () => {
    @QueueProcessor('email')
    class Email {}
    expect(Reflect.getMetadata(WORKER_METADATA, Email)).not.toHaveProperty('limiter');
    const attempts = Object.fromEntries(
      Object.entries(QUEUE_CATALOGUE).map(([name, settings]) => [
        name,
        settings.jobDefaults.attempts,
      ]),
    );
    expect(attempts).toEqual({
      system: 3,
      media: 3,
      reports: 3,
      email: 5,
      webhooks: 5,
      notifications: 12,
    });
  });
});
