import type { TaskFields } from '../domain/task-fields';
import { priorityOfRank, priorityRank } from '../domain/task-priority';
import type { StoredTask } from '../persistence/stored-task';

/** A stored task's editable fields in the shape the domain compares. */
export function storedTaskFields(task: StoredTask): TaskFields {
  return {
    title: task.title,
    description: task.description,
    dueAt: task.dueAt?.toISOString() ?? null,
    dueTimeZone: task.dueTimeZone,
    startOn: task.startOn,
    priority: priorityOfRank(task.priority),
    labelIds: task.labelIds,
  };
}

/** The task with `fields` set, in the stored shape. */
export function withTaskFields(task: StoredTask, fields: TaskFields): StoredTask {
  return Object.assign(task, {
    title: fields.title,
    description: fields.description,
    dueAt: fields.dueAt === null ? null : new Date(fields.dueAt),
    dueTimeZone: fields.dueTimeZone,
    startOn: fields.startOn,
    priority: priorityRank(fields.priority),
    labelIds: fields.labelIds,
  });
}
