import type {
  TaskFieldChanges,
  TaskFieldName,
  TaskFieldValues,
  TaskUpdatedPayload,
} from '../contracts/task-updated.event';
import { instantOf, localDateOf } from './calendar';
import { DueTimeZoneRequired, DueTimeZoneWithoutDueAt, StartAfterDue } from './projects.errors';
import { UNCHANGED, type AnnouncedTransition } from './transition';

/**
 * A task's editable fields as the rules compare them: the contract's shape, with `dueAt` as a UTC
 * ISO string (so one instant written with two offsets is one value) and `labelIds` sorted.
 */
export type TaskFields = TaskFieldValues;

/** What a request asks to change: undefined leaves a field as it is, null clears it. */
export type TaskFieldPatch = { readonly [F in TaskFieldName]?: TaskFieldValues[F] };

export interface TaskIdentity {
  readonly id: string;
  readonly projectId: string;
}

const FIELD_NAMES: readonly TaskFieldName[] = [
  'title',
  'description',
  'dueAt',
  'dueTimeZone',
  'startOn',
  'priority',
  'labelIds',
];

/**
 * The fields a new task starts with: the defaults, then what the request set, checked by the same
 * rules as an update.
 */
export function newTaskFields(title: string, patch: Omit<TaskFieldPatch, 'title'>): TaskFields {
  const empty: TaskFields = {
    title,
    description: null,
    dueAt: null,
    dueTimeZone: null,
    startOn: null,
    priority: 'none',
    labelIds: [],
  };
  return resolved(empty, patch);
}

/**
 * The task's fields after `patch`, and its projects.task.updated.v1 payload naming only the fields
 * that really changed (from/to); unchanged when none did, which means no write and no event.
 * Throws when the result breaks a rule (due date without zone, start after due).
 */
export function updateTaskFields(
  task: TaskIdentity,
  current: TaskFields,
  patch: TaskFieldPatch,
): AnnouncedTransition<TaskFieldPatch, TaskUpdatedPayload> {
  const next = resolved(current, patch);
  const changed = FIELD_NAMES.filter((field) => !sameValue(current[field], next[field]));
  if (changed.length === 0) return UNCHANGED;
  const values: Record<string, unknown> = {};
  const fromTo: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of changed) {
    values[field] = next[field];
    fromTo[field] = { from: current[field], to: next[field] };
  }
  return {
    kind: 'changed',
    changes: values as TaskFieldPatch,
    eventPayload: {
      taskId: task.id,
      projectId: task.projectId,
      title: next.title,
      changes: fromTo as TaskFieldChanges,
    },
  };
}

function resolved(current: TaskFields, patch: TaskFieldPatch): TaskFields {
  const next: TaskFields = { ...current };
  for (const field of FIELD_NAMES) {
    if (patch[field] !== undefined) Object.assign(next, { [field]: patch[field] });
  }
  if (typeof patch.dueAt === 'string') next.dueAt = normalisedInstant(patch.dueAt);
  // Clearing the due date clears its zone too, unless the request also sent a zone (then refused).
  if (patch.dueAt === null && patch.dueTimeZone === undefined) next.dueTimeZone = null;
  next.labelIds = [...new Set(next.labelIds)].sort();
  assertDatesAreConsistent(next);
  return next;
}

function assertDatesAreConsistent({ dueAt, dueTimeZone, startOn }: TaskFields): void {
  if (dueAt !== null && dueTimeZone === null) throw new DueTimeZoneRequired();
  if (dueAt === null && dueTimeZone !== null) throw new DueTimeZoneWithoutDueAt();
  if (dueAt !== null && dueTimeZone !== null && startOn !== null) {
    // ISO dates compare as strings.
    if (startOn > localDateOf(new Date(dueAt), dueTimeZone)) throw new StartAfterDue();
  }
}

function normalisedInstant(value: string): string {
  const instant = instantOf(value);
  // The request DTO admits only instants with an offset; anything else here is a caller's bug.
  if (instant === undefined) throw new RangeError(`Not an ISO-8601 instant with offset: ${value}`);
  return instant.toISOString();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  return a === b;
}
