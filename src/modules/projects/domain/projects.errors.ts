import { DomainError } from '../../../common/errors/domain-error';
import { QuotaExceeded } from '../../../common/errors/quota-exceeded';

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

/** A due date needs the zone it was set in: "due today" and the start-date check depend on it. */
export class DueTimeZoneRequired extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'due-time-zone-required';
  constructor() {
    super('dueTimeZone is required when dueAt is set (an IANA zone such as Europe/Berlin).');
  }
}

export class DueTimeZoneWithoutDueAt extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'due-time-zone-without-due-at';
  constructor() {
    super('dueTimeZone can only be set together with dueAt.');
  }
}

export class StartAfterDue extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'start-after-due';
  constructor() {
    super('startOn must not be after the date dueAt falls on in dueTimeZone.');
  }
}

/** Also for another workspace's label: which ids exist elsewhere is not revealed. */
export class UnknownLabel extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'unknown-label';
  constructor() {
    super('labelIds must name labels of this workspace.');
  }
}

export class LabelNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'label-not-found';
  constructor() {
    super('No such label in this workspace.');
  }
}

export class LabelNameTaken extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'label-name-taken';
  constructor() {
    super('The workspace already has a label with this name (names ignore case).');
  }
}

/** If-Match named a version the row no longer has: someone else changed it first (412). */
export class PreconditionFailed extends DomainError {
  readonly kind = 'precondition-failed';
  readonly code = 'precondition-failed';
  constructor() {
    super('If-Match does not match the current ETag: the resource changed since it was read.');
  }
}

/** Delete is the second step: archive first (ADR 0020). */
export class ProjectNotArchived extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'project-not-archived';
  constructor() {
    super('Only an archived project can be deleted: archive it first.');
  }
}

/** The workspace has as many labels as it may (409): delete one to add another. */
export class TooManyLabels extends QuotaExceeded {
  constructor(limit: number, current: number) {
    super(
      'labels-limit',
      limit,
      current,
      `This workspace has ${current} labels; at most ${limit} are allowed. Delete one to add another.`,
    );
  }
}
