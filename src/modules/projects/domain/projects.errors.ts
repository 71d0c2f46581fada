import { DomainError } from '../../../common/errors/domain-error';

/** Also the answer for another workspace's project: ids of other tenants reveal nothing. */
export class ProjectNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'project-not-found';
  constructor() {
    super('No such project in this workspace.');
  }
}

export class ProjectArchived extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'project-archived';
  constructor() {
    super('The project is archived: it can no longer be changed or get new tasks.');
  }
}

export class TaskNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'task-not-found';
  constructor() {
    super('No such task in this workspace.');
  }
}

/**
 * 400 ('invalid'), not 422: the error kinds have no 422, and the request is wrong in one field the
 * client chose (assigneeId), like any other validation failure. 409 would wrongly suggest that
 * retrying after some other change could make the same request succeed.
 */
export class AssigneeNotAMember extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'assignee-not-a-member';
  constructor() {
    super('assigneeId must be a member of the workspace.');
  }
}

export class InvalidTaskCursor extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-cursor';
  constructor() {
    super('cursor must be a nextCursor value returned by this list.');
  }
}

/** Delete is the second step: archive first (ADR 0019). */
export class ProjectNotArchived extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'project-not-archived';
  constructor() {
    super('Only an archived project can be deleted: archive it first.');
  }
}
