import { refusalReason } from './slack-answer';
import { taskCompletedMessage } from './slack-message';

describe('taskCompletedMessage', () => {
  const task = { workspaceId: 'w-1', taskId: 't-1' };

  it('names the task, escaped for Slack, and links to it', () => {
    const { text } = taskCompletedMessage({ ...task, title: 'Ship <b> & "it"' }, 'https://x.test/');
    expect(text).toBe(
      ':white_check_mark: Task completed: Ship &lt;b&gt; &amp; "it"\n' +
        '<https://x.test/v1/workspaces/w-1/tasks/t-1|View the task>',
    );
  });

  it('still links to the task when its title is unknown', () => {
    const { text } = taskCompletedMessage({ ...task, title: null }, 'https://x.test');
    expect(text).toContain('A task was completed');
    expect(text).toContain('https://x.test/v1/workspaces/w-1/tasks/t-1');
  });
});

describe('refusalReason', () => {
  it("keeps Slack's error code, printable and short", () => {
    expect(refusalReason(404, 'no_service')).toBe('404 no_service');
    expect(refusalReason(410, '')).toBe('410');
    expect(refusalReason(400, 'bad\n\u0000thing')).toBe('400 bad thing');
    expect(refusalReason(400, 'x'.repeat(1000))).toHaveLength(300);
  });
});
