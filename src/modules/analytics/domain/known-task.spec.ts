import type { ActivityLogDraft } from './activity-log-entry';
import { needsKnownTask, withKnownTask } from './known-task';

const task = (summary: ActivityLogDraft['summary']): ActivityLogDraft => ({
  subjectType: 'task',
  subjectId: 't',
  projectId: 'p',
  taskId: 't',
  summary,
});

describe('known task', () => {
  it('completes a task entry with the last logged title', () => {
    const completed = task({ assigneeId: null });
    expect(needsKnownTask(completed)).toBe(true);
    expect(withKnownTask(completed, { projectId: 'p', title: 'Ship it' }).summary).toEqual({
      title: 'Ship it',
      assigneeId: null,
    });
  });

  it('never replaces the title an event carries', () => {
    const updated = task({ title: 'New' });
    expect(needsKnownTask(updated)).toBe(false);
    expect(withKnownTask(updated, { projectId: 'p', title: 'Old' }).summary).toEqual({
      title: 'New',
    });
  });

  it("gives an attachment its task's project, and leaves an unknown task as it was", () => {
    const attachment: ActivityLogDraft = {
      subjectType: 'attachment',
      subjectId: 'a',
      projectId: null,
      taskId: 't',
      summary: { fileName: 'x.png' },
    };
    expect(needsKnownTask(attachment)).toBe(true);
    expect(withKnownTask(attachment, { projectId: 'p', title: 'Ship it' })).toEqual({
      ...attachment,
      projectId: 'p',
    });
    expect(withKnownTask(attachment, null)).toBe(attachment);
  });
});
