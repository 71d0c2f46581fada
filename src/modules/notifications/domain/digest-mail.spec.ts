import { digestMail } from './digest-mail';
import { digestPeriodEnding } from './digest-period';

describe('digest mail', () => {
  const period = digestPeriodEnding(new Date('2026-05-07T23:59:00Z'));

  it('covers the 7 UTC days ending with the day asked', () => {
    expect(period).toEqual({ start: '2026-05-01', end: '2026-05-07' });
  });

  it('names the count in the subject and the text', () => {
    const mail = digestMail({ workspaceId: 'w1', period, completedTasks: 3 }, 'http://x.test/');
    expect(mail.subject).toBe('Your weekly digest: 3 tasks completed');
    expect(mail.text).toContain(
      '3 tasks completed in your workspace from 2026-05-01 to 2026-05-07',
    );
    expect(mail.text).toContain('http://x.test/v1/workspaces/w1/digests/subscription');
  });

  it('says "1 task", not "1 tasks"', () => {
    const mail = digestMail({ workspaceId: 'w1', period, completedTasks: 1 }, 'http://x.test');
    expect(mail.subject).toBe('Your weekly digest: 1 task completed');
  });
});
