import { moveTask } from './task-move';
import type { TaskState } from './task-transitions';

const task: TaskState = {
  id: 'task-1',
  projectId: 'project-1',
  status: 'done',
  assigneeId: 'user-a',
};

describe('moveTask', () => {
  it('moves the task to another project and announces from where to where', () => {
    expect(moveTask(task, 'project-2')).toEqual({
      kind: 'changed',
      changes: { projectId: 'project-2' },
      eventPayload: { taskId: 'task-1', fromProjectId: 'project-1', toProjectId: 'project-2' },
    });
  });

  it('leaves a task moved to its own project unchanged, with no event', () => {
    expect(moveTask(task, 'project-1')).toEqual({ kind: 'unchanged' });
  });
});
