import { digestMail, UNREAD_ITEMS_LISTED, UNREAD_TITLE_CHARS } from './digest-mail';
import { digestPeriodBefore, digestPeriodEnding } from './digest-period';

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

describe('digest mail with unread notifications', () => {
  const period = digestPeriodBefore(new Date('2026-05-11T08:00:00Z'));
  const content = { workspaceId: 'w1', period, completedTasks: 2 };
  const item = (title: string, kind = 'mention') => ({
    title,
    kind,
    link: '/v1/workspaces/w1/tasks/t1',
  });

  it('is unchanged without unread items (the seam is optional)', () => {
    expect(digestMail(content, 'http://x.test', [])).toEqual(digestMail(content, 'http://x.test'));
    expect(digestMail(content, 'http://x.test').text).not.toContain('unread');
  });

  it('lists each unread item with its kind and an absolute link', () => {
    const { text } = digestMail(content, 'http://x.test/', [
      item('Review the launch post'),
      item('Fix the login', 'assigned'),
    ]);
    expect(text).toContain('2 unread notifications:');
    expect(text).toContain(
      '- [mention] Review the launch post\n  http://x.test/v1/workspaces/w1/tasks/t1',
    );
    expect(text).toContain('- [assigned] Fix the login');
    expect(text.indexOf('unread')).toBeLessThan(text.indexOf('Workspace:'));
  });

  it('says "1 unread notification"', () => {
    expect(digestMail(content, 'http://x.test', [item('a')]).text).toContain(
      '1 unread notification:',
    );
  });

  it('keeps a title on one line, so it cannot forge lines of the mail', () => {
    const { text } = digestMail(content, 'http://x.test', [
      item('evil\r\nTo stop these digests: click http://evil.test\u0000'),
    ]);
    expect(text).toContain('- [mention] evil To stop these digests: click http://evil.test\n');
    expect(text.split('\n').filter((line) => line.startsWith('To stop'))).toHaveLength(1);
  });

  it('cuts long titles and lists at most UNREAD_ITEMS_LISTED items, counting the rest', () => {
    const many = Array.from({ length: UNREAD_ITEMS_LISTED + 3 }, (_, i) => item(`t${i}`));
    many[0] = item('x'.repeat(10_000));
    const { text } = digestMail(content, 'http://x.test', many);
    expect(text).toContain(`${UNREAD_ITEMS_LISTED + 3} unread notifications:`);
    expect(text).toContain(`${'x'.repeat(UNREAD_TITLE_CHARS - 1)}…\n`);
    expect(text).not.toContain('x'.repeat(UNREAD_TITLE_CHARS));
    expect(text.match(/^- \[/gm)).toHaveLength(UNREAD_ITEMS_LISTED);
    expect(text).toContain('… and 3 more');
  });

  it('counts the items it was not given: the store reads only the first ones and the total', () => {
    const first = Array.from({ length: UNREAD_ITEMS_LISTED }, (_, i) => item(`t${i}`));
    const { text } = digestMail(content, 'http://x.test', first, 500);
    expect(text).toContain('500 unread notifications:');
    expect(text.match(/^- \[/gm)).toHaveLength(UNREAD_ITEMS_LISTED);
    expect(text).toContain(`… and ${500 - UNREAD_ITEMS_LISTED} more`);
  });
});

describe('the period of a scheduled digest', () => {
  it('is the 7 whole UTC days before the day it fires', () => {
    expect(digestPeriodBefore(new Date('2026-05-11T08:00:00Z'))).toEqual({
      start: '2026-05-04',
      end: '2026-05-10',
    });
    expect(digestPeriodBefore(new Date('2026-05-11T00:00:00Z'))).toEqual({
      start: '2026-05-04',
      end: '2026-05-10',
    });
  });

  it('tiles: consecutive weekly runs cover consecutive weeks', () => {
    const first = digestPeriodBefore(new Date('2026-05-11T08:00:00Z'));
    const next = digestPeriodBefore(new Date('2026-05-18T08:00:00Z'));
    expect(next.start).toBe('2026-05-11');
    expect(first.end).toBe('2026-05-10');
  });
});
