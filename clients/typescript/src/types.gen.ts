// Generated from openapi.json by `npm run client` (@hey-api/openapi-ts). Do not edit:
// change the API, run `npm run openapi && npm run client`, and commit both.

export type ClientOptions = {
  baseUrl: `${string}://${string}` | (string & {});
};

export type RequestHeartbeatDto = {
  /**
   * How long the job holds its worker (ms)
   */
  holdMs?: number;
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
};

export type ProjectList = {
  /**
   * Oldest first
   */
  items: Array<ProjectView>;
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

export type CreateTaskDto = {
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

export type ConnectSlackDto = {
  /**
   * A Slack incoming-webhook URL. Write-only: no answer shows it again (see webhookUrlHint).
   */
  webhookUrl: string;
};

export type RequestDigestDto = {
  [key: string]: unknown;
};

export type SetDigestSubscriptionDto = {
  /**
   * false: no more digests for me in this workspace.
   */
  subscribed: boolean;
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
  url: string;
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
  enabled?: boolean;
};

export type UpdateEndpointDto = {
  url?: string;
  eventTypes?: Array<
    | 'identity.member.joined.v1'
    | 'identity.member.left.v1'
    | 'identity.member.role-changed.v1'
    | 'projects.project.created.v1'
    | 'projects.task.created.v1'
    | 'projects.task.assigned.v1'
    | 'projects.task.completed.v1'
    | 'projects.task.reopened.v1'
  >;
  enabled?: boolean;
  disabledReason?: string;
};

export type RequestUploadDto = {
  /**
   * Shown and offered for download: no quotes, slashes or control characters
   */
  fileName: string;
  /**
   * The upload URL is signed for this Content-Type: S3 refuses a PUT with another, and completing refuses a file whose first bytes are another type.
   */
  contentType: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
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
   * null until the original is stored (pending)
   */
  original: AttachmentFileView | null;
  /**
   * A 256×256 WebP, cropped; null until ready
   */
  thumbnail: AttachmentFileView | null;
  /**
   * A WebP at most 1280 pixels wide, never enlarged; null until ready
   */
  preview: AttachmentFileView | null;
  /**
   * When the URLs above stop working; read the attachment again for fresh ones
   */
  urlsExpireAt: string;
};

export type AttachmentList = {
  items: Array<AttachmentView>;
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
};

export type RequestDigestDtoWritable = {
  [key: string]: unknown;
};

export type WebHealthControllerLiveData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/health/live';
};

export type WebHealthControllerLiveErrors = {
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type WebHealthControllerLiveError =
  WebHealthControllerLiveErrors[keyof WebHealthControllerLiveErrors];

export type WebHealthControllerLiveResponses = {
  200: unknown;
};

export type WebHealthControllerReadyData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/health/ready';
};

export type WebHealthControllerReadyErrors = {
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type WebHealthControllerReadyError =
  WebHealthControllerReadyErrors[keyof WebHealthControllerReadyErrors];

export type WebHealthControllerReadyResponses = {
  200: unknown;
};

export type HeartbeatsControllerRequestData = {
  body: RequestHeartbeatDto;
  path?: never;
  query?: never;
  url: '/v1/system/heartbeats';
};

export type HeartbeatsControllerRequestErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
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

export type HeartbeatsControllerRequestError =
  HeartbeatsControllerRequestErrors[keyof HeartbeatsControllerRequestErrors];

export type HeartbeatsControllerRequestResponses = {
  /**
   * Queued; poll the Location for the result
   */
  202: unknown;
};

export type HeartbeatsControllerStatusData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * Long-poll up to this long for the job to finish (ms)
     */
    waitMs?: number;
  };
  url: '/v1/system/heartbeats/{id}';
};

export type HeartbeatsControllerStatusErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
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

export type HeartbeatsControllerStatusError =
  HeartbeatsControllerStatusErrors[keyof HeartbeatsControllerStatusErrors];

export type HeartbeatsControllerStatusResponses = {
  /**
   * State, progress and result of the heartbeat job
   */
  200: unknown;
};

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
  query?: never;
  url: '/v1/workspaces';
};

export type ListWorkspacesErrors = {
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
   * Your workspaces
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
  query?: never;
  url: '/v1/workspaces/{workspaceId}/members';
};

export type ListWorkspaceMembersErrors = {
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

export type ListWorkspaceMembersError =
  ListWorkspaceMembersErrors[keyof ListWorkspaceMembersErrors];

export type ListWorkspaceMembersResponses = {
  /**
   * The members
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
  query?: never;
  url: '/v1/workspaces/{workspaceId}/invitations';
};

export type ListWorkspaceInvitationsErrors = {
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

export type ListWorkspaceInvitationsError =
  ListWorkspaceInvitationsErrors[keyof ListWorkspaceInvitationsErrors];

export type ListWorkspaceInvitationsResponses = {
  /**
   * The pending invitations
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

export type AnalyticsControllerActivityData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    days?: number;
  };
  url: '/v1/workspaces/{workspaceId}/analytics/activity';
};

export type AnalyticsControllerActivityErrors = {
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

export type AnalyticsControllerActivityError =
  AnalyticsControllerActivityErrors[keyof AnalyticsControllerActivityErrors];

export type AnalyticsControllerActivityResponses = {
  200: unknown;
};

export type AnalyticsControllerReportData = {
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

export type AnalyticsControllerReportErrors = {
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

export type AnalyticsControllerReportError =
  AnalyticsControllerReportErrors[keyof AnalyticsControllerReportErrors];

export type AnalyticsControllerReportResponses = {
  200: unknown;
};

export type ExportsControllerRequestData = {
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

export type ExportsControllerRequestErrors = {
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

export type ExportsControllerRequestError =
  ExportsControllerRequestErrors[keyof ExportsControllerRequestErrors];

export type ExportsControllerRequestResponses = {
  /**
   * Queued; follow the job at Location (/v1/jobs/{jobId})
   */
  202: unknown;
};

export type ExportsControllerGetData = {
  body?: never;
  path: {
    workspaceId: string;
    exportId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/analytics/exports/{exportId}';
};

export type ExportsControllerGetErrors = {
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

export type ExportsControllerGetError =
  ExportsControllerGetErrors[keyof ExportsControllerGetErrors];

export type ExportsControllerGetResponses = {
  /**
   * State of the export, with a fresh download link once ready
   */
  200: unknown;
};

export type ListProjectsData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: {
    /**
     * Also list archived projects: `true` or `false`
     */
    includeArchived?: boolean;
  };
  url: '/v1/workspaces/{workspaceId}/projects';
};

export type ListProjectsErrors = {
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

export type ListProjectsError = ListProjectsErrors[keyof ListProjectsErrors];

export type ListProjectsResponses = {
  /**
   * The projects
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
   * Bad Request: `urn:tenfold:problem:assignee-not-a-member`, `urn:tenfold:problem:validation-failed`, `urn:tenfold:problem:invalid-idempotency-key`
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
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}';
};

export type UpdateTaskErrors = {
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

export type BillingControllerQuoteData = {
  body?: never;
  path?: never;
  query: {
    plan: 'free' | 'team' | 'business';
    /**
     * ISO 4217 code in use
     */
    currency: string;
  };
  url: '/v1/billing/quote';
};

export type BillingControllerQuoteErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
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

export type BillingControllerQuoteError =
  BillingControllerQuoteErrors[keyof BillingControllerQuoteErrors];

export type BillingControllerQuoteResponses = {
  200: unknown;
};

export type SlackIntegrationControllerDisconnectData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type SlackIntegrationControllerDisconnectErrors = {
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

export type SlackIntegrationControllerDisconnectError =
  SlackIntegrationControllerDisconnectErrors[keyof SlackIntegrationControllerDisconnectErrors];

export type SlackIntegrationControllerDisconnectResponses = {
  204: void;
};

export type SlackIntegrationControllerDisconnectResponse =
  SlackIntegrationControllerDisconnectResponses[keyof SlackIntegrationControllerDisconnectResponses];

export type SlackIntegrationControllerGetData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type SlackIntegrationControllerGetErrors = {
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

export type SlackIntegrationControllerGetError =
  SlackIntegrationControllerGetErrors[keyof SlackIntegrationControllerGetErrors];

export type SlackIntegrationControllerGetResponses = {
  200: unknown;
};

export type SlackIntegrationControllerConnectData = {
  body: ConnectSlackDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/integrations/slack';
};

export type SlackIntegrationControllerConnectErrors = {
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

export type SlackIntegrationControllerConnectError =
  SlackIntegrationControllerConnectErrors[keyof SlackIntegrationControllerConnectErrors];

export type SlackIntegrationControllerConnectResponses = {
  200: unknown;
};

export type DigestsControllerRequestData = {
  body: RequestDigestDtoWritable;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/digests';
};

export type DigestsControllerRequestErrors = {
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

export type DigestsControllerRequestError =
  DigestsControllerRequestErrors[keyof DigestsControllerRequestErrors];

export type DigestsControllerRequestResponses = {
  /**
   * Queued; follow the Location (GET /v1/jobs/{id})
   */
  202: unknown;
};

export type DigestsControllerSetSubscriptionData = {
  body: SetDigestSubscriptionDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/digests/subscription';
};

export type DigestsControllerSetSubscriptionErrors = {
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

export type DigestsControllerSetSubscriptionError =
  DigestsControllerSetSubscriptionErrors[keyof DigestsControllerSetSubscriptionErrors];

export type DigestsControllerSetSubscriptionResponses = {
  200: unknown;
};

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

export type EndpointsControllerListData = {
  body?: never;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints';
};

export type EndpointsControllerListErrors = {
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

export type EndpointsControllerListError =
  EndpointsControllerListErrors[keyof EndpointsControllerListErrors];

export type EndpointsControllerListResponses = {
  200: unknown;
};

export type EndpointsControllerCreateData = {
  body: CreateEndpointDto;
  path: {
    workspaceId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints';
};

export type EndpointsControllerCreateErrors = {
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
   * The workspace has WEBHOOK_ENDPOINTS_PER_WORKSPACE already
   */
  409: unknown;
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

export type EndpointsControllerCreateError =
  EndpointsControllerCreateErrors[keyof EndpointsControllerCreateErrors];

export type EndpointsControllerCreateResponses = {
  /**
   * Any other error, as problem+json
   */
  default: ProblemDetailsSchema;
};

export type EndpointsControllerCreateResponse =
  EndpointsControllerCreateResponses[keyof EndpointsControllerCreateResponses];

export type EndpointsControllerRemoveData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type EndpointsControllerRemoveErrors = {
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

export type EndpointsControllerRemoveError =
  EndpointsControllerRemoveErrors[keyof EndpointsControllerRemoveErrors];

export type EndpointsControllerRemoveResponses = {
  204: void;
};

export type EndpointsControllerRemoveResponse =
  EndpointsControllerRemoveResponses[keyof EndpointsControllerRemoveResponses];

export type EndpointsControllerGetData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type EndpointsControllerGetErrors = {
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

export type EndpointsControllerGetError =
  EndpointsControllerGetErrors[keyof EndpointsControllerGetErrors];

export type EndpointsControllerGetResponses = {
  200: unknown;
};

export type EndpointsControllerUpdateData = {
  body: UpdateEndpointDto;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}';
};

export type EndpointsControllerUpdateErrors = {
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

export type EndpointsControllerUpdateError =
  EndpointsControllerUpdateErrors[keyof EndpointsControllerUpdateErrors];

export type EndpointsControllerUpdateResponses = {
  200: unknown;
};

export type EndpointsControllerRotateSecretData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/rotate-secret';
};

export type EndpointsControllerRotateSecretErrors = {
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

export type EndpointsControllerRotateSecretError =
  EndpointsControllerRotateSecretErrors[keyof EndpointsControllerRotateSecretErrors];

export type EndpointsControllerRotateSecretResponses = {
  200: unknown;
};

export type DeliveriesControllerListData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: {
    limit?: number;
  };
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries';
};

export type DeliveriesControllerListErrors = {
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

export type DeliveriesControllerListError =
  DeliveriesControllerListErrors[keyof DeliveriesControllerListErrors];

export type DeliveriesControllerListResponses = {
  200: unknown;
};

export type DeliveriesControllerRedeliverData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
    deliveryId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/redeliver';
};

export type DeliveriesControllerRedeliverErrors = {
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

export type DeliveriesControllerRedeliverError =
  DeliveriesControllerRedeliverErrors[keyof DeliveriesControllerRedeliverErrors];

export type DeliveriesControllerRedeliverResponses = {
  202: unknown;
};

export type DeliveriesControllerSendTestData = {
  body?: never;
  path: {
    workspaceId: string;
    endpointId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/test';
};

export type DeliveriesControllerSendTestErrors = {
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

export type DeliveriesControllerSendTestError =
  DeliveriesControllerSendTestErrors[keyof DeliveriesControllerSendTestErrors];

export type DeliveriesControllerSendTestResponses = {
  202: unknown;
};

export type ListAttachmentsData = {
  body?: never;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query?: never;
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments';
};

export type ListAttachmentsErrors = {
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

export type ListAttachmentsError = ListAttachmentsErrors[keyof ListAttachmentsErrors];

export type ListAttachmentsResponses = {
  /**
   * The attachments
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
   * Not Found: `urn:tenfold:problem:attachment-not-found`, `urn:tenfold:problem:workspace-not-found`
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
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
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
   * A PNG, JPEG, WebP or GIF file of at most 20971520 bytes. A body of another media type is refused (415).
   */
  body: Blob | File;
  path: {
    workspaceId: string;
    taskId: string;
  };
  query: {
    /**
     * Shown and offered for download: no quotes, slashes or control characters
     */
    fileName: string;
  };
  url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/upload';
};

export type UploadAttachmentErrors = {
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
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
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
   * Service Unavailable: `urn:tenfold:problem:database-unavailable`, `urn:tenfold:problem:session-store-unavailable`
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

export type JobsControllerStatusData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * Long-poll up to this long for the job to finish (ms)
     */
    waitMs?: number;
  };
  url: '/v1/jobs/{id}';
};

export type JobsControllerStatusErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * No such job in any of your workspaces
   */
  404: unknown;
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

export type JobsControllerStatusError =
  JobsControllerStatusErrors[keyof JobsControllerStatusErrors];

export type JobsControllerStatusResponses = {
  /**
   * State, progress 0–100, result and failure reason of the job
   */
  200: unknown;
};

export type JobsControllerEventsData = {
  body?: never;
  path: {
    id: string;
  };
  query?: never;
  url: '/v1/jobs/{id}/events';
};

export type JobsControllerEventsErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
  /**
   * Unauthorized: `urn:tenfold:problem:authentication-required`
   */
  401: ProblemDetailsSchema;
  /**
   * No such job in any of your workspaces
   */
  404: unknown;
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

export type JobsControllerEventsError =
  JobsControllerEventsErrors[keyof JobsControllerEventsErrors];

export type JobsControllerEventsResponses = {
  /**
   * Server-Sent Events: `progress` ({progress}) per change, then `completed` or `failed` (the status) and the end of the stream; a comment line every 15 s
   */
  200: unknown;
};

export type DeadLettersControllerListData = {
  body?: never;
  path?: never;
  query?: {
    /**
     * One queue; all queues when left out
     */
    queue?: 'system' | 'media' | 'reports' | 'email' | 'webhooks' | 'notifications';
    limit?: number;
  };
  url: '/v1/admin/jobs/dead';
};

export type DeadLettersControllerListErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
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

export type DeadLettersControllerListError =
  DeadLettersControllerListErrors[keyof DeadLettersControllerListErrors];

export type DeadLettersControllerListResponses = {
  /**
   * Failed-for-good jobs, newest first
   */
  200: unknown;
};

export type DeadLettersControllerRedriveData = {
  body?: never;
  path: {
    id: string;
  };
  query?: {
    /**
     * The queue, for jobs whose id does not name it (ids not made by newJobId)
     */
    queue?: 'system' | 'media' | 'reports' | 'email' | 'webhooks' | 'notifications';
  };
  url: '/v1/admin/jobs/{id}/redrive';
};

export type DeadLettersControllerRedriveErrors = {
  /**
   * Bad Request: `urn:tenfold:problem:validation-failed`
   */
  400: ProblemDetailsSchema;
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

export type DeadLettersControllerRedriveError =
  DeadLettersControllerRedriveErrors[keyof DeadLettersControllerRedriveErrors];

export type DeadLettersControllerRedriveResponses = {
  /**
   * Back in its queue with fresh attempts; follow the Location
   */
  202: unknown;
};
