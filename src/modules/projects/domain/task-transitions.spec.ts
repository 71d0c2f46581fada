import { assignTask, completeTask, reopenTask, type TaskState } from './task-transitions';

const now = new Date('2026-12-04T10:11:12.345Z');

function task(overrides: Partial<TaskState> = {}): TaskState {
  return {
    id: 'task-1',
    projectId: 'project-1',
    status: 'open',
    assigneeId: 'user-a',
    ...overrides,
  };
}

describe('completeTask', () => {
  it('marks an open task done at `now` and announces it with its assignee', () => {
    expect(completeTask(task(), now)).toEqual({
      kind: 'changed',
      changes: { status: 'done', completedAt: now },
      eventPayload: {
        taskId: 'task-1',
        projectId: 'project-1',
        assigneeId: 'user-a',
        completedAt: '2026-12-04T10:11:12.345Z',
      },
    });
  });

  it('announces an unassigned task with a null assignee', () => {
    const transition = completeTask(task({ assigneeId: null }), now);
    expect(transition.kind === 'changed' && transition.eventPayload.assigneeId).toBeNull();
  });

  it('leaves a done task unchanged: no write, no second event', () => {
    expect(completeTask(task({ status: 'done' }), now)).toEqual({ kind: 'unchanged' });
  });
});

describe('reopenTask', () => {
  it('opens a done task again, clears its completion time and announces it', () => {
    expect(reopenTask(task({ status: 'done' }))).toEqual({
      kind: 'changed',
      changes: { status: 'open', completedAt: null },
      eventPayload: { taskId: 'task-1', projectId: 'project-1' },
    });
  });

  it('leaves an open task unchanged: no write, no event', () => {
    expect(reopenTask(task({ status: 'open' }))).toEqual({ kind: 'unchanged' });
  });
});

describe('assignTask', () => {
  it('hands the task to someone else and announces both assignees', () => {
    expect(assignTask(task(), 'user-b')).toEqual({
      kind: 'changed',
      changes: { assigneeId: 'user-b' },
      eventPayload: {
        taskId: 'task-1',
        projectId: 'project-1',
        assigneeId: 'user-b',
        previousAssigneeId: 'user-a',
      },
    });
  });

  it('assigns an unassigned task: the previous assignee is null', () => {
    const transition = assignTask(task({ assigneeId: null }), 'user-b');
    expect(transition).toMatchObject({
      kind: 'changed',
      changes: { assigneeId: 'user-b' },
      eventPayload: { assigneeId: 'user-b', previousAssigneeId: null },
    });
  });

  it('unassigns with null', () => {
    expect(assignTask(task(), null)).toMatchObject({
      kind: 'changed',
      changes: { assigneeId: null },
      eventPayload: { assigneeId: null, previousAssigneeId: 'user-a' },
    });
  });

  it.each([
    ['the same assignee', 'user-a', 'user-a'],
    ['null on an unassigned task', null, null],
  ])('leaves the task unchanged for %s: no write, no event', (_case, current, requested) => {
    expect(assignTask(task({ assigneeId: current }), requested)).toEqual({ kind: 'unchanged' });
  });

  it('ignores the status: a done task can be reassigned', () => {
    expect(assignTask(task({ status: 'done' }), 'user-b').kind).toBe('changed');
  });
});
