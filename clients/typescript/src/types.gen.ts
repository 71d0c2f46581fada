// Generated from openapi.json by `npm run client` (@hey-api/openapi-ts). Do not edit:
// change the API, run `npm run openapi && npm run client`, and commit both.

export type ClientOptions = {
  baseUrl: `${string}://${string}` | (string & {});
};

export type LivenessStatus = {
  status: 'ok';
};

export type ReadinessStatus = {
  /**
   * `degraded`: ready, but a replica is out of rotation or a circuit breaker is open
   */
  status: 'ok' | 'degraded';
  /**
   * Platform admins only: every check
   */
  details?: {
    [key: string]: {
      status: 'up' | 'degraded' | 'down';
      [key: string]: unknown;
    };
  };
  /**
   * Platform admins only: the checks up or degraded
   */
  info?: {
    [key: string]: {
      status: 'up' | 'degraded' | 'down';
      [key: string]: unknown;
    };
  };
  /**
   * Platform admins only: the checks down
   */
  error?: {
    [key: string]: {
      status: 'up' | 'degraded' | 'down';
      [key: string]: unknown;
    };
  };
};

export type RequestHeartbeatDto = {
  /**
   * How long the job holds its worker (ms)
   */
  holdMs?: number;
};

export type HeartbeatRequested = {
  id: string;
  /**
   * The same as the Location header
   */
  statusUrl: string;
};

export type HeartbeatJobResult = {
  heartbeatId: string;
  /**
   * Host name and pid of the worker
   */
  processedBy: string;
  processedAt: string;
  /**
   * Where the job read the request from, and why
   */
  requestReadFrom: string;
};

export type HeartbeatStatus = {
  id: string;
  /**
   * BullMQ's state: waiting, delayed, active, completed, failed, …
   */
  state: string;
  progress: number;
  attemptsMade: number;
  /**
   * null until completed
   */
  result: HeartbeatJobResult | null;
  failedReason: string | null;
};

export type SignUpDto = {
  /**
   * Trimmed and lower-cased before use
   */
  email: string;
  /**
   * At least 12 characters, at least 4 different ones, and not containing the address's local part; a weaker one is refused with `password-too-weak`.
   */
  password: string;
  /**
   * Name of the first workspace
   */
  workspaceName: string;
};

/**
 * `verification-sent` after sign-up, `mail-sent` otherwise
 */
export type MailRequestStatus = 'verification-sent' | 'mail-sent';

export type MailRequestAccepted = {
  /**
   * `verification-sent` after sign-up, `mail-sent` otherwise
   */
  status: MailRequestStatus;
  /**
   * What may have happened, worded the same whether or not the address has an account
   */
  detail: string;
};

export type LogInDto = {
  /**
   * Trimmed and lower-cased before use
   */
  email: string;
  password: string;
};

export type SignedInUser = {
  id: string;
  email: string;
};

export type IssuedSessionView = {
  /**
   * Send as `Authorization: Bearer <token>`. Shown only here: the server keeps its hash alone.
   */
  token: string;
  /**
   * When the session ends if it is not used; each authenticated request restarts this idle timeout (30 min by default), never past absoluteExpiresAt
   */
  idleExpiresAt: string;
  /**
   * When the session ends however much it is used (8 h by default)
   */
  absoluteExpiresAt: string;
};

export type SignedIn = {
  user: SignedInUser;
  session: IssuedSessionView;
  /**
   * Workspace id → your role in it, for every workspace you are a member of
   */
  memberships: {
    [key: string]: 'owner' | 'admin' | 'member' | 'viewer';
  };
};

export type ChangePasswordDto = {
  currentPassword: string;
  /**
   * At least 12 characters, at least 4 different ones, and not containing the address's local part; a weaker one is refused with `password-too-weak`.
   */
  newPassword: string;
};

export type CurrentUserView = {
  id: string;
  email: string;
  /**
   * Workspace id → your role in it, for every workspace you are a member of
   */
  memberships: {
    [key: string]: 'owner' | 'admin' | 'member' | 'viewer';
  };
};

export type VerifyEmailDto = {
  /**
   * The token from the verification mail (43 characters, base64url)
   */
  token: string;
};

export type AccountEmailDto = {
  /**
   * Trimmed and lower-cased before use
   */
  email: string;
};

export type CompletePasswordResetDto = {
  /**
   * The token from the password reset mail (43 characters, base64url)
   */
  token: string;
  /**
   * At least 12 characters, at least 4 different ones, and not containing the address's local part; a weaker one is refused with `password-too-weak`.
   */
  newPassword: string;
};

/**
 * A role in a workspace, strongest first
 */
export type WorkspaceRole = 'owner' | 'admin' | 'member' | 'viewer';

export type WorkspaceView = {
  id: string;
  name: string;
  /**
   * The caller's role in the workspace
   */
  role: WorkspaceRole;
  createdAt: string;
};

export type WorkspaceNameDto = {
  /**
   * Trimmed before it is checked and stored
   */
  name: string;
};

export type RenamedWorkspaceView = {
  id: string;
  name: string;
};

export type WorkspaceMemberView = {
  userId: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
};

export type MemberRoleDto = {
  /**
   * Only an owner can grant, change or remove the owner role
   */
  role: 'owner' | 'admin' | 'member' | 'viewer';
};

export type InviteMemberDto = {
  /**
   * Trimmed and lower-cased before use
   */
  email: string;
  /**
   * Owners are made by promotion, not invited
   */
  role: 'admin' | 'member' | 'viewer';
};

/**
 * The role the invitee joins with; owners are made by promotion, never invited
 */
export type InvitableRole = 'admin' | 'member' | 'viewer';

export type InvitationView = {
  id: string;
  /**
   * The invited address, lower-cased
   */
  email: string;
  /**
   * The role the invitee joins with; owners are made by promotion, never invited
   */
  role: InvitableRole;
  /**
   * The user id of the admin who sent the invitation
   */
  invitedBy: string;
  createdAt: string;
  /**
   * Seven days after it was sent; a new invitation to the address replaces it
   */
  expiresAt: string;
};

export type AcceptInvitationDto = {
  /**
   * The token from the invitation mail (43 characters, base64url)
   */
  token: string;
};

export type ActivityTotals = {
  projectsCreated: number;
  tasksCreated: number;
  tasksAssigned: number;
  tasksCompleted: number;
  tasksReopened: number;
  /**
   * Counted for the workspace, not a project
   */
  membersJoined: number;
};

export type DailyActivity = {
  projectsCreated: number;
  tasksCreated: number;
  tasksAssigned: number;
  tasksCompleted: number;
  tasksReopened: number;
  /**
   * Counted for the workspace, not a project
   */
  membersJoined: number;
  /**
   * UTC day
   */
  day: string;
};

export type ProjectActivity = {
  projectsCreated: number;
  tasksCreated: number;
  tasksAssigned: number;
  tasksCompleted: number;
  tasksReopened: number;
  /**
   * Counted for the workspace, not a project
   */
  membersJoined: number;
  projectId: string;
};

export type ActivityReport = {
  workspaceId: string;
  /**
   * UTC days covered, today included
   */
  days: number;
  /**
   * First UTC day covered
   */
  from: string;
  /**
   * Last UTC day covered
   */
  to: string;
  /**
   * The newest event reflected (null: none yet); eventually consistent, so it can trail the latest change by a moment
   */
  asOf: string | null;
  totals: ActivityTotals;
  /**
   * Every day of the window, ascending
   */
  daily: Array<DailyActivity>;
  /**
   * Projects with activity in the window, most completions first
   */
  projects: Array<ProjectActivity>;
};

export type CycleTimeHours = {
  /**
   * Hours from creation to completion, median
   */
  p50: number;
  /**
   * Hours from creation to completion, 90th percentile
   */
  p90: number;
  /**
   * Hours from creation to completion, 99th percentile
   */
  p99: number;
};

export type Completions = {
  completed: number;
  /**
   * Over the completed tasks whose creation analytics knows; null when there is none
   */
  cycleTimeHours: CycleTimeHours | null;
};

export type DailyCompletions = {
  /**
   * UTC day
   */
  day: string;
  completed: number;
};

export type ProjectCompletions = {
  completed: number;
  /**
   * Over the completed tasks whose creation analytics knows; null when there is none
   */
  cycleTimeHours: CycleTimeHours | null;
  projectId: string;
};

export type AssigneeCompletions = {
  completed: number;
  /**
   * Over the completed tasks whose creation analytics knows; null when there is none
   */
  cycleTimeHours: CycleTimeHours | null;
  /**
   * null: completed while unassigned
   */
  assigneeId: string | null;
};

export type TaskReport = {
  workspaceId: string;
  /**
   * UTC days covered, today included
   */
  days: number;
  /**
   * First UTC day; the window runs from its start to now
   */
  from: string;
  /**
   * Last UTC day (today)
   */
  to: string;
  /**
   * The newest event time the read model holds for this workspace (null: none yet)
   */
  asOf: string | null;
  totals: Completions;
  /**
   * Every day of the window, ascending, zeros included
   */
  daily: Array<DailyCompletions>;
  /**
   * Most completions first
   */
  projects: Array<ProjectCompletions>;
  /**
   * Most completions first
   */
  assignees: Array<AssigneeCompletions>;
};

export type RequestExportDto = {
  format: 'csv' | 'pdf';
  /**
   * First UTC day, included
   */
  from: string;
  /**
   * Last UTC day, included; at most 366 days after from, counting both
   */
  to: string;
};

export type ExportRequested = {
  /**
   * Follow it at GET /v1/jobs/{jobId} (the Location)
   */
  jobId: string;
  /**
   * Read it at GET …/analytics/exports/{exportId}
   */
  exportId: string;
};

export type ExportFormat = 'csv' | 'pdf';

export type ExportStatus = 'queued' | 'ready' | 'failed';

export type ExportView = {
  exportId: string;
  /**
   * The job that builds it: GET /v1/jobs/{jobId}
   */
  jobId: string;
  format: ExportFormat;
  /**
   * First UTC day, included
   */
  from: string;
  /**
   * Last UTC day, included
   */
  to: string;
  status: ExportStatus;
  /**
   * Rows written; null until ready
   */
  rows: number | null;
  requestedAt: string;
  readyAt: string | null;
  /**
   * Presigned, new on every call; null until ready
   */
  downloadUrl: string | null;
  /**
   * When downloadUrl stops working; null with it
   */
  expiresAt: string | null;
};

export type ActivitySubjectType =
  | 'member'
  | 'invitation'
  | 'project'
  | 'task'
  | 'comment'
  | 'label'
  | 'attachment'
  | 'slack-connection'
  | 'export';

export type ActivitySubject = {
  type: ActivitySubjectType;
  id: string;
};

export type ActivityLogEntryView = {
  /**
   * The id of the event it tells (unique)
   */
  id: string;
  occurredAt: string;
  /**
   * Who did it; null for the system
   */
  actorId: string | null;
  /**
   * What happened: the event type without module and version (`task.completed`, `member.role-changed`, `comment.created` …; docs/ANALYTICS.md lists them)
   */
  kind: string;
  subject: ActivitySubject;
  projectId: string | null;
  taskId: string | null;
  /**
   * Safe to show to any member: names and titles, `{from, to}` of changed fields, excerpts of at most 120 characters of free text; never secrets. Its fields depend on `kind`.
   */
  summary: {
    [key: string]: unknown;
  };
};

export type ActivityLogPage = {
  items: Array<ActivityLogEntryView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type CreateProjectDto = {
  /**
   * Surrounding blanks are removed; what is left must not be empty
   */
  name: string;
  description?: string | null;
};

export type ProjectView = {
  id: string;
  name: string;
  description: string | null;
  /**
   * An archived project is read-only: no edits and no new tasks.
   */
  archived: boolean;
  archivedAt: string | null;
  /**
   * The user who created the project
   */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Raised by every change of the project; the `ETag` of `GET` and `PATCH` is this number in quotes, for `If-Match`
   */
  version: number;
};

export type ProjectList = {
  items: Array<ProjectView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type UpdateProjectDto = {
  /**
   * Surrounding blanks are removed; what is left must not be empty. Not null.
   */
  name?: string;
  /**
   * null clears the description
   */
  description?: string | null;
};

/**
 * `none` is the default; not null
 */
export type TaskPriority = 'none' | 'low' | 'medium' | 'high' | 'urgent';

export type CreateTaskDto = {
  /**
   * When the task is due: an ISO-8601 date-time with its offset (`Z` or `±hh:mm`); needs `dueTimeZone` (sent with it, or already on the task). null clears it and its zone.
   */
  dueAt?: string | null;
  /**
   * The IANA time zone of the due date; only together with a due date
   */
  dueTimeZone?: string | null;
  /**
   * YYYY-MM-DD; not after the due date's day in `dueTimeZone`. null clears it.
   */
  startOn?: string | null;
  /**
   * `none` is the default; not null
   */
  priority?: TaskPriority;
  /**
   * The task's labels, all of them (replaces the set; `[]` removes every label): ids of this workspace's labels, else 400 `unknown-label`. Not null.
   */
  labelIds?: Array<string>;
  /**
   * Surrounding blanks are removed; what is left must not be empty
   */
  title: string;
  description?: string | null;
  /**
   * A workspace member; leave out or null for nobody
   */
  assigneeId?: string | null;
};

export type TaskStatus = 'open' | 'done';

export type TaskView = {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  /**
   * A member of the workspace; null when nobody is assigned
   */
  assigneeId: string | null;
  /**
   * The user who created the task
   */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /**
   * When the task was completed; null while it is open
   */
  completedAt: string | null;
  /**
   * When the task is due, as a UTC instant; null: no due date
   */
  dueAt: string | null;
  /**
   * The IANA time zone the due date was set in (for display and "due today"); present exactly when `dueAt` is
   */
  dueTimeZone: string | null;
  /**
   * The day work starts; never after the due date's day in `dueTimeZone`
   */
  startOn: string | null;
  priority: TaskPriority;
  /**
   * Ids of the workspace's labels the task carries, sorted (names and colours: `GET /v1/workspaces/{workspaceId}/labels`)
   */
  labelIds: Array<string>;
  /**
   * Raised by every change of the task; the `ETag` of `GET` and `PATCH` is this number in quotes, for `If-Match`
   */
  version: number;
};

export type TaskPage = {
  /**
   * In creation order
   */
  items: Array<TaskView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type UpdateTaskDto = {
  /**
   * When the task is due: an ISO-8601 date-time with its offset (`Z` or `±hh:mm`); needs `dueTimeZone` (sent with it, or already on the task). null clears it and its zone.
   */
  dueAt?: string | null;
  /**
   * The IANA time zone of the due date; only together with a due date
   */
  dueTimeZone?: string | null;
  /**
   * YYYY-MM-DD; not after the due date's day in `dueTimeZone`. null clears it.
   */
  startOn?: string | null;
  /**
   * `none` is the default; not null
   */
  priority?: TaskPriority;
  /**
   * The task's labels, all of them (replaces the set; `[]` removes every label): ids of this workspace's labels, else 400 `unknown-label`. Not null.
   */
  labelIds?: Array<string>;
  /**
   * Surrounding blanks are removed; what is left must not be empty. Not null.
   */
  title?: string;
  /**
   * null clears the description
   */
  description?: string | null;
};

export type AssignTaskDto = {
  /**
   * A workspace member; null unassigns
   */
  assigneeId: string | null;
};

export type MoveTaskDto = {
  /**
   * An active project of the same workspace
   */
  projectId: string;
};

export type CreateLabelDto = {
  /**
   * Surrounding blanks are removed; unique in the workspace ignoring case (409 otherwise)
   */
  name: string;
  /**
   * `#rrggbb`
   */
  color: string;
};

export type LabelView = {
  id: string;
  /**
   * Unique in the workspace, ignoring case
   */
  name: string;
  /**
   * `#rrggbb`, lower case
   */
  color: string;
  createdAt: string;
  updatedAt: string;
};

export type LabelPage = {
  items: Array<LabelView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type UpdateLabelDto = {
  /**
   * Surrounding blanks are removed; unique in the workspace ignoring case
   */
  name?: string;
  /**
   * `#rrggbb`
   */
  color?: string;
};

export type CommentBodyDto = {
  /**
   * Markdown. Surrounding blanks are removed; what is left must not be empty. `@email` and `@userId` outside code mention members of the workspace (at most 20 different people).
   */
  body: string;
};

export type CommentView = {
  id: string;
  taskId: string;
  /**
   * Who wrote it
   */
  authorId: string;
  /**
   * Markdown, as written (trimmed)
   */
  body: string;
  /**
   * Members of the workspace the body mentions (`@email` or `@userId`), in order of first mention; mentions of anyone else stay plain text
   */
  mentionedUserIds: Array<string>;
  createdAt: string;
  /**
   * When the body last changed; null if it never did
   */
  editedAt: string | null;
};

export type CommentPage = {
  items: Array<CommentView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type WorkspaceTaskPage = {
  items: Array<TaskView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type PlanId = 'free' | 'team' | 'business';

export type RateSource = 'live' | 'cache' | 'last-known';

export type Quote = {
  plan: PlanId;
  /**
   * ISO 4217 code
   */
  currency: string;
  /**
   * Per seat and month, as a decimal string with the currency's ISO 4217 minor-unit digits ("11.28"; JPY "1875")
   */
  amount: string;
  /**
   * The catalogue price in USD
   */
  usdAmount: string;
  /**
   * Units of currency per 1 USD
   */
  rate: number;
  /**
   * The day the rate is for
   */
  rateAsOf: string;
  /**
   * True when the FX API could not be asked and the last known rate was used
   */
  stale: boolean;
  source: RateSource;
};

export type ConnectSlackDto = {
  /**
   * A Slack incoming-webhook URL. Write-only: no answer shows it again (see webhookUrlHint).
   */
  webhookUrl: string;
};

export type SlackConnectionView = {
  /**
   * false: no connection; every other field is null
   */
  connected: boolean;
  /**
   * The URL's origin and last 4 characters; the URL itself is never shown
   */
  webhookUrlHint: string | null;
  /**
   * `active`: completions are sent. `broken`: Slack refused a message for good; nothing is sent until an admin connects again.
   */
  state: 'active' | 'broken';
  /**
   * Slack's answer that broke the connection, e.g. `404 no_service`
   */
  brokenReason: string | null;
  /**
   * null unless broken
   */
  brokenAt: string | null;
  connectedAt: string | null;
  /**
   * The last message Slack accepted
   */
  lastDeliveredAt: string | null;
};

export type RequestDigestDto = {
  [key: string]: unknown;
};

export type DigestRequestAccepted = {
  /**
   * The fan-out job that mails it: GET /v1/jobs/{jobId}
   */
  jobId: string;
  digestId: string;
  /**
   * Tasks completed in the 7 days the digest covers
   */
  completedTasks: number;
  /**
   * The same as the Location header
   */
  statusUrl: string;
};

export type SetDigestSubscriptionDto = {
  /**
   * false: no more digests for me in this workspace.
   */
  subscribed: boolean;
};

export type DigestSubscription = {
  /**
   * false: no more digests for me in this workspace
   */
  subscribed: boolean;
};

export type NotificationKind =
  'assigned' | 'task-completed' | 'task-reopened' | 'comment' | 'mention' | 'invitation-accepted';

export type NotificationSubjectView = {
  /**
   * The task's title when the notification was made (null: not known yet)
   */
  taskTitle?: string | null;
  /**
   * The comment's first words (comment, mention)
   */
  excerpt?: string;
  /**
   * Who joined (invitation-accepted)
   */
  memberId?: string;
  /**
   * Their role (invitation-accepted)
   */
  role?: string;
};

export type NotificationView = {
  /**
   * Increasing with time, never reused (a string: it is a 64-bit integer)
   */
  id: string;
  /**
   * The workspace it happened in
   */
  workspaceId: string;
  kind: NotificationKind;
  taskId: string | null;
  commentId: string | null;
  /**
   * Who did it
   */
  actorId: string | null;
  subject: NotificationSubjectView;
  createdAt: string;
  /**
   * null: unread
   */
  readAt: string | null;
};

export type NotificationPage = {
  items: Array<NotificationView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type UnreadCount = {
  /**
   * Unread, over all your workspaces
   */
  unread: number;
};

export type MarkedRead = {
  /**
   * Notifications that were unread
   */
  marked: number;
};

/**
 * Default `email`
 */
export type NotificationDelivery = 'in-app' | 'email' | 'digest' | 'off';

export type NotificationPreferencesView = {
  /**
   * Default `email`
   */
  assigned: NotificationDelivery;
  /**
   * Default `in-app`
   */
  'task-completed': NotificationDelivery;
  /**
   * Default `in-app`
   */
  'task-reopened': NotificationDelivery;
  /**
   * Default `in-app`
   */
  comment: NotificationDelivery;
  /**
   * Default `email`
   */
  mention: NotificationDelivery;
  /**
   * Default `in-app`
   */
  'invitation-accepted': NotificationDelivery;
};

export type SetNotificationPreferencesDto = {
  /**
   * Default `email`; left out: unchanged
   */
  assigned?: NotificationDelivery;
  /**
   * Default `in-app`; left out: unchanged
   */
  'task-completed'?: NotificationDelivery;
  /**
   * Default `in-app`; left out: unchanged
   */
  'task-reopened'?: NotificationDelivery;
  /**
   * Default `in-app`; left out: unchanged
   */
  comment?: NotificationDelivery;
  /**
   * Default `email`; left out: unchanged
   */
  mention?: NotificationDelivery;
  /**
   * Default `in-app`; left out: unchanged
   */
  'invitation-accepted'?: NotificationDelivery;
};

export type OnboardingStep =
  'create-workspace' | 'invite-member' | 'create-project' | 'connect-slack' | 'complete-task';

export type OnboardingStepState = 'open' | 'done' | 'skipped';

export type OnboardingStepView = {
  step: OnboardingStep;
  state: OnboardingStepState;
  /**
   * When the step was closed; null while open
   */
  at: string | null;
};

export type OnboardingChecklistView = {
  /**
   * Every step, in the order to show them
   */
  steps: Array<OnboardingStepView>;
  /**
   * No step is open (each is done or skipped)
   */
  completed: boolean;
  /**
   * The caller hid the checklist for good
   */
  dismissed: boolean;
};

export type UpdateOnboardingDto = {
  /**
   * Steps to skip. A done step stays done; skipping twice changes nothing. An unknown step is 400 unknown-onboarding-step.
   */
  skip?: Array<
    'create-workspace' | 'invite-member' | 'create-project' | 'connect-slack' | 'complete-task'
  >;
  /**
   * true hides the checklist for good (it cannot be undismissed); false changes nothing.
   */
  dismiss?: boolean;
};

export type CreateEndpointDto = {
  /**
   * http(s) URL on the public internet; private and internal addresses are refused
   */
  url: string;
  /**
   * At least one; duplicates are ignored
   */
  eventTypes: Array<
    | 'identity.member.joined.v1'
    | 'identity.member.left.v1'
    | 'identity.member.role-changed.v1'
    | 'projects.project.created.v1'
    | 'projects.project.updated.v1'
    | 'projects.project.archived.v1'
    | 'projects.project.unarchived.v1'
    | 'projects.project.deleted.v1'
    | 'projects.task.created.v1'
    | 'projects.task.updated.v1'
    | 'projects.task.assigned.v1'
    | 'projects.task.completed.v1'
    | 'projects.task.reopened.v1'
    | 'projects.task.moved.v1'
    | 'projects.task.deleted.v1'
    | 'projects.comment.created.v1'
    | 'projects.comment.edited.v1'
    | 'projects.comment.deleted.v1'
    | 'projects.label.created.v1'
    | 'projects.label.updated.v1'
    | 'projects.label.deleted.v1'
  >;
  enabled?: boolean;
};

export type CreatedEndpoint = {
  id: string;
  url: string;
  /**
   * The event types of the first v1 release delivered to it (a frozen enum); `subscribedEventTypes` lists all of them
   */
  eventTypes: Array<
    | 'identity.member.joined.v1'
    | 'identity.member.left.v1'
    | 'identity.member.role-changed.v1'
    | 'projects.project.created.v1'
    | 'projects.task.created.v1'
    | 'projects.task.assigned.v1'
    | 'projects.task.completed.v1'
    | 'projects.task.reopened.v1'
  >;
  /**
   * Every event type delivered to it, among: identity.member.joined.v1, identity.member.left.v1, identity.member.role-changed.v1, projects.project.created.v1, projects.project.updated.v1, projects.project.archived.v1, projects.project.unarchived.v1, projects.project.deleted.v1, projects.task.created.v1, projects.task.updated.v1, projects.task.assigned.v1, projects.task.completed.v1, projects.task.reopened.v1, projects.task.moved.v1, projects.task.deleted.v1, projects.comment.created.v1, projects.comment.edited.v1, projects.comment.deleted.v1, projects.label.created.v1, projects.label.updated.v1, projects.label.deleted.v1
   */
  subscribedEventTypes: Array<string>;
  enabled: boolean;
  /**
   * Why it is disabled (by an admin, or automatically after failing deliveries); null while enabled
   */
  disabledReason: string | null;
  /**
   * Until then, requests are also signed with the secret before the last rotation
   */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * The Standard Webhooks signing secret (`whsec_` + base64). Shown this once: store it now.
   */
  secret: string;
};

export type EndpointView = {
  id: string;
  url: string;
  /**
   * The event types of the first v1 release delivered to it (a frozen enum); `subscribedEventTypes` lists all of them
   */
  eventTypes: Array<
    | 'identity.member.joined.v1'
    | 'identity.member.left.v1'
    | 'identity.member.role-changed.v1'
    | 'projects.project.created.v1'
    | 'projects.task.created.v1'
    | 'projects.task.assigned.v1'
    | 'projects.task.completed.v1'
    | 'projects.task.reopened.v1'
  >;
  /**
   * Every event type delivered to it, among: identity.member.joined.v1, identity.member.left.v1, identity.member.role-changed.v1, projects.project.created.v1, projects.project.updated.v1, projects.project.archived.v1, projects.project.unarchived.v1, projects.project.deleted.v1, projects.task.created.v1, projects.task.updated.v1, projects.task.assigned.v1, projects.task.completed.v1, projects.task.reopened.v1, projects.task.moved.v1, projects.task.deleted.v1, projects.comment.created.v1, projects.comment.edited.v1, projects.comment.deleted.v1, projects.label.created.v1, projects.label.updated.v1, projects.label.deleted.v1
   */
  subscribedEventTypes: Array<string>;
  enabled: boolean;
  /**
   * Why it is disabled (by an admin, or automatically after failing deliveries); null while enabled
   */
  disabledReason: string | null;
  /**
   * Until then, requests are also signed with the secret before the last rotation
   */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type EndpointList = {
  items: Array<EndpointView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type UpdateEndpointDto = {
  /**
   * Vetted as at creation
   */
  url?: string;
  /**
   * Replaces the list; at least one
   */
  eventTypes?: Array<
    | 'identity.member.joined.v1'
    | 'identity.member.left.v1'
    | 'identity.member.role-changed.v1'
    | 'projects.project.created.v1'
    | 'projects.project.updated.v1'
    | 'projects.project.archived.v1'
    | 'projects.project.unarchived.v1'
    | 'projects.project.deleted.v1'
    | 'projects.task.created.v1'
    | 'projects.task.updated.v1'
    | 'projects.task.assigned.v1'
    | 'projects.task.completed.v1'
    | 'projects.task.reopened.v1'
    | 'projects.task.moved.v1'
    | 'projects.task.deleted.v1'
    | 'projects.comment.created.v1'
    | 'projects.comment.edited.v1'
    | 'projects.comment.deleted.v1'
    | 'projects.label.created.v1'
    | 'projects.label.updated.v1'
    | 'projects.label.deleted.v1'
  >;
  /**
   * true clears disabledReason; false disables, with disabledReason if given
   */
  enabled?: boolean;
  /**
   * Why it is disabled: with enabled false, or for an endpoint already disabled (ignored while enabled)
   */
  disabledReason?: string;
};

export type RotatedSecret = {
  /**
   * The new signing secret. Shown this once: store it now.
   */
  secret: string;
  /**
   * The old secret keeps signing (a second signature) until then: 24 h
   */
  previousSecretExpiresAt: string;
};

/**
 * `pending`: an attempt is due or scheduled; `delivered`: a 2xx; `failed`: given up
 */
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export type DeliveryView = {
  id: string;
  /**
   * The event delivered; the same on every attempt and redelivery
   */
  eventId: string;
  eventType: string;
  /**
   * `pending`: an attempt is due or scheduled; `delivered`: a 2xx; `failed`: given up
   */
  status: WebhookDeliveryStatus;
  attempts: number;
  lastAttemptAt: string | null;
  /**
   * When the next attempt is due; null when none is
   */
  nextAttemptAt: string | null;
  /**
   * Of the last attempt
   */
  latencyMs: number | null;
  /**
   * The receiver's HTTP status on the last attempt
   */
  responseStatus: number | null;
  /**
   * The start of the receiver's answer (at most 2 KB)
   */
  responseBody: string | null;
  /**
   * Why the last attempt failed
   */
  lastError: string | null;
  createdAt: string;
};

export type DeliveryList = {
  items: Array<DeliveryView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type TestEventSent = {
  deliveryId: string;
  eventId: string;
};

export type RequestUploadDto = {
  /**
   * Sanitised before it is stored: the last path segment, without control, bidi and reserved characters or leading dots, never a Windows device name, at most 255 UTF-8 bytes. The attachment's `fileName` is the result.
   */
  fileName: string;
  /**
   * Any `type/subtype` (at most 255 characters, RFC 6838 characters), without parameters, case-insensitive. The upload URL is signed for this Content-Type (S3 refuses a PUT with another). The type the attachment keeps is the one the file's first bytes say when they say one, whatever was announced.
   */
  contentType: string;
  /**
   * The exact size in bytes. The upload URL is signed for this Content-Length: S3 refuses a PUT of another size. Over 20971520 bytes is 413.
   */
  size: number;
};

export type UploadTicket = {
  /**
   * The attachment, pending until completed
   */
  id: string;
  /**
   * Presigned PUT for the file itself, bound to the announced type and size
   */
  uploadUrl: string;
  /**
   * Send exactly these with the PUT: the URL's signature covers them
   */
  uploadHeaders: {
    [key: string]: string;
  };
  /**
   * The PUT must happen before this; then complete the upload
   */
  expiresAt: string;
};

export type AttachmentProcessingAccepted = {
  /**
   * Follow it at `/v1/jobs/{jobId}` (the Location header)
   */
  jobId: string;
  /**
   * The attachment being processed
   */
  attachmentId: string;
};

/**
 * As announced while pending; the type the bytes say once stored
 */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

/**
 * pending: waiting for the upload; processing: stored, variants being made; ready or failed
 */
export type AttachmentStatus = 'pending' | 'processing' | 'ready' | 'failed';

export type AttachmentFileView = {
  /**
   * Presigned GET, valid until the attachment's `urlsExpireAt`
   */
  url: string;
  /**
   * Pixels; null until the image has been processed
   */
  width: number | null;
  height: number | null;
  /**
   * Bytes
   */
  size: number;
};

export type AttachmentView = {
  id: string;
  taskId: string;
  /**
   * As sanitised from the name sent (at most 255 UTF-8 bytes)
   */
  fileName: string;
  /**
   * As announced while pending; the type the bytes say once stored
   */
  contentType: ImageType;
  /**
   * Bytes: as announced while pending, as stored from processing on
   */
  size: number;
  /**
   * pending: waiting for the upload; processing: stored, variants being made; ready or failed
   */
  status: AttachmentStatus;
  /**
   * Why processing failed; null unless failed
   */
  failureReason: string | null;
  /**
   * The processing job (`/v1/jobs/{jobId}`); null while pending
   */
  jobId: string | null;
  createdAt: string;
  /**
   * The file as uploaded, downloaded with `Content-Disposition: attachment` and its name; null until stored (pending). width and height only for a processed image.
   */
  original: AttachmentFileView | null;
  /**
   * A 256×256 WebP, cropped; null until ready, and for files that are no image
   */
  thumbnail: AttachmentFileView | null;
  /**
   * A WebP at most 1280 pixels wide, never enlarged; null until ready, and for files that are no image
   */
  preview: AttachmentFileView | null;
  /**
   * When the URLs above stop working; read the attachment again for fresh ones
   */
  urlsExpireAt: string;
};

export type AttachmentList = {
  items: Array<AttachmentView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type TaskFileView = {
  id: string;
  taskId: string;
  /**
   * As sanitised from the name sent (at most 255 UTF-8 bytes)
   */
  fileName: string;
  /**
   * As announced while pending; from processing on, what the first bytes say when they say one (a PDF announced as image/png is application/pdf). Downloads of types a browser could run (HTML, SVG, XML, JavaScript, anything unknown) are served as application/octet-stream, always as an attachment.
   */
  contentType: string;
  /**
   * Bytes: as announced while pending, as stored from processing on
   */
  size: number;
  /**
   * pending: waiting for the upload; processing: stored, variants being made; ready or failed
   */
  status: AttachmentStatus;
  /**
   * Why processing failed; null unless failed
   */
  failureReason: string | null;
  /**
   * The processing job (`/v1/jobs/{jobId}`); null while pending
   */
  jobId: string | null;
  createdAt: string;
  /**
   * The file as uploaded, downloaded with `Content-Disposition: attachment` and its name; null until stored (pending). width and height only for a processed image.
   */
  original: AttachmentFileView | null;
  /**
   * A 256×256 WebP, cropped; null until ready, and for files that are no image
   */
  thumbnail: AttachmentFileView | null;
  /**
   * A WebP at most 1280 pixels wide, never enlarged; null until ready, and for files that are no image
   */
  preview: AttachmentFileView | null;
  /**
   * When the URLs above stop working; read the attachment again for fresh ones
   */
  urlsExpireAt: string;
};

export type TaskFileList = {
  items: Array<TaskFileView>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type QueueName = 'system' | 'media' | 'reports' | 'email' | 'webhooks' | 'notifications';

export type JobStatus = {
  /**
   * `<queue>.<uuid>`
   */
  id: string;
  queue: QueueName;
  /**
   * What the job does
   */
  name: string;
  /**
   * BullMQ's state: waiting, delayed, prioritized, active, completed, failed, …; completed and failed are final
   */
  state: string;
  progress: number;
  /**
   * Attempts made so far
   */
  attempts: number;
  maxAttempts: number;
  /**
   * The job's return value, its shape per job (e.g. a download link); null until completed
   */
  result: {
    [key: string]: unknown;
  } | null;
  failedReason: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type DeadLetter = {
  id: string;
  queue: QueueName;
  name: string;
  failedReason: string | null;
  attemptsMade: number;
  finishedOn: string | null;
  /**
   * The payload: ids only (workspaceId, requestedBy, …), never blobs or secrets
   */
  data: {
    [key: string]: unknown;
  };
};

export type DeadLetterList = {
  items: Array<DeadLetter>;
  /**
   * Pass as `cursor` for the next page; null on the last page
   */
  nextCursor: string | null;
};

export type RedrivenJob = {
  id: string;
  queue: QueueName;
  /**
   * The same as the Location header
   */
  statusUrl: string;
};

export type FieldProblemSchema = {
  /**
   * Dotted path into the body or query.
   */
  field: string;
  message: string;
};

export type ProblemDetailsSchema = {
  /**
   * `urn:tenfold:problem:<code>` for problems of this API (codes listed per operation), `about:blank` for plain HTTP ones.
   */
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /**
   * Also in the X-Request-Id header; quote it to support.
   */
  requestId?: string;
  /**
   * For validation-failed.
   */
  errors?: Array<FieldProblemSchema>;
  /**
   * Quota problems: the limit reached.
   */
  limit?: number;
  /**
   * Quota problems: how much is in use.
   */
  current?: number;
  /**
   * Quota problems: as the Retry-After header.
   */
  retryAfterSeconds?: number;
  /**
   * fx-rate-unavailable: the currency asked.
   */
  currency?: string;
  /**
   * not-ready, to platform admins only: the state of each dependency check.
   */
  checks?: {
    [key: string]: unknown;
  };
};

export type RequestDigestDtoWritable = {
  [key: string]: unknown;
};

export type CheckLivenessData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/health/live';
};

export type CheckLivenessErrors = {
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CheckLivenessError = CheckLivenessErrors[keyof CheckLivenessErrors];

export type CheckLivenessResponses = {
  200: LivenessStatus;
};

export type CheckLivenessResponse = CheckLivenessResponses[keyof CheckLivenessResponses];

export type CheckReadinessData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/health/ready';
};

export type CheckReadinessErrors = {
  /**
   * Service Unavailable: `urn:tenfold:problem:not-ready`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CheckReadinessError = CheckReadinessErrors[keyof CheckReadinessErrors];

export type CheckReadinessResponses = {
  200: ReadinessStatus;
};

export type CheckReadinessResponse = CheckReadinessResponses[keyof CheckReadinessResponses];

export type RequestHeartbeatData = {
  body: RequestHeartbeatDto;
  path?: never;
  query?: never;
  url: '/v1/system/heartbeats';
};

export type RequestHeartbeatErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:admin-authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:platform-admin-required`
   */
  403: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-admin-credential-failures`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RequestHeartbeatError = RequestHeartbeatErrors[keyof RequestHeartbeatErrors];

export type RequestHeartbeatResponses = {
  /**
   * Queued; poll the Location for the result
   */
  202: HeartbeatRequested;
};

export type RequestHeartbeatResponse = RequestHeartbeatResponses[keyof RequestHeartbeatResponses];

export type GetHeartbeatData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * Long-poll up to this long for the job to finish (ms); 0 answers at once
     */
    waitMs?: number;
  };
  url: '/v1/system/heartbeats/{id}';
};

export type GetHeartbeatErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:admin-authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:platform-admin-required`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-admin-credential-failures`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetHeartbeatError = GetHeartbeatErrors[keyof GetHeartbeatErrors];

export type GetHeartbeatResponses = {
  /**
   * State, progress and result of the heartbeat job
   */
  200: HeartbeatStatus;
};

export type GetHeartbeatResponse = GetHeartbeatResponses[keyof GetHeartbeatResponses];

export type SignUpData = {
  body: SignUpDto;
  path?: never;
  query?: never;
  url: '/v1/auth/sign-up';
};

export type SignUpErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:password-too-weak`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type SignUpError = SignUpErrors[keyof SignUpErrors];

export type SignUpResponses = {
  /**
   * The same whether or not the address already had an account
   */
  202: MailRequestAccepted;
};

export type SignUpResponse = SignUpResponses[keyof SignUpResponses];

export type LogInData = {
  body: LogInDto;
  path?: never;
  query?: never;
  url: '/v1/auth/login';
};

export type LogInErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:invalid-credentials`
   */
  401: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-login-failures`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type LogInError = LogInErrors[keyof LogInErrors];

export type LogInResponses = {
  /**
   * Signed in
   */
  200: SignedIn;
};

export type LogInResponse = LogInResponses[keyof LogInResponses];

export type LogOutData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/v1/auth/logout';
};

export type LogOutErrors = {
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type LogOutError = LogOutErrors[keyof LogOutErrors];

export type LogOutResponses = {
  /**
   * The session token no longer works
   */
  204: void;
};

export type LogOutResponse = LogOutResponses[keyof LogOutResponses];

export type LogOutEverywhereData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/v1/auth/logout-everywhere';
};

export type LogOutEverywhereErrors = {
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type LogOutEverywhereError = LogOutEverywhereErrors[keyof LogOutEverywhereErrors];

export type LogOutEverywhereResponses = {
  /**
   * No session token of the user's works any more
   */
  204: void;
};

export type LogOutEverywhereResponse = LogOutEverywhereResponses[keyof LogOutEverywhereResponses];

export type ChangePasswordData = {
  body: ChangePasswordDto;
  path?: never;
  query?: never;
  url: '/v1/auth/password';
};

export type ChangePasswordErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:password-too-weak`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:current-password-wrong`
   */
  403: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-password-attempts`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ChangePasswordError = ChangePasswordErrors[keyof ChangePasswordErrors];

export type ChangePasswordResponses = {
  /**
   * Changed; the other sessions have ended
   */
  204: void;
};

export type ChangePasswordResponse = ChangePasswordResponses[keyof ChangePasswordResponses];

export type GetCurrentUserData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/v1/me';
};

export type GetCurrentUserErrors = {
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetCurrentUserError = GetCurrentUserErrors[keyof GetCurrentUserErrors];

export type GetCurrentUserResponses = {
  /**
   * The signed-in user
   */
  200: CurrentUserView;
};

export type GetCurrentUserResponse = GetCurrentUserResponses[keyof GetCurrentUserResponses];

export type VerifyEmailData = {
  body: VerifyEmailDto;
  path?: never;
  query?: never;
  url: '/v1/auth/verify-email';
};

export type VerifyEmailErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:verification-token-invalid`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type VerifyEmailError = VerifyEmailErrors[keyof VerifyEmailErrors];

export type VerifyEmailResponses = {
  /**
   * The address is verified
   */
  204: void;
};

export type VerifyEmailResponse = VerifyEmailResponses[keyof VerifyEmailResponses];

export type ResendVerificationEmailData = {
  body: AccountEmailDto;
  path?: never;
  query?: never;
  url: '/v1/auth/verify-email/resend';
};

export type ResendVerificationEmailErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-mail-requests`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ResendVerificationEmailError =
  ResendVerificationEmailErrors[keyof ResendVerificationEmailErrors];

export type ResendVerificationEmailResponses = {
  /**
   * The same whether or not a mail was sent
   */
  202: MailRequestAccepted;
};

export type ResendVerificationEmailResponse =
  ResendVerificationEmailResponses[keyof ResendVerificationEmailResponses];

export type RequestPasswordResetData = {
  body: AccountEmailDto;
  path?: never;
  query?: never;
  url: '/v1/auth/password-reset';
};

export type RequestPasswordResetErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-mail-requests`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RequestPasswordResetError =
  RequestPasswordResetErrors[keyof RequestPasswordResetErrors];

export type RequestPasswordResetResponses = {
  /**
   * The same whether or not a mail was sent
   */
  202: MailRequestAccepted;
};

export type RequestPasswordResetResponse =
  RequestPasswordResetResponses[keyof RequestPasswordResetResponses];

export type CompletePasswordResetData = {
  body: CompletePasswordResetDto;
  path?: never;
  query?: never;
  url: '/v1/auth/password-reset/complete';
};

export type CompletePasswordResetErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:password-reset-token-invalid`, `urn:tenfold:problem:password-too-weak`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CompletePasswordResetError =
  CompletePasswordResetErrors[keyof CompletePasswordResetErrors];

export type CompletePasswordResetResponses = {
  /**
   * The password is set; every session has ended
   */
  204: void;
};

export type CompletePasswordResetResponse =
  CompletePasswordResetResponses[keyof CompletePasswordResetResponses];

export type ListWorkspacesData = {
  body?: never;
  path?: never;
  query?: {
    /**
     * Items per page; the next page is in the `Link` header
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces';
};

export type ListWorkspacesErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWorkspacesError = ListWorkspacesErrors[keyof ListWorkspacesErrors];

export type ListWorkspacesResponses = {
  /**
   * Your workspaces: one page
   */
  200: Array<WorkspaceView>;
};

export type ListWorkspacesResponse = ListWorkspacesResponses[keyof ListWorkspacesResponses];

export type CreateWorkspaceData = {
  body: WorkspaceNameDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path?: never;
  query?: never;
  url: '/v1/workspaces';
};

export type CreateWorkspaceErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateWorkspaceError = CreateWorkspaceErrors[keyof CreateWorkspaceErrors];

export type CreateWorkspaceResponses = {
  /**
   * Created, with the owner role
   */
  201: WorkspaceView;
};

export type CreateWorkspaceResponse = CreateWorkspaceResponses[keyof CreateWorkspaceResponses];

export type RenameWorkspaceData = {
  body: WorkspaceNameDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}';
};

export type RenameWorkspaceErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RenameWorkspaceError = RenameWorkspaceErrors[keyof RenameWorkspaceErrors];

export type RenameWorkspaceResponses = {
  /**
   * Renamed
   */
  200: RenamedWorkspaceView;
};

export type RenameWorkspaceResponse = RenameWorkspaceResponses[keyof RenameWorkspaceResponses];

export type ListWorkspaceMembersData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page; the next page is in the `Link` header
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/members';
};

export type ListWorkspaceMembersErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWorkspaceMembersError =
  ListWorkspaceMembersErrors[keyof ListWorkspaceMembersErrors];

export type ListWorkspaceMembersResponses = {
  /**
   * The members: one page
   */
  200: Array<WorkspaceMemberView>;
};

export type ListWorkspaceMembersResponse =
  ListWorkspaceMembersResponses[keyof ListWorkspaceMembersResponses];

export type ChangeWorkspaceMemberRoleData = {
  body: MemberRoleDto;
  path: {
    workspaceId: string;
    userId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/members/{userId}/role';
};

export type ChangeWorkspaceMemberRoleErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:only-owners-manage-owners`, `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:member-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:last-owner-must-stay`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ChangeWorkspaceMemberRoleError =
  ChangeWorkspaceMemberRoleErrors[keyof ChangeWorkspaceMemberRoleErrors];

export type ChangeWorkspaceMemberRoleResponses = {
  /**
   * The member has the role
   */
  204: void;
};

export type ChangeWorkspaceMemberRoleResponse =
  ChangeWorkspaceMemberRoleResponses[keyof ChangeWorkspaceMemberRoleResponses];

export type RemoveWorkspaceMemberData = {
  body?: never;
  path: {
    workspaceId: string;
    userId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/members/{userId}';
};

export type RemoveWorkspaceMemberErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:only-owners-manage-owners`, `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:member-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:last-owner-must-stay`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RemoveWorkspaceMemberError =
  RemoveWorkspaceMemberErrors[keyof RemoveWorkspaceMemberErrors];

export type RemoveWorkspaceMemberResponses = {
  /**
   * Removed
   */
  204: void;
};

export type RemoveWorkspaceMemberResponse =
  RemoveWorkspaceMemberResponses[keyof RemoveWorkspaceMemberResponses];

export type LeaveWorkspaceData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/leave';
};

export type LeaveWorkspaceErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:member-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:last-owner-must-stay`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type LeaveWorkspaceError = LeaveWorkspaceErrors[keyof LeaveWorkspaceErrors];

export type LeaveWorkspaceResponses = {
  /**
   * You are no longer a member
   */
  204: void;
};

export type LeaveWorkspaceResponse = LeaveWorkspaceResponses[keyof LeaveWorkspaceResponses];

export type ListWorkspaceInvitationsData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page; the next page is in the `Link` header
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/invitations';
};

export type ListWorkspaceInvitationsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWorkspaceInvitationsError =
  ListWorkspaceInvitationsErrors[keyof ListWorkspaceInvitationsErrors];

export type ListWorkspaceInvitationsResponses = {
  /**
   * The pending invitations: one page
   */
  200: Array<InvitationView>;
};

export type ListWorkspaceInvitationsResponse =
  ListWorkspaceInvitationsResponses[keyof ListWorkspaceInvitationsResponses];

export type InviteWorkspaceMemberData = {
  body: InviteMemberDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/invitations';
};

export type InviteWorkspaceMemberErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:already-member`, `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type InviteWorkspaceMemberError =
  InviteWorkspaceMemberErrors[keyof InviteWorkspaceMemberErrors];

export type InviteWorkspaceMemberResponses = {
  /**
   * Invited; the mail is on its way
   */
  201: InvitationView;
};

export type InviteWorkspaceMemberResponse =
  InviteWorkspaceMemberResponses[keyof InviteWorkspaceMemberResponses];

export type RevokeInvitationData = {
  body?: never;
  path: {
    workspaceId: string;
    invitationId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/invitations/{invitationId}';
};

export type RevokeInvitationErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:invitation-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RevokeInvitationError = RevokeInvitationErrors[keyof RevokeInvitationErrors];

export type RevokeInvitationResponses = {
  /**
   * Revoked
   */
  204: void;
};

export type RevokeInvitationResponse = RevokeInvitationResponses[keyof RevokeInvitationResponses];

export type AcceptInvitationData = {
  body: AcceptInvitationDto;
  path?: never;
  query?: never;
  url: '/v1/invitations/accept';
};

export type AcceptInvitationErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:email-not-verified`, `urn:tenfold:problem:invitation-for-another-email`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:invitation-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:already-member`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type AcceptInvitationError = AcceptInvitationErrors[keyof AcceptInvitationErrors];

export type AcceptInvitationResponses = {
  /**
   * Joined; the workspace with your role
   */
  200: WorkspaceView;
};

export type AcceptInvitationResponse = AcceptInvitationResponses[keyof AcceptInvitationResponses];

export type GetWorkspaceActivityData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * UTC days covered, today included
     */
    days?: number;
  };
  url: '/v1/workspaces/{workspaceId}/analytics/activity';
};

export type GetWorkspaceActivityErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetWorkspaceActivityError =
  GetWorkspaceActivityErrors[keyof GetWorkspaceActivityErrors];

export type GetWorkspaceActivityResponses = {
  200: ActivityReport;
};

export type GetWorkspaceActivityResponse =
  GetWorkspaceActivityResponses[keyof GetWorkspaceActivityResponses];

export type GetTaskReportData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * UTC days covered, today included
     */
    days?: number;
  };
  url: '/v1/workspaces/{workspaceId}/analytics/reports';
};

export type GetTaskReportErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetTaskReportError = GetTaskReportErrors[keyof GetTaskReportErrors];

export type GetTaskReportResponses = {
  200: TaskReport;
};

export type GetTaskReportResponse = GetTaskReportResponses[keyof GetTaskReportResponses];

export type RequestReportExportData = {
  body: RequestExportDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/analytics/exports';
};

export type RequestReportExportErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:exports-in-flight-limit`, `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RequestReportExportError = RequestReportExportErrors[keyof RequestReportExportErrors];

export type RequestReportExportResponses = {
  /**
   * Queued; follow the job at Location
   */
  202: ExportRequested;
};

export type RequestReportExportResponse =
  RequestReportExportResponses[keyof RequestReportExportResponses];

export type GetReportExportData = {
  body?: never;
  path: {
    workspaceId: string;
    exportId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/analytics/exports/{exportId}';
};

export type GetReportExportErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:export-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetReportExportError = GetReportExportErrors[keyof GetReportExportErrors];

export type GetReportExportResponses = {
  /**
   * State of the export, with a fresh download link once ready
   */
  200: ExportView;
};

export type GetReportExportResponse = GetReportExportResponses[keyof GetReportExportResponses];

export type ListActivityLogData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
    /**
     * Only what this user did
     */
    actorId?: string;
    /**
     * Only entries about this project, its tasks and their comments and attachments
     */
    projectId?: string;
    /**
     * Only entries about this task, its comments and attachments
     */
    taskId?: string;
    /**
     * Only entries that occurred before this instant (ISO-8601 with Z or an offset)
     */
    before?: string;
    /**
     * Only entries that occurred at or after this instant (ISO-8601 with Z or an offset)
     */
    after?: string;
  };
  url: '/v1/workspaces/{workspaceId}/analytics/activity-log';
};

export type ListActivityLogErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListActivityLogError = ListActivityLogErrors[keyof ListActivityLogErrors];

export type ListActivityLogResponses = {
  200: ActivityLogPage;
};

export type ListActivityLogResponse = ListActivityLogResponses[keyof ListActivityLogResponses];

export type ListProjectsData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
    /**
     * Also list archived projects: `true` or `false`
     */
    includeArchived?: boolean;
  };
  url: '/v1/workspaces/{workspaceId}/projects';
};

export type ListProjectsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListProjectsError = ListProjectsErrors[keyof ListProjectsErrors];

export type ListProjectsResponses = {
  /**
   * One page of projects
   */
  200: ProjectList;
};

export type ListProjectsResponse = ListProjectsResponses[keyof ListProjectsResponses];

export type CreateProjectData = {
  body: CreateProjectDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects';
};

export type CreateProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateProjectError = CreateProjectErrors[keyof CreateProjectErrors];

export type CreateProjectResponses = {
  /**
   * The new project
   */
  201: ProjectView;
};

export type CreateProjectResponse = CreateProjectResponses[keyof CreateProjectResponses];

export type DeleteProjectData = {
  body?: never;
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}';
};

export type DeleteProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-not-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteProjectError = DeleteProjectErrors[keyof DeleteProjectErrors];

export type DeleteProjectResponses = {
  /**
   * The project and its tasks are deleted
   */
  204: void;
};

export type DeleteProjectResponse = DeleteProjectResponses[keyof DeleteProjectResponses];

export type GetProjectData = {
  body?: never;
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}';
};

export type GetProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetProjectError = GetProjectErrors[keyof GetProjectErrors];

export type GetProjectResponses = {
  /**
   * The project
   */
  200: ProjectView;
};

export type GetProjectResponse = GetProjectResponses[keyof GetProjectResponses];

export type UpdateProjectData = {
  body: UpdateProjectDto;
  headers?: {
    /**
     * The `ETag` of the version the change is based on (or `*`). When the resource has changed since, nothing is written and the answer is 412 `precondition-failed`. Optional, and recommended whenever two people may edit the same resource.
     */
    'If-Match'?: string;
  };
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}';
};

export type UpdateProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Precondition Failed: `urn:tenfold:problem:precondition-failed`
   */
  412: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UpdateProjectError = UpdateProjectErrors[keyof UpdateProjectErrors];

export type UpdateProjectResponses = {
  /**
   * The project
   */
  200: ProjectView;
};

export type UpdateProjectResponse = UpdateProjectResponses[keyof UpdateProjectResponses];

export type ArchiveProjectData = {
  body?: never;
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}/archive';
};

export type ArchiveProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ArchiveProjectError = ArchiveProjectErrors[keyof ArchiveProjectErrors];

export type ArchiveProjectResponses = {
  /**
   * The project
   */
  200: ProjectView;
};

export type ArchiveProjectResponse = ArchiveProjectResponses[keyof ArchiveProjectResponses];

export type UnarchiveProjectData = {
  body?: never;
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}/unarchive';
};

export type UnarchiveProjectErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UnarchiveProjectError = UnarchiveProjectErrors[keyof UnarchiveProjectErrors];

export type UnarchiveProjectResponses = {
  /**
   * The project
   */
  200: ProjectView;
};

export type UnarchiveProjectResponse = UnarchiveProjectResponses[keyof UnarchiveProjectResponses];

export type ListTasksData = {
  body?: never;
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: {
    /**
     * Only tasks in this status
     */
    status?: TaskStatus;
    /**
     * Only tasks assigned to this user
     */
    assigneeId?: string;
    /**
     * Tasks per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}/tasks';
};

export type ListTasksErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListTasksError = ListTasksErrors[keyof ListTasksErrors];

export type ListTasksResponses = {
  /**
   * One page of tasks
   */
  200: TaskPage;
};

export type ListTasksResponse = ListTasksResponses[keyof ListTasksResponses];

export type CreateTaskData = {
  body: CreateTaskDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
    projectId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/projects/{projectId}/tasks';
};

export type CreateTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:assignee-not-a-member`, `urn:tenfold:problem:unknown-label`, `urn:tenfold:problem:due-time-zone-required`, `urn:tenfold:problem:due-time-zone-without-due-at`, `urn:tenfold:problem:start-after-due`, `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`, `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateTaskError = CreateTaskErrors[keyof CreateTaskErrors];

export type CreateTaskResponses = {
  /**
   * The new task, open
   */
  201: TaskView;
};

export type CreateTaskResponse = CreateTaskResponses[keyof CreateTaskResponses];

export type DeleteTaskData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}';
};

export type DeleteTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteTaskError = DeleteTaskErrors[keyof DeleteTaskErrors];

export type DeleteTaskResponses = {
  /**
   * The task is deleted
   */
  204: void;
};

export type DeleteTaskResponse = DeleteTaskResponses[keyof DeleteTaskResponses];

export type GetTaskData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}';
};

export type GetTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetTaskError = GetTaskErrors[keyof GetTaskErrors];

export type GetTaskResponses = {
  /**
   * The task
   */
  200: TaskView;
};

export type GetTaskResponse = GetTaskResponses[keyof GetTaskResponses];

export type UpdateTaskData = {
  body: UpdateTaskDto;
  headers?: {
    /**
     * The `ETag` of the version the change is based on (or `*`). When the resource has changed since, nothing is written and the answer is 412 `precondition-failed`. Optional, and recommended whenever two people may edit the same resource.
     */
    'If-Match'?: string;
  };
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}';
};

export type UpdateTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:unknown-label`, `urn:tenfold:problem:due-time-zone-required`, `urn:tenfold:problem:due-time-zone-without-due-at`, `urn:tenfold:problem:start-after-due`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Precondition Failed: `urn:tenfold:problem:precondition-failed`
   */
  412: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UpdateTaskError = UpdateTaskErrors[keyof UpdateTaskErrors];

export type UpdateTaskResponses = {
  /**
   * The task
   */
  200: TaskView;
};

export type UpdateTaskResponse = UpdateTaskResponses[keyof UpdateTaskResponses];

export type AssignTaskData = {
  body: AssignTaskDto;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/assignee';
};

export type AssignTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:assignee-not-a-member`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type AssignTaskError = AssignTaskErrors[keyof AssignTaskErrors];

export type AssignTaskResponses = {
  /**
   * The task
   */
  200: TaskView;
};

export type AssignTaskResponse = AssignTaskResponses[keyof AssignTaskResponses];

export type CompleteTaskData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/complete';
};

export type CompleteTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CompleteTaskError = CompleteTaskErrors[keyof CompleteTaskErrors];

export type CompleteTaskResponses = {
  /**
   * The task
   */
  200: TaskView;
};

export type CompleteTaskResponse = CompleteTaskResponses[keyof CompleteTaskResponses];

export type ReopenTaskData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/reopen';
};

export type ReopenTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ReopenTaskError = ReopenTaskErrors[keyof ReopenTaskErrors];

export type ReopenTaskResponses = {
  /**
   * The task
   */
  200: TaskView;
};

export type ReopenTaskResponse = ReopenTaskResponses[keyof ReopenTaskResponses];

export type MoveTaskData = {
  body: MoveTaskDto;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/move';
};

export type MoveTaskErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:project-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type MoveTaskError = MoveTaskErrors[keyof MoveTaskErrors];

export type MoveTaskResponses = {
  /**
   * The task, in its new project
   */
  200: TaskView;
};

export type MoveTaskResponse = MoveTaskResponses[keyof MoveTaskResponses];

export type ListLabelsData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/labels';
};

export type ListLabelsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListLabelsError = ListLabelsErrors[keyof ListLabelsErrors];

export type ListLabelsResponses = {
  /**
   * One page of labels
   */
  200: LabelPage;
};

export type ListLabelsResponse = ListLabelsResponses[keyof ListLabelsResponses];

export type CreateLabelData = {
  body: CreateLabelDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/labels';
};

export type CreateLabelErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:label-name-taken`, `urn:tenfold:problem:labels-limit`, `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateLabelError = CreateLabelErrors[keyof CreateLabelErrors];

export type CreateLabelResponses = {
  /**
   * The new label
   */
  201: LabelView;
};

export type CreateLabelResponse = CreateLabelResponses[keyof CreateLabelResponses];

export type DeleteLabelData = {
  body?: never;
  path: {
    workspaceId: string;
    labelId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/labels/{labelId}';
};

export type DeleteLabelErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:label-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteLabelError = DeleteLabelErrors[keyof DeleteLabelErrors];

export type DeleteLabelResponses = {
  /**
   * The label is deleted
   */
  204: void;
};

export type DeleteLabelResponse = DeleteLabelResponses[keyof DeleteLabelResponses];

export type GetLabelData = {
  body?: never;
  path: {
    workspaceId: string;
    labelId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/labels/{labelId}';
};

export type GetLabelErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:label-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetLabelError = GetLabelErrors[keyof GetLabelErrors];

export type GetLabelResponses = {
  /**
   * The label
   */
  200: LabelView;
};

export type GetLabelResponse = GetLabelResponses[keyof GetLabelResponses];

export type UpdateLabelData = {
  body: UpdateLabelDto;
  path: {
    workspaceId: string;
    labelId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/labels/{labelId}';
};

export type UpdateLabelErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:label-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:label-name-taken`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UpdateLabelError = UpdateLabelErrors[keyof UpdateLabelErrors];

export type UpdateLabelResponses = {
  /**
   * The label
   */
  200: LabelView;
};

export type UpdateLabelResponse = UpdateLabelResponses[keyof UpdateLabelResponses];

export type ListCommentsData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments';
};

export type ListCommentsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListCommentsError = ListCommentsErrors[keyof ListCommentsErrors];

export type ListCommentsResponses = {
  /**
   * One page of comments
   */
  200: CommentPage;
};

export type ListCommentsResponse = ListCommentsResponses[keyof ListCommentsResponses];

export type CreateCommentData = {
  body: CommentBodyDto;
  headers?: {
    /**
     * Up to 255 characters, unique per intended operation. Retrying with the same key and body within 24 h replays the first answer (marked Idempotent-Replayed: true).
     */
    'Idempotency-Key'?: string;
  };
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments';
};

export type CreateCommentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:too-many-mentions`, `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`, `urn:tenfold:problem:idempotency-request-in-progress`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:idempotency-key-reused`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateCommentError = CreateCommentErrors[keyof CreateCommentErrors];

export type CreateCommentResponses = {
  /**
   * The new comment
   */
  201: CommentView;
};

export type CreateCommentResponse = CreateCommentResponses[keyof CreateCommentResponses];

export type DeleteCommentData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    commentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}';
};

export type DeleteCommentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:not-comment-author`, `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:comment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteCommentError = DeleteCommentErrors[keyof DeleteCommentErrors];

export type DeleteCommentResponses = {
  /**
   * The comment is deleted
   */
  204: void;
};

export type DeleteCommentResponse = DeleteCommentResponses[keyof DeleteCommentResponses];

export type GetCommentData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    commentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}';
};

export type GetCommentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:comment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetCommentError = GetCommentErrors[keyof GetCommentErrors];

export type GetCommentResponses = {
  /**
   * The comment
   */
  200: CommentView;
};

export type GetCommentResponse = GetCommentResponses[keyof GetCommentResponses];

export type EditCommentData = {
  body: CommentBodyDto;
  path: {
    workspaceId: string;
    taskId: string;
    commentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}';
};

export type EditCommentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:too-many-mentions`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:not-comment-author`, `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:comment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:project-archived`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type EditCommentError = EditCommentErrors[keyof EditCommentErrors];

export type EditCommentResponses = {
  /**
   * The comment
   */
  200: CommentView;
};

export type EditCommentResponse = EditCommentResponses[keyof EditCommentResponses];

export type ListWorkspaceTasksData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
    /**
     * Only tasks assigned to this user (a uuid), or to the caller (`me`)
     */
    assigneeId?: string;
    /**
     * Only tasks nobody is assigned to; not together with `assigneeId`
     */
    unassigned?: 'true';
    status?: TaskStatus;
    /**
     * Only this project's tasks; another workspace's project id matches no task (an empty page)
     */
    projectId?: string;
    /**
     * Only tasks carrying this label
     */
    labelId?: string;
    /**
     * Only tasks due strictly before this instant (with an offset or `Z`)
     */
    dueBefore?: string;
    /**
     * Only tasks due at or after this instant (with an offset or `Z`)
     */
    dueAfter?: string;
    /**
     * Only open tasks whose due instant has passed
     */
    overdue?: 'true';
    priority?: TaskPriority;
    /**
     * Also tasks of archived projects: `true` or `false`
     */
    includeArchived?: boolean;
    /**
     * Full-text search in titles, descriptions and comments, web-search syntax (`"exact phrase"`, `or`, `-word`); words match whole, in any language (no stemming)
     */
    q?: string;
    /**
     * Sort key, ascending; `-` in front: descending. Tasks without a due date come last in either direction; ties are broken by task id. Default: `rank` (best match first) with `q`, else `due`. `rank` needs `q`.
     */
    sort?:
      | 'due'
      | '-due'
      | 'priority'
      | '-priority'
      | 'updated'
      | '-updated'
      | 'created'
      | '-created'
      | 'rank';
  };
  url: '/v1/workspaces/{workspaceId}/tasks';
};

export type ListWorkspaceTasksErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWorkspaceTasksError = ListWorkspaceTasksErrors[keyof ListWorkspaceTasksErrors];

export type ListWorkspaceTasksResponses = {
  /**
   * One page of tasks
   */
  200: WorkspaceTaskPage;
};

export type ListWorkspaceTasksResponse =
  ListWorkspaceTasksResponses[keyof ListWorkspaceTasksResponses];

export type GetPlanQuoteData = {
  body?: never;
  path?: never;
  query: {
    plan: PlanId;
    /**
     * ISO 4217 code in use
     */
    currency: string;
  };
  url: '/v1/billing/quote';
};

export type GetPlanQuoteErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:currency-not-offered`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:fx-rate-unavailable`, `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetPlanQuoteError = GetPlanQuoteErrors[keyof GetPlanQuoteErrors];

export type GetPlanQuoteResponses = {
  200: Quote;
};

export type GetPlanQuoteResponse = GetPlanQuoteResponses[keyof GetPlanQuoteResponses];

export type DisconnectSlackData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type DisconnectSlackErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DisconnectSlackError = DisconnectSlackErrors[keyof DisconnectSlackErrors];

export type DisconnectSlackResponses = {
  /**
   * Disconnected (or was not connected)
   */
  204: void;
};

export type DisconnectSlackResponse = DisconnectSlackResponses[keyof DisconnectSlackResponses];

export type GetSlackConnectionData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type GetSlackConnectionErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetSlackConnectionError = GetSlackConnectionErrors[keyof GetSlackConnectionErrors];

export type GetSlackConnectionResponses = {
  200: SlackConnectionView;
};

export type GetSlackConnectionResponse =
  GetSlackConnectionResponses[keyof GetSlackConnectionResponses];

export type ConnectSlackData = {
  body: ConnectSlackDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type ConnectSlackErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-slack-webhook-url`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ConnectSlackError = ConnectSlackErrors[keyof ConnectSlackErrors];

export type ConnectSlackResponses = {
  200: SlackConnectionView;
};

export type ConnectSlackResponse = ConnectSlackResponses[keyof ConnectSlackResponses];

export type RequestDigestData = {
  /**
   * No options (yet): omit it
   */
  body?: RequestDigestDtoWritable;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/digests';
};

export type RequestDigestErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:digests-per-day-limit`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RequestDigestError = RequestDigestErrors[keyof RequestDigestErrors];

export type RequestDigestResponses = {
  /**
   * Queued; follow the job at Location
   */
  202: DigestRequestAccepted;
};

export type RequestDigestResponse = RequestDigestResponses[keyof RequestDigestResponses];

export type SetDigestSubscriptionData = {
  body: SetDigestSubscriptionDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/digests/subscription';
};

export type SetDigestSubscriptionErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type SetDigestSubscriptionError =
  SetDigestSubscriptionErrors[keyof SetDigestSubscriptionErrors];

export type SetDigestSubscriptionResponses = {
  200: DigestSubscription;
};

export type SetDigestSubscriptionResponse =
  SetDigestSubscriptionResponses[keyof SetDigestSubscriptionResponses];

export type ListMyNotificationsData = {
  body?: never;
  path?: never;
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
    /**
     * `true`: unread ones only (a list of its own: its cursors do not fit the full list)
     */
    unread?: 'true' | 'false';
  };
  url: '/v1/me/notifications';
};

export type ListMyNotificationsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListMyNotificationsError = ListMyNotificationsErrors[keyof ListMyNotificationsErrors];

export type ListMyNotificationsResponses = {
  /**
   * One page
   */
  200: NotificationPage;
};

export type ListMyNotificationsResponse =
  ListMyNotificationsResponses[keyof ListMyNotificationsResponses];

export type CountMyUnreadNotificationsData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/v1/me/notifications/unread-count';
};

export type CountMyUnreadNotificationsErrors = {
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CountMyUnreadNotificationsError =
  CountMyUnreadNotificationsErrors[keyof CountMyUnreadNotificationsErrors];

export type CountMyUnreadNotificationsResponses = {
  /**
   * The count
   */
  200: UnreadCount;
};

export type CountMyUnreadNotificationsResponse =
  CountMyUnreadNotificationsResponses[keyof CountMyUnreadNotificationsResponses];

export type MarkAllMyNotificationsReadData = {
  body?: never;
  path?: never;
  query?: {
    /**
     * Only this workspace's notifications (one of yours; another is 404)
     */
    workspaceId?: string;
  };
  url: '/v1/me/notifications/read-all';
};

export type MarkAllMyNotificationsReadErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type MarkAllMyNotificationsReadError =
  MarkAllMyNotificationsReadErrors[keyof MarkAllMyNotificationsReadErrors];

export type MarkAllMyNotificationsReadResponses = {
  /**
   * How many were marked
   */
  200: MarkedRead;
};

export type MarkAllMyNotificationsReadResponse =
  MarkAllMyNotificationsReadResponses[keyof MarkAllMyNotificationsReadResponses];

export type MarkMyNotificationReadData = {
  body?: never;
  path: {
    id: string;
  };
  query?: never;
  url: '/v1/me/notifications/{id}/read';
};

export type MarkMyNotificationReadErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:notification-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type MarkMyNotificationReadError =
  MarkMyNotificationReadErrors[keyof MarkMyNotificationReadErrors];

export type MarkMyNotificationReadResponses = {
  /**
   * Read
   */
  204: void;
};

export type MarkMyNotificationReadResponse =
  MarkMyNotificationReadResponses[keyof MarkMyNotificationReadResponses];

export type StreamMyNotificationsData = {
  body?: never;
  headers?: {
    /**
     * The `id` of the last event received: resume after it
     */
    'Last-Event-ID'?: string;
  };
  path?: never;
  query?: never;
  url: '/v1/me/notifications/stream';
};

export type StreamMyNotificationsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-last-event-id`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-notification-streams`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type StreamMyNotificationsError =
  StreamMyNotificationsErrors[keyof StreamMyNotificationsErrors];

export type StreamMyNotificationsResponses = {
  /**
   * Server-Sent Events: `notification` (id: the notification id; data: as listMyNotifications lists it) per notification; a comment line per NOTIFICATION_STREAM_HEARTBEAT_MS; `session-ended` after a logout, `reconnect` when the instance shuts down, `replay-truncated` (see above), each followed by the end of the stream
   */
  200: string;
};

export type StreamMyNotificationsResponse =
  StreamMyNotificationsResponses[keyof StreamMyNotificationsResponses];

export type GetMyNotificationPreferencesData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/v1/me/notification-preferences';
};

export type GetMyNotificationPreferencesErrors = {
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetMyNotificationPreferencesError =
  GetMyNotificationPreferencesErrors[keyof GetMyNotificationPreferencesErrors];

export type GetMyNotificationPreferencesResponses = {
  /**
   * Every kind
   */
  200: NotificationPreferencesView;
};

export type GetMyNotificationPreferencesResponse =
  GetMyNotificationPreferencesResponses[keyof GetMyNotificationPreferencesResponses];

export type SetMyNotificationPreferencesData = {
  body: SetNotificationPreferencesDto;
  path?: never;
  query?: never;
  url: '/v1/me/notification-preferences';
};

export type SetMyNotificationPreferencesErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type SetMyNotificationPreferencesError =
  SetMyNotificationPreferencesErrors[keyof SetMyNotificationPreferencesErrors];

export type SetMyNotificationPreferencesResponses = {
  /**
   * Every kind, after the change
   */
  200: NotificationPreferencesView;
};

export type SetMyNotificationPreferencesResponse =
  SetMyNotificationPreferencesResponses[keyof SetMyNotificationPreferencesResponses];

export type GetOnboardingData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/onboarding';
};

export type GetOnboardingErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetOnboardingError = GetOnboardingErrors[keyof GetOnboardingErrors];

export type GetOnboardingResponses = {
  /**
   * The caller's checklist
   */
  200: OnboardingChecklistView;
};

export type GetOnboardingResponse = GetOnboardingResponses[keyof GetOnboardingResponses];

export type UpdateOnboardingData = {
  body: UpdateOnboardingDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/onboarding';
};

export type UpdateOnboardingErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:unknown-onboarding-step`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UpdateOnboardingError = UpdateOnboardingErrors[keyof UpdateOnboardingErrors];

export type UpdateOnboardingResponses = {
  /**
   * The checklist after the change
   */
  200: OnboardingChecklistView;
};

export type UpdateOnboardingResponse = UpdateOnboardingResponses[keyof UpdateOnboardingResponses];

export type ListWebhookEndpointsData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints';
};

export type ListWebhookEndpointsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWebhookEndpointsError =
  ListWebhookEndpointsErrors[keyof ListWebhookEndpointsErrors];

export type ListWebhookEndpointsResponses = {
  200: EndpointList;
};

export type ListWebhookEndpointsResponse =
  ListWebhookEndpointsResponses[keyof ListWebhookEndpointsResponses];

export type CreateWebhookEndpointData = {
  body: CreateEndpointDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints';
};

export type CreateWebhookEndpointErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:webhook-url-refused`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:webhook-endpoints-limit`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CreateWebhookEndpointError =
  CreateWebhookEndpointErrors[keyof CreateWebhookEndpointErrors];

export type CreateWebhookEndpointResponses = {
  201: CreatedEndpoint;
};

export type CreateWebhookEndpointResponse =
  CreateWebhookEndpointResponses[keyof CreateWebhookEndpointResponses];

export type DeleteWebhookEndpointData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type DeleteWebhookEndpointErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteWebhookEndpointError =
  DeleteWebhookEndpointErrors[keyof DeleteWebhookEndpointErrors];

export type DeleteWebhookEndpointResponses = {
  /**
   * Deleted, with its delivery log
   */
  204: void;
};

export type DeleteWebhookEndpointResponse =
  DeleteWebhookEndpointResponses[keyof DeleteWebhookEndpointResponses];

export type GetWebhookEndpointData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type GetWebhookEndpointErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetWebhookEndpointError = GetWebhookEndpointErrors[keyof GetWebhookEndpointErrors];

export type GetWebhookEndpointResponses = {
  200: EndpointView;
};

export type GetWebhookEndpointResponse =
  GetWebhookEndpointResponses[keyof GetWebhookEndpointResponses];

export type UpdateWebhookEndpointData = {
  body: UpdateEndpointDto;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type UpdateWebhookEndpointErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:webhook-url-refused`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UpdateWebhookEndpointError =
  UpdateWebhookEndpointErrors[keyof UpdateWebhookEndpointErrors];

export type UpdateWebhookEndpointResponses = {
  200: EndpointView;
};

export type UpdateWebhookEndpointResponse =
  UpdateWebhookEndpointResponses[keyof UpdateWebhookEndpointResponses];

export type RotateWebhookEndpointSecretData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/rotate-secret';
};

export type RotateWebhookEndpointSecretErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RotateWebhookEndpointSecretError =
  RotateWebhookEndpointSecretErrors[keyof RotateWebhookEndpointSecretErrors];

export type RotateWebhookEndpointSecretResponses = {
  200: RotatedSecret;
};

export type RotateWebhookEndpointSecretResponse =
  RotateWebhookEndpointSecretResponses[keyof RotateWebhookEndpointSecretResponses];

export type ListWebhookDeliveriesData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries';
};

export type ListWebhookDeliveriesErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListWebhookDeliveriesError =
  ListWebhookDeliveriesErrors[keyof ListWebhookDeliveriesErrors];

export type ListWebhookDeliveriesResponses = {
  200: DeliveryList;
};

export type ListWebhookDeliveriesResponse =
  ListWebhookDeliveriesResponses[keyof ListWebhookDeliveriesResponses];

export type RedeliverWebhookDeliveryData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
    deliveryId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/redeliver';
};

export type RedeliverWebhookDeliveryErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:webhook-delivery-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RedeliverWebhookDeliveryError =
  RedeliverWebhookDeliveryErrors[keyof RedeliverWebhookDeliveryErrors];

export type RedeliverWebhookDeliveryResponses = {
  /**
   * Pending again; the worker sends it
   */
  202: DeliveryView;
};

export type RedeliverWebhookDeliveryResponse =
  RedeliverWebhookDeliveryResponses[keyof RedeliverWebhookDeliveryResponses];

export type SendWebhookTestEventData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/test';
};

export type SendWebhookTestEventErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:webhook-endpoint-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type SendWebhookTestEventError =
  SendWebhookTestEventErrors[keyof SendWebhookTestEventErrors];

export type SendWebhookTestEventResponses = {
  /**
   * Queued; the worker sends it
   */
  202: TestEventSent;
};

export type SendWebhookTestEventResponse =
  SendWebhookTestEventResponses[keyof SendWebhookTestEventResponses];

export type ListAttachmentsData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments';
};

export type ListAttachmentsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListAttachmentsError = ListAttachmentsErrors[keyof ListAttachmentsErrors];

export type ListAttachmentsResponses = {
  /**
   * A page of attachments
   */
  200: AttachmentList;
};

export type ListAttachmentsResponse = ListAttachmentsResponses[keyof ListAttachmentsResponses];

export type RequestAttachmentUploadData = {
  body: RequestUploadDto;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments';
};

export type RequestAttachmentUploadErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Payload Too Large: `urn:tenfold:problem:image-too-large`
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:dependency-unavailable`, `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RequestAttachmentUploadError =
  RequestAttachmentUploadErrors[keyof RequestAttachmentUploadErrors];

export type RequestAttachmentUploadResponses = {
  /**
   * The attachment, pending, and where to upload its file
   */
  201: UploadTicket;
};

export type RequestAttachmentUploadResponse =
  RequestAttachmentUploadResponses[keyof RequestAttachmentUploadResponses];

export type CompleteAttachmentUploadData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    attachmentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}/complete';
};

export type CompleteAttachmentUploadErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:attachment-not-found`, `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:upload-missing`, `urn:tenfold:problem:upload-url-expired`
   */
  409: ProblemDetailsSchema;
  /**
   * Payload Too Large: `urn:tenfold:problem:image-too-large`
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type: `urn:tenfold:problem:unsupported-image-type`
   */
  415: ProblemDetailsSchema;
  /**
   * Unprocessable Entity: `urn:tenfold:problem:upload-does-not-match`
   */
  422: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:dependency-unavailable`, `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type CompleteAttachmentUploadError =
  CompleteAttachmentUploadErrors[keyof CompleteAttachmentUploadErrors];

export type CompleteAttachmentUploadResponses = {
  /**
   * Processing started
   */
  202: AttachmentProcessingAccepted;
};

export type CompleteAttachmentUploadResponse =
  CompleteAttachmentUploadResponses[keyof CompleteAttachmentUploadResponses];

export type UploadAttachmentData = {
  /**
   * A file of at least 1 and at most 20971520 bytes, of any type.
   */
  body: Blob | File;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query: {
    /**
     * Sanitised before it is stored: the last path segment, without control, bidi and reserved characters or leading dots, never a Windows device name, at most 255 UTF-8 bytes. The attachment's `fileName` is the result.
     */
    fileName: string;
  };
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/upload';
};

export type UploadAttachmentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:empty-file`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:task-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Length Required: `urn:tenfold:problem:length-required`
   */
  411: ProblemDetailsSchema;
  /**
   * Payload Too Large: `urn:tenfold:problem:image-too-large`
   */
  413: ProblemDetailsSchema;
  /**
   * Unsupported Media Type: `urn:tenfold:problem:unsupported-image-type`
   */
  415: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:dependency-unavailable`, `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type UploadAttachmentError = UploadAttachmentErrors[keyof UploadAttachmentErrors];

export type UploadAttachmentResponses = {
  /**
   * Stored; processing started
   */
  202: AttachmentProcessingAccepted;
};

export type UploadAttachmentResponse = UploadAttachmentResponses[keyof UploadAttachmentResponses];

export type DeleteAttachmentData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    attachmentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}';
};

export type DeleteAttachmentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:attachment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:dependency-unavailable`, `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type DeleteAttachmentError = DeleteAttachmentErrors[keyof DeleteAttachmentErrors];

export type DeleteAttachmentResponses = {
  /**
   * The attachment and its files are deleted
   */
  204: void;
};

export type DeleteAttachmentResponse = DeleteAttachmentResponses[keyof DeleteAttachmentResponses];

export type GetAttachmentData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    attachmentId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}';
};

export type GetAttachmentErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:attachment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetAttachmentError = GetAttachmentErrors[keyof GetAttachmentErrors];

export type GetAttachmentResponses = {
  /**
   * The attachment
   */
  200: AttachmentView;
};

export type GetAttachmentResponse = GetAttachmentResponses[keyof GetAttachmentResponses];

export type ListTaskFilesData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: {
    /**
     * Items per page
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/files';
};

export type ListTaskFilesErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListTaskFilesError = ListTaskFilesErrors[keyof ListTaskFilesErrors];

export type ListTaskFilesResponses = {
  /**
   * A page of files
   */
  200: TaskFileList;
};

export type ListTaskFilesResponse = ListTaskFilesResponses[keyof ListTaskFilesResponses];

export type GetTaskFileData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
    fileId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/files/{fileId}';
};

export type GetTaskFileErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:role-too-low`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:attachment-not-found`, `urn:tenfold:problem:workspace-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetTaskFileError = GetTaskFileErrors[keyof GetTaskFileErrors];

export type GetTaskFileResponses = {
  /**
   * The file
   */
  200: TaskFileView;
};

export type GetTaskFileResponse = GetTaskFileResponses[keyof GetTaskFileResponses];

export type GetJobData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * Long-poll up to this long for the job to finish (ms); 0 answers at once
     */
    waitMs?: number;
  };
  url: '/v1/jobs/{id}';
};

export type GetJobErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:job-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-job-streams`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type GetJobError = GetJobErrors[keyof GetJobErrors];

export type GetJobResponses = {
  /**
   * State, progress 0–100, result and failure reason of the job
   */
  200: JobStatus;
};

export type GetJobResponse = GetJobResponses[keyof GetJobResponses];

export type StreamJobEventsData = {
  body?: never;
  path: {
    id: string;
  };
  query?: never;
  url: '/v1/jobs/{id}/events';
};

export type StreamJobEventsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:job-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-job-streams`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type StreamJobEventsError = StreamJobEventsErrors[keyof StreamJobEventsErrors];

export type StreamJobEventsResponses = {
  /**
   * Server-Sent Events: `progress` ({progress}) per change, then `completed` or `failed` (the status, as getJob answers it) and the end of the stream (`gone` if the job is removed meanwhile); a comment line after 15 s without an event
   */
  200: string;
};

export type StreamJobEventsResponse = StreamJobEventsResponses[keyof StreamJobEventsResponses];

export type ListDeadLettersData = {
  body?: never;
  path?: never;
  query?: {
    /**
     * One queue; all queues when left out
     */
    queue?: QueueName;
    /**
     * How many, newest first, across the queues asked for
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. Any other value is 400 `invalid-cursor`.
     */
    cursor?: string;
  };
  url: '/v1/admin/jobs/dead';
};

export type ListDeadLettersErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:invalid-cursor`, `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:admin-authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:platform-admin-required`
   */
  403: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-admin-credential-failures`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type ListDeadLettersError = ListDeadLettersErrors[keyof ListDeadLettersErrors];

export type ListDeadLettersResponses = {
  /**
   * Failed-for-good jobs, newest first: one page
   */
  200: DeadLetterList;
};

export type ListDeadLettersResponse = ListDeadLettersResponses[keyof ListDeadLettersResponses];

export type RedriveDeadLetterData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * The queue, for jobs whose id does not name it (ids not made by newJobId)
     */
    queue?: QueueName;
  };
  url: '/v1/admin/jobs/{id}/redrive';
};

export type RedriveDeadLetterErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:admin-authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * Forbidden: `urn:tenfold:problem:platform-admin-required`
   */
  403: ProblemDetailsSchema;
  /**
   * Not Found: `urn:tenfold:problem:job-not-found`
   */
  404: ProblemDetailsSchema;
  /**
   * Conflict: `urn:tenfold:problem:job-not-dead`
   */
  409: ProblemDetailsSchema;
  /**
   * Too Many Requests: `urn:tenfold:problem:too-many-admin-credential-failures`, `urn:tenfold:problem:rate-limited`
   */
  429: ProblemDetailsSchema;
  /**
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
   */
  503: ProblemDetailsSchema;
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type RedriveDeadLetterError = RedriveDeadLetterErrors[keyof RedriveDeadLetterErrors];

export type RedriveDeadLetterResponses = {
  /**
   * Back in its queue with fresh attempts; follow the Location
   */
  202: RedrivenJob;
};

export type RedriveDeadLetterResponse =
  RedriveDeadLetterResponses[keyof RedriveDeadLetterResponses];
