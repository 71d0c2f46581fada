// Generated from openapi.json by `npm run client` (@hey-api/openapi-ts). Do not edit:
// change the API, run `npm run openapi && npm run client`, and commit both.

import type {
  Client,
  ClientMeta,
  Options as Options2,
  RequestResult,
  ServerSentEventsResult,
  TDataShape,
} from './client';
import { client } from './client.gen';
import type {
  AcceptInvitationData,
  AcceptInvitationErrors,
  AcceptInvitationResponses,
  ArchiveProjectData,
  ArchiveProjectErrors,
  ArchiveProjectResponses,
  AssignTaskData,
  AssignTaskErrors,
  AssignTaskResponses,
  ChangePasswordData,
  ChangePasswordErrors,
  ChangePasswordResponses,
  ChangeWorkspaceMemberRoleData,
  ChangeWorkspaceMemberRoleErrors,
  ChangeWorkspaceMemberRoleResponses,
  CheckLivenessData,
  CheckLivenessErrors,
  CheckLivenessResponses,
  CheckReadinessData,
  CheckReadinessErrors,
  CheckReadinessResponses,
  CompleteAttachmentUploadData,
  CompleteAttachmentUploadErrors,
  CompleteAttachmentUploadResponses,
  CompletePasswordResetData,
  CompletePasswordResetErrors,
  CompletePasswordResetResponses,
  CompleteTaskData,
  CompleteTaskErrors,
  CompleteTaskResponses,
  ConnectSlackData,
  ConnectSlackErrors,
  ConnectSlackResponses,
  CountMyUnreadNotificationsData,
  CountMyUnreadNotificationsErrors,
  CountMyUnreadNotificationsResponses,
  CreateCommentData,
  CreateCommentErrors,
  CreateCommentResponses,
  CreateLabelData,
  CreateLabelErrors,
  CreateLabelResponses,
  CreateProjectData,
  CreateProjectErrors,
  CreateProjectResponses,
  CreateTaskData,
  CreateTaskErrors,
  CreateTaskResponses,
  CreateWebhookEndpointData,
  CreateWebhookEndpointErrors,
  CreateWebhookEndpointResponses,
  CreateWorkspaceData,
  CreateWorkspaceErrors,
  CreateWorkspaceResponses,
  DeleteAttachmentData,
  DeleteAttachmentErrors,
  DeleteAttachmentResponses,
  DeleteCommentData,
  DeleteCommentErrors,
  DeleteCommentResponses,
  DeleteLabelData,
  DeleteLabelErrors,
  DeleteLabelResponses,
  DeleteProjectData,
  DeleteProjectErrors,
  DeleteProjectResponses,
  DeleteTaskData,
  DeleteTaskErrors,
  DeleteTaskResponses,
  DeleteWebhookEndpointData,
  DeleteWebhookEndpointErrors,
  DeleteWebhookEndpointResponses,
  DisconnectSlackData,
  DisconnectSlackErrors,
  DisconnectSlackResponses,
  EditCommentData,
  EditCommentErrors,
  EditCommentResponses,
  GetAttachmentData,
  GetAttachmentErrors,
  GetAttachmentResponses,
  GetCommentData,
  GetCommentErrors,
  GetCommentResponses,
  GetCurrentUserData,
  GetCurrentUserErrors,
  GetCurrentUserResponses,
  GetHeartbeatData,
  GetHeartbeatErrors,
  GetHeartbeatResponses,
  GetJobData,
  GetJobErrors,
  GetJobResponses,
  GetLabelData,
  GetLabelErrors,
  GetLabelResponses,
  GetMyNotificationPreferencesData,
  GetMyNotificationPreferencesErrors,
  GetMyNotificationPreferencesResponses,
  GetOnboardingData,
  GetOnboardingErrors,
  GetOnboardingResponses,
  GetPlanQuoteData,
  GetPlanQuoteErrors,
  GetPlanQuoteResponses,
  GetProjectData,
  GetProjectErrors,
  GetProjectResponses,
  GetReportExportData,
  GetReportExportErrors,
  GetReportExportResponses,
  GetSlackConnectionData,
  GetSlackConnectionErrors,
  GetSlackConnectionResponses,
  GetTaskData,
  GetTaskErrors,
  GetTaskFileData,
  GetTaskFileErrors,
  GetTaskFileResponses,
  GetTaskReportData,
  GetTaskReportErrors,
  GetTaskReportResponses,
  GetTaskResponses,
  GetWebhookEndpointData,
  GetWebhookEndpointErrors,
  GetWebhookEndpointResponses,
  GetWorkspaceActivityData,
  GetWorkspaceActivityErrors,
  GetWorkspaceActivityResponses,
  InviteWorkspaceMemberData,
  InviteWorkspaceMemberErrors,
  InviteWorkspaceMemberResponses,
  LeaveWorkspaceData,
  LeaveWorkspaceErrors,
  LeaveWorkspaceResponses,
  ListActivityLogData,
  ListActivityLogErrors,
  ListActivityLogResponses,
  ListAttachmentsData,
  ListAttachmentsErrors,
  ListAttachmentsResponses,
  ListCommentsData,
  ListCommentsErrors,
  ListCommentsResponses,
  ListDeadLettersData,
  ListDeadLettersErrors,
  ListDeadLettersResponses,
  ListLabelsData,
  ListLabelsErrors,
  ListLabelsResponses,
  ListMyNotificationsData,
  ListMyNotificationsErrors,
  ListMyNotificationsResponses,
  ListProjectsData,
  ListProjectsErrors,
  ListProjectsResponses,
  ListTaskFilesData,
  ListTaskFilesErrors,
  ListTaskFilesResponses,
  ListTasksData,
  ListTasksErrors,
  ListTasksResponses,
  ListWebhookDeliveriesData,
  ListWebhookDeliveriesErrors,
  ListWebhookDeliveriesResponses,
  ListWebhookEndpointsData,
  ListWebhookEndpointsErrors,
  ListWebhookEndpointsResponses,
  ListWorkspaceInvitationsData,
  ListWorkspaceInvitationsErrors,
  ListWorkspaceInvitationsResponses,
  ListWorkspaceMembersData,
  ListWorkspaceMembersErrors,
  ListWorkspaceMembersResponses,
  ListWorkspacesData,
  ListWorkspacesErrors,
  ListWorkspacesResponses,
  ListWorkspaceTasksData,
  ListWorkspaceTasksErrors,
  ListWorkspaceTasksResponses,
  LogInData,
  LogInErrors,
  LogInResponses,
  LogOutData,
  LogOutErrors,
  LogOutEverywhereData,
  LogOutEverywhereErrors,
  LogOutEverywhereResponses,
  LogOutResponses,
  MarkAllMyNotificationsReadData,
  MarkAllMyNotificationsReadErrors,
  MarkAllMyNotificationsReadResponses,
  MarkMyNotificationReadData,
  MarkMyNotificationReadErrors,
  MarkMyNotificationReadResponses,
  MoveTaskData,
  MoveTaskErrors,
  MoveTaskResponses,
  RedeliverWebhookDeliveryData,
  RedeliverWebhookDeliveryErrors,
  RedeliverWebhookDeliveryResponses,
  RedriveDeadLetterData,
  RedriveDeadLetterErrors,
  RedriveDeadLetterResponses,
  RemoveWorkspaceMemberData,
  RemoveWorkspaceMemberErrors,
  RemoveWorkspaceMemberResponses,
  RenameWorkspaceData,
  RenameWorkspaceErrors,
  RenameWorkspaceResponses,
  ReopenTaskData,
  ReopenTaskErrors,
  ReopenTaskResponses,
  RequestAttachmentUploadData,
  RequestAttachmentUploadErrors,
  RequestAttachmentUploadResponses,
  RequestDigestData,
  RequestDigestErrors,
  RequestDigestResponses,
  RequestHeartbeatData,
  RequestHeartbeatErrors,
  RequestHeartbeatResponses,
  RequestPasswordResetData,
  RequestPasswordResetErrors,
  RequestPasswordResetResponses,
  RequestReportExportData,
  RequestReportExportErrors,
  RequestReportExportResponses,
  ResendVerificationEmailData,
  ResendVerificationEmailErrors,
  ResendVerificationEmailResponses,
  RevokeInvitationData,
  RevokeInvitationErrors,
  RevokeInvitationResponses,
  RotateWebhookEndpointSecretData,
  RotateWebhookEndpointSecretErrors,
  RotateWebhookEndpointSecretResponses,
  SendWebhookTestEventData,
  SendWebhookTestEventErrors,
  SendWebhookTestEventResponses,
  SetDigestSubscriptionData,
  SetDigestSubscriptionErrors,
  SetDigestSubscriptionResponses,
  SetMyNotificationPreferencesData,
  SetMyNotificationPreferencesErrors,
  SetMyNotificationPreferencesResponses,
  SignUpData,
  SignUpErrors,
  SignUpResponses,
  StreamJobEventsData,
  StreamJobEventsErrors,
  StreamJobEventsResponse,
  StreamJobEventsResponses,
  StreamMyNotificationsData,
  StreamMyNotificationsErrors,
  StreamMyNotificationsResponse,
  StreamMyNotificationsResponses,
  UnarchiveProjectData,
  UnarchiveProjectErrors,
  UnarchiveProjectResponses,
  UpdateLabelData,
  UpdateLabelErrors,
  UpdateLabelResponses,
  UpdateOnboardingData,
  UpdateOnboardingErrors,
  UpdateOnboardingResponses,
  UpdateProjectData,
  UpdateProjectErrors,
  UpdateProjectResponses,
  UpdateTaskData,
  UpdateTaskErrors,
  UpdateTaskResponses,
  UpdateWebhookEndpointData,
  UpdateWebhookEndpointErrors,
  UpdateWebhookEndpointResponses,
  UploadAttachmentData,
  UploadAttachmentErrors,
  UploadAttachmentResponses,
  VerifyEmailData,
  VerifyEmailErrors,
  VerifyEmailResponses,
} from './types.gen';

export type Options<
  TData extends TDataShape = TDataShape,
  ThrowOnError extends boolean = boolean,
  TResponse = unknown,
> = Options2<TData, ThrowOnError, TResponse> & {
  /**
   * You can provide a client instance returned by `createClient()` instead of
   * individual options. This might be also useful if you want to implement a
   * custom client.
   */
  client?: Client;
  /**
   * You can pass arbitrary values through the `meta` object. This can be
   * used to access values that aren't defined as part of the SDK function.
   */
  meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Check that the process is alive
 *
 * Public probe. The process is up and its event loop turns; says nothing about dependencies.
 */
export const checkLiveness = <ThrowOnError extends boolean = false>(
  options?: Options<CheckLivenessData, ThrowOnError>,
): RequestResult<CheckLivenessResponses, CheckLivenessErrors, ThrowOnError> =>
  (options?.client ?? client).get<CheckLivenessResponses, CheckLivenessErrors, ThrowOnError>({
    url: '/health/live',
    ...options,
  });

/**
 * Check that the process can take traffic
 *
 * Public probe for load balancers. Primary and Redis are required (else 503, also while shutting down); S3 out, a missing replica or an open breaker only degrades. Platform admins (Basic credentials or their session, optional) also get each check; anyone else only the status.
 */
export const checkReadiness = <ThrowOnError extends boolean = false>(
  options?: Options<CheckReadinessData, ThrowOnError>,
): RequestResult<CheckReadinessResponses, CheckReadinessErrors, ThrowOnError> =>
  (options?.client ?? client).get<CheckReadinessResponses, CheckReadinessErrors, ThrowOnError>({
    url: '/health/ready',
    ...options,
  });

/**
 * Send a heartbeat job through the platform
 *
 * Platform admins. A real job through web → Redis → worker → Postgres and back; answers 202 with Location `/v1/system/heartbeats/{id}`, where the result appears.
 */
export const requestHeartbeat = <ThrowOnError extends boolean = false>(
  options: Options<RequestHeartbeatData, ThrowOnError>,
): RequestResult<RequestHeartbeatResponses, RequestHeartbeatErrors, ThrowOnError> =>
  (options.client ?? client).post<RequestHeartbeatResponses, RequestHeartbeatErrors, ThrowOnError>({
    security: [
      { scheme: 'bearer', type: 'http' },
      { scheme: 'basic', type: 'http' },
    ],
    url: '/v1/system/heartbeats',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Get a heartbeat job
 *
 * Platform admins. With `waitMs`, long-polls until the job finishes or the time is up, then answers its state either way.
 */
export const getHeartbeat = <ThrowOnError extends boolean = false>(
  options: Options<GetHeartbeatData, ThrowOnError>,
): RequestResult<GetHeartbeatResponses, GetHeartbeatErrors, ThrowOnError> =>
  (options.client ?? client).get<GetHeartbeatResponses, GetHeartbeatErrors, ThrowOnError>({
    security: [
      { scheme: 'bearer', type: 'http' },
      { scheme: 'basic', type: 'http' },
    ],
    url: '/v1/system/heartbeats/{id}',
    ...options,
  });

/**
 * Sign up with an email address and a first workspace
 *
 * Creates the account (unverified) with its first workspace, owned by it, and mails a verification token; an address that has an account gets a notice by mail instead. The answer is the same 202 either way and signs nobody in: log in next (`POST /v1/auth/login`). Mails to one address are limited per hour; over the limit none goes, and the answer stays the same.
 */
export const signUp = <ThrowOnError extends boolean = false>(
  options: Options<SignUpData, ThrowOnError>,
): RequestResult<SignUpResponses, SignUpErrors, ThrowOnError> =>
  (options.client ?? client).post<SignUpResponses, SignUpErrors, ThrowOnError>({
    url: '/v1/auth/sign-up',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Log in and start a session
 *
 * Answers the session token (shown only here) and the workspaces the user is a member of. An unknown address and a wrong password give the same 401. Repeated failures are limited per client IP and per account (429 with Retry-After).
 */
export const logIn = <ThrowOnError extends boolean = false>(
  options: Options<LogInData, ThrowOnError>,
): RequestResult<LogInResponses, LogInErrors, ThrowOnError> =>
  (options.client ?? client).post<LogInResponses, LogInErrors, ThrowOnError>({
    url: '/v1/auth/login',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * End the current session
 */
export const logOut = <ThrowOnError extends boolean = false>(
  options?: Options<LogOutData, ThrowOnError>,
): RequestResult<LogOutResponses, LogOutErrors, ThrowOnError> =>
  (options?.client ?? client).post<LogOutResponses, LogOutErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/auth/logout',
    ...options,
  });

/**
 * End every session of the signed-in user
 */
export const logOutEverywhere = <ThrowOnError extends boolean = false>(
  options?: Options<LogOutEverywhereData, ThrowOnError>,
): RequestResult<LogOutEverywhereResponses, LogOutEverywhereErrors, ThrowOnError> =>
  (options?.client ?? client).post<LogOutEverywhereResponses, LogOutEverywhereErrors, ThrowOnError>(
    {
      security: [{ scheme: 'bearer', type: 'http' }],
      url: '/v1/auth/logout-everywhere',
      ...options,
    },
  );

/**
 * Change the password
 *
 * Needs the current password; also ends every other session of the user (this one stays). Wrong current passwords are limited per session (429 with Retry-After), so a stolen session cannot be used to guess the password.
 */
export const changePassword = <ThrowOnError extends boolean = false>(
  options: Options<ChangePasswordData, ThrowOnError>,
): RequestResult<ChangePasswordResponses, ChangePasswordErrors, ThrowOnError> =>
  (options.client ?? client).put<ChangePasswordResponses, ChangePasswordErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/auth/password',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Get the signed-in user and their workspace roles
 *
 * Read from the session (no database query); membership changes update it as they commit.
 */
export const getCurrentUser = <ThrowOnError extends boolean = false>(
  options?: Options<GetCurrentUserData, ThrowOnError>,
): RequestResult<GetCurrentUserResponses, GetCurrentUserErrors, ThrowOnError> =>
  (options?.client ?? client).get<GetCurrentUserResponses, GetCurrentUserErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me',
    ...options,
  });

/**
 * Verify an email address with the mailed token
 *
 * Uses the token up. Unknown, expired and used tokens get the same 400.
 */
export const verifyEmail = <ThrowOnError extends boolean = false>(
  options: Options<VerifyEmailData, ThrowOnError>,
): RequestResult<VerifyEmailResponses, VerifyEmailErrors, ThrowOnError> =>
  (options.client ?? client).post<VerifyEmailResponses, VerifyEmailErrors, ThrowOnError>({
    url: '/v1/auth/verify-email',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Mail a new verification token
 *
 * For an account not verified yet; the earlier token stops working. Unknown and verified addresses get no mail and the same answer. Limited per address and per client IP (429 with Retry-After).
 */
export const resendVerificationEmail = <ThrowOnError extends boolean = false>(
  options: Options<ResendVerificationEmailData, ThrowOnError>,
): RequestResult<ResendVerificationEmailResponses, ResendVerificationEmailErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ResendVerificationEmailResponses,
    ResendVerificationEmailErrors,
    ThrowOnError
  >({
    url: '/v1/auth/verify-email/resend',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Mail a password reset token
 *
 * Mails a one-hour reset token to the account's address. Unknown addresses get no mail and the same answer. Limited per address and per client IP (429 with Retry-After).
 */
export const requestPasswordReset = <ThrowOnError extends boolean = false>(
  options: Options<RequestPasswordResetData, ThrowOnError>,
): RequestResult<RequestPasswordResetResponses, RequestPasswordResetErrors, ThrowOnError> =>
  (options.client ?? client).post<
    RequestPasswordResetResponses,
    RequestPasswordResetErrors,
    ThrowOnError
  >({
    url: '/v1/auth/password-reset',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Set a new password with the mailed reset token
 *
 * Uses the token up, counts the address as verified and ends every session of the account. A password that is too weak leaves the token usable. Unknown, expired and used tokens get the same 400.
 */
export const completePasswordReset = <ThrowOnError extends boolean = false>(
  options: Options<CompletePasswordResetData, ThrowOnError>,
): RequestResult<CompletePasswordResetResponses, CompletePasswordResetErrors, ThrowOnError> =>
  (options.client ?? client).post<
    CompletePasswordResetResponses,
    CompletePasswordResetErrors,
    ThrowOnError
  >({
    url: '/v1/auth/password-reset/complete',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List the signed-in user's workspaces
 *
 * Every workspace the user is a member of, with their role, oldest first: `limit` per page (100 unless asked for fewer), the next page in the `Link` header (docs/API.md, "Lists").
 */
export const listWorkspaces = <ThrowOnError extends boolean = false>(
  options?: Options<ListWorkspacesData, ThrowOnError>,
): RequestResult<ListWorkspacesResponses, ListWorkspacesErrors, ThrowOnError> =>
  (options?.client ?? client).get<ListWorkspacesResponses, ListWorkspacesErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces',
    ...options,
  });

/**
 * Create a workspace
 *
 * The signed-in user becomes its owner.
 */
export const createWorkspace = <ThrowOnError extends boolean = false>(
  options: Options<CreateWorkspaceData, ThrowOnError>,
): RequestResult<CreateWorkspaceResponses, CreateWorkspaceErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateWorkspaceResponses, CreateWorkspaceErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Rename a workspace
 */
export const renameWorkspace = <ThrowOnError extends boolean = false>(
  options: Options<RenameWorkspaceData, ThrowOnError>,
): RequestResult<RenameWorkspaceResponses, RenameWorkspaceErrors, ThrowOnError> =>
  (options.client ?? client).patch<RenameWorkspaceResponses, RenameWorkspaceErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List a workspace's members
 *
 * In the order they joined: `limit` per page (100 unless asked for fewer), the next page in the `Link` header (docs/API.md, "Lists").
 */
export const listWorkspaceMembers = <ThrowOnError extends boolean = false>(
  options: Options<ListWorkspaceMembersData, ThrowOnError>,
): RequestResult<ListWorkspaceMembersResponses, ListWorkspaceMembersErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListWorkspaceMembersResponses,
    ListWorkspaceMembersErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/members',
    ...options,
  });

/**
 * Change a member's role
 *
 * Only an owner can grant, change or remove the owner role, and the last owner cannot step down. Setting the role a member already has changes nothing.
 */
export const changeWorkspaceMemberRole = <ThrowOnError extends boolean = false>(
  options: Options<ChangeWorkspaceMemberRoleData, ThrowOnError>,
): RequestResult<
  ChangeWorkspaceMemberRoleResponses,
  ChangeWorkspaceMemberRoleErrors,
  ThrowOnError
> =>
  (options.client ?? client).put<
    ChangeWorkspaceMemberRoleResponses,
    ChangeWorkspaceMemberRoleErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/members/{userId}/role',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Remove a member from a workspace
 *
 * Only an owner can remove an owner, and never the last one.
 */
export const removeWorkspaceMember = <ThrowOnError extends boolean = false>(
  options: Options<RemoveWorkspaceMemberData, ThrowOnError>,
): RequestResult<RemoveWorkspaceMemberResponses, RemoveWorkspaceMemberErrors, ThrowOnError> =>
  (options.client ?? client).delete<
    RemoveWorkspaceMemberResponses,
    RemoveWorkspaceMemberErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/members/{userId}',
    ...options,
  });

/**
 * Leave a workspace
 *
 * The last owner cannot leave: make someone else owner first.
 */
export const leaveWorkspace = <ThrowOnError extends boolean = false>(
  options: Options<LeaveWorkspaceData, ThrowOnError>,
): RequestResult<LeaveWorkspaceResponses, LeaveWorkspaceErrors, ThrowOnError> =>
  (options.client ?? client).post<LeaveWorkspaceResponses, LeaveWorkspaceErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/leave',
    ...options,
  });

/**
 * List a workspace's pending invitations
 *
 * Oldest first; accepted, revoked and expired invitations are left out. `limit` per page (100 unless asked for fewer), the next page in the `Link` header (docs/API.md, "Lists").
 */
export const listWorkspaceInvitations = <ThrowOnError extends boolean = false>(
  options: Options<ListWorkspaceInvitationsData, ThrowOnError>,
): RequestResult<ListWorkspaceInvitationsResponses, ListWorkspaceInvitationsErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListWorkspaceInvitationsResponses,
    ListWorkspaceInvitationsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/invitations',
    ...options,
  });

/**
 * Invite someone to a workspace by email
 *
 * Mails a one-time token, valid for seven days, to the address; the answer never contains it. A new invitation to the same address replaces the pending one.
 */
export const inviteWorkspaceMember = <ThrowOnError extends boolean = false>(
  options: Options<InviteWorkspaceMemberData, ThrowOnError>,
): RequestResult<InviteWorkspaceMemberResponses, InviteWorkspaceMemberErrors, ThrowOnError> =>
  (options.client ?? client).post<
    InviteWorkspaceMemberResponses,
    InviteWorkspaceMemberErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/invitations',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Revoke a pending invitation
 *
 * Its token stops working; the mail already sent stays sent.
 */
export const revokeInvitation = <ThrowOnError extends boolean = false>(
  options: Options<RevokeInvitationData, ThrowOnError>,
): RequestResult<RevokeInvitationResponses, RevokeInvitationErrors, ThrowOnError> =>
  (options.client ?? client).delete<
    RevokeInvitationResponses,
    RevokeInvitationErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/invitations/{invitationId}',
    ...options,
  });

/**
 * Accept an invitation with the mailed token
 *
 * For the signed-in user whose verified address the invitation was sent to: joins the workspace with the invited role. Unknown, expired and used tokens get the same 404.
 */
export const acceptInvitation = <ThrowOnError extends boolean = false>(
  options: Options<AcceptInvitationData, ThrowOnError>,
): RequestResult<AcceptInvitationResponses, AcceptInvitationErrors, ThrowOnError> =>
  (options.client ?? client).post<AcceptInvitationResponses, AcceptInvitationErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/invitations/accept',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Get the workspace's activity counts
 *
 * Viewer and up. Counts per day and project over the last `days` UTC days, today included. Eventually consistent: built from events after they commit; `asOf` says how far it got.
 */
export const getWorkspaceActivity = <ThrowOnError extends boolean = false>(
  options: Options<GetWorkspaceActivityData, ThrowOnError>,
): RequestResult<GetWorkspaceActivityResponses, GetWorkspaceActivityErrors, ThrowOnError> =>
  (options.client ?? client).get<
    GetWorkspaceActivityResponses,
    GetWorkspaceActivityErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/activity',
    ...options,
  });

/**
 * Get the task completion report
 *
 * Viewer and up. Completions and cycle times over the last `days` UTC days, in total and by day, project and assignee. Read on a replica that has the caller's own writes (read-your-writes); `asOf` says how far the read model got.
 */
export const getTaskReport = <ThrowOnError extends boolean = false>(
  options: Options<GetTaskReportData, ThrowOnError>,
): RequestResult<GetTaskReportResponses, GetTaskReportErrors, ThrowOnError> =>
  (options.client ?? client).get<GetTaskReportResponses, GetTaskReportErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/reports',
    ...options,
  });

/**
 * Request a report export
 *
 * Member and up. Queues a `reports` job that writes the CSV or PDF; answers 202 with Location `/v1/jobs/{jobId}`. Read the export (and its download link once ready) at `GET …/analytics/exports/{exportId}`. 409 while EXPORTS_IN_FLIGHT_PER_WORKSPACE exports are queued or running.
 */
export const requestReportExport = <ThrowOnError extends boolean = false>(
  options: Options<RequestReportExportData, ThrowOnError>,
): RequestResult<RequestReportExportResponses, RequestReportExportErrors, ThrowOnError> =>
  (options.client ?? client).post<
    RequestReportExportResponses,
    RequestReportExportErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/exports',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Get a report export
 *
 * Member and up. Read on a replica that has the caller's own writes. Once `ready`, each call signs a new `downloadUrl`, valid until `expiresAt`. Signed locally, so it is answered while object storage is out too, marked `Dependency-Unavailable: s3`.
 */
export const getReportExport = <ThrowOnError extends boolean = false>(
  options: Options<GetReportExportData, ThrowOnError>,
): RequestResult<GetReportExportResponses, GetReportExportErrors, ThrowOnError> =>
  (options.client ?? client).get<GetReportExportResponses, GetReportExportErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/exports/{exportId}',
    ...options,
  });

/**
 * List the workspace's activity log
 *
 * Viewer and up. Who did what, when: one entry per event, newest first, cursor-paged (`?limit=&cursor=`). Filters by actor, project, task and a half-open time window (`after` ≤ occurredAt < `before`). Eventually consistent (built from events after they commit); read on a replica that has the caller's own writes. Entries are kept for ACTIVITY_LOG_RETENTION_DAYS.
 */
export const listActivityLog = <ThrowOnError extends boolean = false>(
  options: Options<ListActivityLogData, ThrowOnError>,
): RequestResult<ListActivityLogResponses, ListActivityLogErrors, ThrowOnError> =>
  (options.client ?? client).get<ListActivityLogResponses, ListActivityLogErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/activity-log',
    ...options,
  });

/**
 * List the workspace's projects
 *
 * Oldest first, `limit` per page (docs/API.md, "Lists"); archived projects only with `includeArchived=true`. Read from a replica, yet shows the caller's own writes (read-your-writes).
 */
export const listProjects = <ThrowOnError extends boolean = false>(
  options: Options<ListProjectsData, ThrowOnError>,
): RequestResult<ListProjectsResponses, ListProjectsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListProjectsResponses, ListProjectsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects',
    ...options,
  });

/**
 * Create a project
 */
export const createProject = <ThrowOnError extends boolean = false>(
  options: Options<CreateProjectData, ThrowOnError>,
): RequestResult<CreateProjectResponses, CreateProjectErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateProjectResponses, CreateProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete an archived project and all its tasks
 *
 * For good, in one transaction. Only an archived project can be deleted (archive first, `409 project-not-archived` otherwise): deleting is the second of two deliberate steps.
 */
export const deleteProject = <ThrowOnError extends boolean = false>(
  options: Options<DeleteProjectData, ThrowOnError>,
): RequestResult<DeleteProjectResponses, DeleteProjectErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteProjectResponses, DeleteProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}',
    ...options,
  });

/**
 * Get a project
 */
export const getProject = <ThrowOnError extends boolean = false>(
  options: Options<GetProjectData, ThrowOnError>,
): RequestResult<GetProjectResponses, GetProjectErrors, ThrowOnError> =>
  (options.client ?? client).get<GetProjectResponses, GetProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}',
    ...options,
  });

/**
 * Rename a project or change its description
 *
 * Only the fields sent change; `description: null` clears the description. A real change publishes `projects.project.updated.v1`. With `If-Match`, a project changed since that version is left alone (412).
 */
export const updateProject = <ThrowOnError extends boolean = false>(
  options: Options<UpdateProjectData, ThrowOnError>,
): RequestResult<UpdateProjectResponses, UpdateProjectErrors, ThrowOnError> =>
  (options.client ?? client).patch<UpdateProjectResponses, UpdateProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Archive a project
 *
 * An archived project is read-only: it can no longer be edited or get new tasks, and its tasks cannot be changed, moved or deleted. Archiving an archived project changes nothing and keeps the first `archivedAt`.
 */
export const archiveProject = <ThrowOnError extends boolean = false>(
  options: Options<ArchiveProjectData, ThrowOnError>,
): RequestResult<ArchiveProjectResponses, ArchiveProjectErrors, ThrowOnError> =>
  (options.client ?? client).post<ArchiveProjectResponses, ArchiveProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}/archive',
    ...options,
  });

/**
 * Unarchive a project
 *
 * The project and its tasks can be changed again. Unarchiving an active project changes nothing.
 */
export const unarchiveProject = <ThrowOnError extends boolean = false>(
  options: Options<UnarchiveProjectData, ThrowOnError>,
): RequestResult<UnarchiveProjectResponses, UnarchiveProjectErrors, ThrowOnError> =>
  (options.client ?? client).post<UnarchiveProjectResponses, UnarchiveProjectErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}/unarchive',
    ...options,
  });

/**
 * List a project's tasks
 *
 * In creation order, `limit` per page: pass the `nextCursor` of one page as `cursor` to get the next (null on the last page). Pages stay stable while tasks are added or deleted. Read from a replica, yet shows the caller's own writes (read-your-writes).
 */
export const listTasks = <ThrowOnError extends boolean = false>(
  options: Options<ListTasksData, ThrowOnError>,
): RequestResult<ListTasksResponses, ListTasksErrors, ThrowOnError> =>
  (options.client ?? client).get<ListTasksResponses, ListTasksErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}/tasks',
    ...options,
  });

/**
 * Create a task in a project
 */
export const createTask = <ThrowOnError extends boolean = false>(
  options: Options<CreateTaskData, ThrowOnError>,
): RequestResult<CreateTaskResponses, CreateTaskErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateTaskResponses, CreateTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/projects/{projectId}/tasks',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a task
 */
export const deleteTask = <ThrowOnError extends boolean = false>(
  options: Options<DeleteTaskData, ThrowOnError>,
): RequestResult<DeleteTaskResponses, DeleteTaskErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteTaskResponses, DeleteTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}',
    ...options,
  });

/**
 * Get a task
 */
export const getTask = <ThrowOnError extends boolean = false>(
  options: Options<GetTaskData, ThrowOnError>,
): RequestResult<GetTaskResponses, GetTaskErrors, ThrowOnError> =>
  (options.client ?? client).get<GetTaskResponses, GetTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}',
    ...options,
  });

/**
 * Change a task's title, description, dates, priority or labels
 *
 * Only the fields sent change; null clears a nullable field (clearing `dueAt` clears `dueTimeZone` too). A real change publishes `projects.task.updated.v1` with the changed fields only. With `If-Match`, a task changed since that version is left alone (412).
 */
export const updateTask = <ThrowOnError extends boolean = false>(
  options: Options<UpdateTaskData, ThrowOnError>,
): RequestResult<UpdateTaskResponses, UpdateTaskErrors, ThrowOnError> =>
  (options.client ?? client).patch<UpdateTaskResponses, UpdateTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Assign a task to a member, or unassign it
 *
 * `assigneeId: null` unassigns. Sending the current assignee again changes nothing (and checks no membership).
 */
export const assignTask = <ThrowOnError extends boolean = false>(
  options: Options<AssignTaskData, ThrowOnError>,
): RequestResult<AssignTaskResponses, AssignTaskErrors, ThrowOnError> =>
  (options.client ?? client).put<AssignTaskResponses, AssignTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/assignee',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Complete a task
 *
 * Completing a done task changes nothing and keeps its first `completedAt`.
 */
export const completeTask = <ThrowOnError extends boolean = false>(
  options: Options<CompleteTaskData, ThrowOnError>,
): RequestResult<CompleteTaskResponses, CompleteTaskErrors, ThrowOnError> =>
  (options.client ?? client).post<CompleteTaskResponses, CompleteTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/complete',
    ...options,
  });

/**
 * Reopen a done task
 *
 * The task is open again, without `completedAt`; reopening an open task changes nothing.
 */
export const reopenTask = <ThrowOnError extends boolean = false>(
  options: Options<ReopenTaskData, ThrowOnError>,
): RequestResult<ReopenTaskResponses, ReopenTaskErrors, ThrowOnError> =>
  (options.client ?? client).post<ReopenTaskResponses, ReopenTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/reopen',
    ...options,
  });

/**
 * Move a task to another project of the workspace
 *
 * The task keeps its id, status and assignee and comes last in the target project's list. Both projects must be active (`409 project-archived`); moving a task to its own project changes nothing.
 */
export const moveTask = <ThrowOnError extends boolean = false>(
  options: Options<MoveTaskData, ThrowOnError>,
): RequestResult<MoveTaskResponses, MoveTaskErrors, ThrowOnError> =>
  (options.client ?? client).post<MoveTaskResponses, MoveTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/move',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List the workspace's labels
 *
 * By name, ignoring case, `limit` per page: pass the `nextCursor` of one page as `cursor` to get the next (null on the last page). Read from a replica, yet shows the caller's own writes (read-your-writes).
 */
export const listLabels = <ThrowOnError extends boolean = false>(
  options: Options<ListLabelsData, ThrowOnError>,
): RequestResult<ListLabelsResponses, ListLabelsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListLabelsResponses, ListLabelsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/labels',
    ...options,
  });

/**
 * Create a label
 */
export const createLabel = <ThrowOnError extends boolean = false>(
  options: Options<CreateLabelData, ThrowOnError>,
): RequestResult<CreateLabelResponses, CreateLabelErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateLabelResponses, CreateLabelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/labels',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a label
 *
 * Takes the label off every task (their `version` and `updatedAt` move) and publishes `projects.label.deleted.v1`.
 */
export const deleteLabel = <ThrowOnError extends boolean = false>(
  options: Options<DeleteLabelData, ThrowOnError>,
): RequestResult<DeleteLabelResponses, DeleteLabelErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteLabelResponses, DeleteLabelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/labels/{labelId}',
    ...options,
  });

/**
 * Get a label
 */
export const getLabel = <ThrowOnError extends boolean = false>(
  options: Options<GetLabelData, ThrowOnError>,
): RequestResult<GetLabelResponses, GetLabelErrors, ThrowOnError> =>
  (options.client ?? client).get<GetLabelResponses, GetLabelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/labels/{labelId}',
    ...options,
  });

/**
 * Rename or recolour a label
 *
 * Only the fields sent change. A real change publishes `projects.label.updated.v1`; tasks show labels by id, so they are not touched.
 */
export const updateLabel = <ThrowOnError extends boolean = false>(
  options: Options<UpdateLabelData, ThrowOnError>,
): RequestResult<UpdateLabelResponses, UpdateLabelErrors, ThrowOnError> =>
  (options.client ?? client).patch<UpdateLabelResponses, UpdateLabelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/labels/{labelId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List a task's comments
 *
 * Oldest first, `limit` per page: pass the `nextCursor` of one page as `cursor` to get the next (null on the last page). Read from a replica, yet shows the caller’s own writes.
 */
export const listComments = <ThrowOnError extends boolean = false>(
  options: Options<ListCommentsData, ThrowOnError>,
): RequestResult<ListCommentsResponses, ListCommentsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListCommentsResponses, ListCommentsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments',
    ...options,
  });

/**
 * Comment on a task
 *
 * Mentions (`@email`, `@userId`) of members of the workspace are listed in `mentionedUserIds`; any other mention stays plain text.
 */
export const createComment = <ThrowOnError extends boolean = false>(
  options: Options<CreateCommentData, ThrowOnError>,
): RequestResult<CreateCommentResponses, CreateCommentErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateCommentResponses, CreateCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a comment
 *
 * The author deletes their own comment; admins and owners may delete any.
 */
export const deleteComment = <ThrowOnError extends boolean = false>(
  options: Options<DeleteCommentData, ThrowOnError>,
): RequestResult<DeleteCommentResponses, DeleteCommentErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteCommentResponses, DeleteCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}',
    ...options,
  });

/**
 * Get a comment
 */
export const getComment = <ThrowOnError extends boolean = false>(
  options: Options<GetCommentData, ThrowOnError>,
): RequestResult<GetCommentResponses, GetCommentErrors, ThrowOnError> =>
  (options.client ?? client).get<GetCommentResponses, GetCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}',
    ...options,
  });

/**
 * Edit your comment
 *
 * Only the author may. The same text again changes nothing (no `editedAt`, no event).
 */
export const editComment = <ThrowOnError extends boolean = false>(
  options: Options<EditCommentData, ThrowOnError>,
): RequestResult<EditCommentResponses, EditCommentErrors, ThrowOnError> =>
  (options.client ?? client).patch<EditCommentResponses, EditCommentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/comments/{commentId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List and search the workspace's tasks
 *
 * Tasks of every project of the workspace (archived projects only with `includeArchived=true`), filtered, sorted by `sort`, `limit` per page: pass the `nextCursor` of one page as `cursor` with the same `sort` (and `q`) to get the next; a cursor of another sort or search is 400 `invalid-cursor`. With `q`, a full-text search in titles, descriptions and comments, best match first. A task whose sort key changes between two pages moves in the order: it may be seen twice or not at all in that walk. Read from a replica, yet shows the caller's own writes (read-your-writes).
 */
export const listWorkspaceTasks = <ThrowOnError extends boolean = false>(
  options: Options<ListWorkspaceTasksData, ThrowOnError>,
): RequestResult<ListWorkspaceTasksResponses, ListWorkspaceTasksErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListWorkspaceTasksResponses,
    ListWorkspaceTasksErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks',
    ...options,
  });

/**
 * Quote a plan's price in a currency
 *
 * Any signed-in user. Price per seat and month, converted from USD at the day's FX rate. While the FX API is out the last known rate is used (`stale: true`, `source: last-known`); 503 `fx-rate-unavailable` only when no rate for the currency was ever known.
 */
export const getPlanQuote = <ThrowOnError extends boolean = false>(
  options: Options<GetPlanQuoteData, ThrowOnError>,
): RequestResult<GetPlanQuoteResponses, GetPlanQuoteErrors, ThrowOnError> =>
  (options.client ?? client).get<GetPlanQuoteResponses, GetPlanQuoteErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/billing/quote',
    ...options,
  });

/**
 * Disconnect the workspace's Slack
 *
 * Admin and up. Forgets the webhook URL; messages still queued are not sent. 204 also when there was no connection.
 */
export const disconnectSlack = <ThrowOnError extends boolean = false>(
  options: Options<DisconnectSlackData, ThrowOnError>,
): RequestResult<DisconnectSlackResponses, DisconnectSlackErrors, ThrowOnError> =>
  (options.client ?? client).delete<DisconnectSlackResponses, DisconnectSlackErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
  });

/**
 * Get the workspace's Slack connection
 *
 * Admin and up. `connected: false` (and nulls) when there is none.
 */
export const getSlackConnection = <ThrowOnError extends boolean = false>(
  options: Options<GetSlackConnectionData, ThrowOnError>,
): RequestResult<GetSlackConnectionResponses, GetSlackConnectionErrors, ThrowOnError> =>
  (options.client ?? client).get<
    GetSlackConnectionResponses,
    GetSlackConnectionErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
  });

/**
 * Connect the workspace's Slack
 *
 * Admin and up. Connects, or reconnects, replacing any earlier connection (broken or not). Nothing is sent to Slack now: the first task completed is the first message. The URL is stored sealed and never shown again.
 */
export const connectSlack = <ThrowOnError extends boolean = false>(
  options: Options<ConnectSlackData, ThrowOnError>,
): RequestResult<ConnectSlackResponses, ConnectSlackErrors, ThrowOnError> =>
  (options.client ?? client).put<ConnectSlackResponses, ConnectSlackErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Send the weekly digest now
 *
 * Admin and up. Fixes the digest (the completions of the last 7 days) and queues the job that mails it to the subscribed members; answers 202 with Location `/v1/jobs/{jobId}`. At most DIGESTS_PER_DAY per workspace and UTC day: then 429 with Retry-After until midnight UTC.
 */
export const requestDigest = <ThrowOnError extends boolean = false>(
  options: Options<RequestDigestData, ThrowOnError>,
): RequestResult<RequestDigestResponses, RequestDigestErrors, ThrowOnError> =>
  (options.client ?? client).post<RequestDigestResponses, RequestDigestErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/digests',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Subscribe to or unsubscribe from the digest
 *
 * Any member, for themself only. The session's email address becomes the address the digest goes to.
 */
export const setDigestSubscription = <ThrowOnError extends boolean = false>(
  options: Options<SetDigestSubscriptionData, ThrowOnError>,
): RequestResult<SetDigestSubscriptionResponses, SetDigestSubscriptionErrors, ThrowOnError> =>
  (options.client ?? client).put<
    SetDigestSubscriptionResponses,
    SetDigestSubscriptionErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/digests/subscription',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * List your notifications, newest first
 *
 * Cursor-paged; each names its workspace. `unread=true` lists the unread ones.
 */
export const listMyNotifications = <ThrowOnError extends boolean = false>(
  options?: Options<ListMyNotificationsData, ThrowOnError>,
): RequestResult<ListMyNotificationsResponses, ListMyNotificationsErrors, ThrowOnError> =>
  (options?.client ?? client).get<
    ListMyNotificationsResponses,
    ListMyNotificationsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notifications',
    ...options,
  });

/**
 * Count your unread notifications
 */
export const countMyUnreadNotifications = <ThrowOnError extends boolean = false>(
  options?: Options<CountMyUnreadNotificationsData, ThrowOnError>,
): RequestResult<
  CountMyUnreadNotificationsResponses,
  CountMyUnreadNotificationsErrors,
  ThrowOnError
> =>
  (options?.client ?? client).get<
    CountMyUnreadNotificationsResponses,
    CountMyUnreadNotificationsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notifications/unread-count',
    ...options,
  });

/**
 * Mark all your notifications read
 *
 * All workspaces, or only `workspaceId`; answers how many were unread.
 */
export const markAllMyNotificationsRead = <ThrowOnError extends boolean = false>(
  options?: Options<MarkAllMyNotificationsReadData, ThrowOnError>,
): RequestResult<
  MarkAllMyNotificationsReadResponses,
  MarkAllMyNotificationsReadErrors,
  ThrowOnError
> =>
  (options?.client ?? client).post<
    MarkAllMyNotificationsReadResponses,
    MarkAllMyNotificationsReadErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notifications/read-all',
    ...options,
  });

/**
 * Mark one of your notifications read
 *
 * Again changes nothing. Someone else’s id is 404, as is an unknown one.
 */
export const markMyNotificationRead = <ThrowOnError extends boolean = false>(
  options: Options<MarkMyNotificationReadData, ThrowOnError>,
): RequestResult<MarkMyNotificationReadResponses, MarkMyNotificationReadErrors, ThrowOnError> =>
  (options.client ?? client).post<
    MarkMyNotificationReadResponses,
    MarkMyNotificationReadErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notifications/{id}/read',
    ...options,
  });

/**
 * Follow your new notifications as Server-Sent Events
 *
 * Any instance serves any user. With `Last-Event-ID`, first replays every notification after that id, oldest first (at most 500; past that a `replay-truncated` event ends the stream: reconnect with the last id), then the new ones as they happen. Over NOTIFICATION_STREAMS_PER_USER open streams: 429. Browsers: EventSource cannot send Authorization; use fetch() with a streamed body.
 */
export const streamMyNotifications = <ThrowOnError extends boolean = false>(
  options?: Options<StreamMyNotificationsData, ThrowOnError, StreamMyNotificationsResponse>,
): Promise<ServerSentEventsResult<StreamMyNotificationsResponses>> =>
  (options?.client ?? client).sse.get<
    StreamMyNotificationsResponses,
    StreamMyNotificationsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notifications/stream',
    ...options,
  });

/**
 * Get your notification preferences
 *
 * Every kind with its delivery: `in-app`, `email`, `digest` or `off`.
 */
export const getMyNotificationPreferences = <ThrowOnError extends boolean = false>(
  options?: Options<GetMyNotificationPreferencesData, ThrowOnError>,
): RequestResult<
  GetMyNotificationPreferencesResponses,
  GetMyNotificationPreferencesErrors,
  ThrowOnError
> =>
  (options?.client ?? client).get<
    GetMyNotificationPreferencesResponses,
    GetMyNotificationPreferencesErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notification-preferences',
    ...options,
  });

/**
 * Change your notification preferences
 *
 * Only the kinds sent change. `in-app`: in the inbox only; `email`: also mailed (batched); `digest`: also in the weekly digest; `off`: not kept at all. Applies to new notifications.
 */
export const setMyNotificationPreferences = <ThrowOnError extends boolean = false>(
  options: Options<SetMyNotificationPreferencesData, ThrowOnError>,
): RequestResult<
  SetMyNotificationPreferencesResponses,
  SetMyNotificationPreferencesErrors,
  ThrowOnError
> =>
  (options.client ?? client).put<
    SetMyNotificationPreferencesResponses,
    SetMyNotificationPreferencesErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/me/notification-preferences',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Get your onboarding checklist in a workspace
 *
 * The caller's own checklist: steps are done by doing them, or skipped.
 */
export const getOnboarding = <ThrowOnError extends boolean = false>(
  options: Options<GetOnboardingData, ThrowOnError>,
): RequestResult<GetOnboardingResponses, GetOnboardingErrors, ThrowOnError> =>
  (options.client ?? client).get<GetOnboardingResponses, GetOnboardingErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/onboarding',
    ...options,
  });

/**
 * Skip onboarding steps or dismiss the checklist
 *
 * A done step stays done; repeating the request changes nothing. Skipping the last open step completes the checklist.
 */
export const updateOnboarding = <ThrowOnError extends boolean = false>(
  options: Options<UpdateOnboardingData, ThrowOnError>,
): RequestResult<UpdateOnboardingResponses, UpdateOnboardingErrors, ThrowOnError> =>
  (options.client ?? client).patch<UpdateOnboardingResponses, UpdateOnboardingErrors, ThrowOnError>(
    {
      security: [{ scheme: 'bearer', type: 'http' }],
      url: '/v1/workspaces/{workspaceId}/onboarding',
      ...options,
      headers: {
        'Content-Type': 'application/json',
        ...options.headers,
      },
    },
  );

/**
 * List the workspace's webhook endpoints
 *
 * Admin and up. Oldest first, without secrets, `limit` per page (docs/API.md, "Lists"; the quota keeps them fewer than a page by default).
 */
export const listWebhookEndpoints = <ThrowOnError extends boolean = false>(
  options: Options<ListWebhookEndpointsData, ThrowOnError>,
): RequestResult<ListWebhookEndpointsResponses, ListWebhookEndpointsErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListWebhookEndpointsResponses,
    ListWebhookEndpointsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints',
    ...options,
  });

/**
 * Create a webhook endpoint
 *
 * Admin and up. The answer carries the signing secret, shown only here. The URL must resolve to public addresses only. At most WEBHOOK_ENDPOINTS_PER_WORKSPACE endpoints (disabled ones included): then 409. Not idempotent: a replay would have to keep the secret.
 */
export const createWebhookEndpoint = <ThrowOnError extends boolean = false>(
  options: Options<CreateWebhookEndpointData, ThrowOnError>,
): RequestResult<CreateWebhookEndpointResponses, CreateWebhookEndpointErrors, ThrowOnError> =>
  (options.client ?? client).post<
    CreateWebhookEndpointResponses,
    CreateWebhookEndpointErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a webhook endpoint
 *
 * Admin and up. Removes its delivery log too; attempts still queued send nothing.
 */
export const deleteWebhookEndpoint = <ThrowOnError extends boolean = false>(
  options: Options<DeleteWebhookEndpointData, ThrowOnError>,
): RequestResult<DeleteWebhookEndpointResponses, DeleteWebhookEndpointErrors, ThrowOnError> =>
  (options.client ?? client).delete<
    DeleteWebhookEndpointResponses,
    DeleteWebhookEndpointErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}',
    ...options,
  });

/**
 * Get a webhook endpoint
 *
 * Admin and up. Without its secret.
 */
export const getWebhookEndpoint = <ThrowOnError extends boolean = false>(
  options: Options<GetWebhookEndpointData, ThrowOnError>,
): RequestResult<GetWebhookEndpointResponses, GetWebhookEndpointErrors, ThrowOnError> =>
  (options.client ?? client).get<
    GetWebhookEndpointResponses,
    GetWebhookEndpointErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}',
    ...options,
  });

/**
 * Update a webhook endpoint
 *
 * Admin and up. Only the fields sent change. Enabling clears `disabledReason`; disabling may give one. A new URL is vetted as at creation.
 */
export const updateWebhookEndpoint = <ThrowOnError extends boolean = false>(
  options: Options<UpdateWebhookEndpointData, ThrowOnError>,
): RequestResult<UpdateWebhookEndpointResponses, UpdateWebhookEndpointErrors, ThrowOnError> =>
  (options.client ?? client).patch<
    UpdateWebhookEndpointResponses,
    UpdateWebhookEndpointErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Rotate a webhook endpoint's signing secret
 *
 * Admin and up. The new secret is shown only here; for 24 h requests carry a second signature with the old one, so receivers can switch without a gap.
 */
export const rotateWebhookEndpointSecret = <ThrowOnError extends boolean = false>(
  options: Options<RotateWebhookEndpointSecretData, ThrowOnError>,
): RequestResult<
  RotateWebhookEndpointSecretResponses,
  RotateWebhookEndpointSecretErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    RotateWebhookEndpointSecretResponses,
    RotateWebhookEndpointSecretErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/rotate-secret',
    ...options,
  });

/**
 * List a webhook endpoint's deliveries
 *
 * Admin and up. The delivery log, newest first, `limit` per page (docs/API.md, "Lists"), read on the primary.
 */
export const listWebhookDeliveries = <ThrowOnError extends boolean = false>(
  options: Options<ListWebhookDeliveriesData, ThrowOnError>,
): RequestResult<ListWebhookDeliveriesResponses, ListWebhookDeliveriesErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListWebhookDeliveriesResponses,
    ListWebhookDeliveriesErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries',
    ...options,
  });

/**
 * Send a webhook delivery again
 *
 * Admin and up. Whatever its state, the delivery is `pending` again with a fresh retry schedule; the worker sends it (202). An attempt still queued for it becomes stale, so the receiver never gets two at once.
 */
export const redeliverWebhookDelivery = <ThrowOnError extends boolean = false>(
  options: Options<RedeliverWebhookDeliveryData, ThrowOnError>,
): RequestResult<RedeliverWebhookDeliveryResponses, RedeliverWebhookDeliveryErrors, ThrowOnError> =>
  (options.client ?? client).post<
    RedeliverWebhookDeliveryResponses,
    RedeliverWebhookDeliveryErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/redeliver',
    ...options,
  });

/**
 * Send a test event to a webhook endpoint
 *
 * Admin and up. A `webhooks.test.v1` event to this endpoint only, through the normal delivery path (202: the worker sends it); follow it in the delivery log.
 */
export const sendWebhookTestEvent = <ThrowOnError extends boolean = false>(
  options: Options<SendWebhookTestEventData, ThrowOnError>,
): RequestResult<SendWebhookTestEventResponses, SendWebhookTestEventErrors, ThrowOnError> =>
  (options.client ?? client).post<
    SendWebhookTestEventResponses,
    SendWebhookTestEventErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/test',
    ...options,
  });

/**
 * List a task's image attachments
 *
 * Image files only (their `contentType` is one of the image types, as v1 released it); `listTaskFiles` lists files of every type. Oldest first, a page at a time (`limit`, `cursor`: docs/API.md, "Lists"). A task unknown in the workspace has none.
 */
export const listAttachments = <ThrowOnError extends boolean = false>(
  options: Options<ListAttachmentsData, ThrowOnError>,
): RequestResult<ListAttachmentsResponses, ListAttachmentsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListAttachmentsResponses, ListAttachmentsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments',
    ...options,
  });

/**
 * Announce an attachment and get a URL to upload it to
 *
 * The first step of a presigned upload: PUT the file to `uploadUrl` with exactly `uploadHeaders` (Content-Type and Content-Length, covered by the signature) before `expiresAt`, then complete the upload (`completeAttachmentUpload`). Any file type; the file name is sanitised. An attachment never completed is removed some time after it was announced (60 minutes by default). While object storage is out: 503 `dependency-unavailable` with `Retry-After`, nothing written.
 */
export const requestAttachmentUpload = <ThrowOnError extends boolean = false>(
  options: Options<RequestAttachmentUploadData, ThrowOnError>,
): RequestResult<RequestAttachmentUploadResponses, RequestAttachmentUploadErrors, ThrowOnError> =>
  (options.client ?? client).post<
    RequestAttachmentUploadResponses,
    RequestAttachmentUploadErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Complete a presigned upload and start processing the file
 *
 * Checks that the stored file is the announced one (size, stored type), takes the type its first bytes say (correcting the announced one), then starts a job that makes the variants of an image, or marks another file ready: follow it at `Location`. A stored file that is not the announced one (413, 422) is deleted with its attachment: announce it again; so is one whose task was deleted meanwhile (404). Completing again answers the same job. While object storage is out: 503 `dependency-unavailable` with `Retry-After`; the attachment stays pending, to be completed again.
 */
export const completeAttachmentUpload = <ThrowOnError extends boolean = false>(
  options: Options<CompleteAttachmentUploadData, ThrowOnError>,
): RequestResult<CompleteAttachmentUploadResponses, CompleteAttachmentUploadErrors, ThrowOnError> =>
  (options.client ?? client).post<
    CompleteAttachmentUploadResponses,
    CompleteAttachmentUploadErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}/complete',
    ...options,
  });

/**
 * Upload a file as the request body and start processing it
 *
 * The body is the file itself (not multipart), of any type, with a `Content-Length` header. The file's type is the one its first bytes say when they say one, else the Content-Type sent. Nothing is stored on a refusal. Then a job makes the variants of an image, or marks another file ready: follow it at `Location`. While object storage is out: 503 `dependency-unavailable` with `Retry-After` at once (the body is not read), and nothing is stored.
 */
export const uploadAttachment = <ThrowOnError extends boolean = false>(
  options: Options<UploadAttachmentData, ThrowOnError>,
): RequestResult<UploadAttachmentResponses, UploadAttachmentErrors, ThrowOnError> =>
  (options.client ?? client).post<UploadAttachmentResponses, UploadAttachmentErrors, ThrowOnError>({
    bodySerializer: null,
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/upload',
    ...options,
    headers: {
      'Content-Type': 'image/png',
      ...options.headers,
    },
  });

/**
 * Delete an attachment and its files
 *
 * While object storage is out: 503 `dependency-unavailable` with `Retry-After`, and nothing is deleted.
 */
export const deleteAttachment = <ThrowOnError extends boolean = false>(
  options: Options<DeleteAttachmentData, ThrowOnError>,
): RequestResult<DeleteAttachmentResponses, DeleteAttachmentErrors, ThrowOnError> =>
  (options.client ?? client).delete<
    DeleteAttachmentResponses,
    DeleteAttachmentErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}',
    ...options,
  });

/**
 * Get an image attachment, with fresh download URLs
 *
 * Read from the primary: poll it after uploading to see the status change. A file that is not an image is `404` here and answered by `getTaskFile`. Download URLs are signed locally: answered while object storage is out too, marked `Dependency-Unavailable: s3`.
 */
export const getAttachment = <ThrowOnError extends boolean = false>(
  options: Options<GetAttachmentData, ThrowOnError>,
): RequestResult<GetAttachmentResponses, GetAttachmentErrors, ThrowOnError> =>
  (options.client ?? client).get<GetAttachmentResponses, GetAttachmentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}',
    ...options,
  });

/**
 * List a task's files of any type
 *
 * Every attachment, images included, with its media type as stored. Oldest first, a page at a time (`limit`, `cursor`: docs/API.md, "Lists"). A task unknown in the workspace has none.
 */
export const listTaskFiles = <ThrowOnError extends boolean = false>(
  options: Options<ListTaskFilesData, ThrowOnError>,
): RequestResult<ListTaskFilesResponses, ListTaskFilesErrors, ThrowOnError> =>
  (options.client ?? client).get<ListTaskFilesResponses, ListTaskFilesErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/files',
    ...options,
  });

/**
 * Get a file of any type, with fresh download URLs
 *
 * The same attachment as `getAttachment` (same id), for files of every type.
 */
export const getTaskFile = <ThrowOnError extends boolean = false>(
  options: Options<GetTaskFileData, ThrowOnError>,
): RequestResult<GetTaskFileResponses, GetTaskFileErrors, ThrowOnError> =>
  (options.client ?? client).get<GetTaskFileResponses, GetTaskFileErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/files/{fileId}',
    ...options,
  });

/**
 * Get the state of a job
 *
 * Where a 202 Accepted points. Members of the job's workspace whose role the starting route required; 404 for unknown, malformed (not `<queue>.<uuid>`) and other workspaces' ids alike. With `waitMs`, long-polls until the job finishes or the time is up; a long-poll over JOB_STREAMS_PER_USER is a 429.
 */
export const getJob = <ThrowOnError extends boolean = false>(
  options: Options<GetJobData, ThrowOnError>,
): RequestResult<GetJobResponses, GetJobErrors, ThrowOnError> =>
  (options.client ?? client).get<GetJobResponses, GetJobErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/jobs/{id}',
    ...options,
  });

/**
 * Follow a job's progress as Server-Sent Events
 *
 * Same access as getJob; a refusal is a problem+json answer before any stream starts. Over JOB_STREAMS_PER_USER open streams and long-polls: 429. Browsers: EventSource cannot send Authorization; use fetch() with a streamed body.
 */
export const streamJobEvents = <ThrowOnError extends boolean = false>(
  options: Options<StreamJobEventsData, ThrowOnError, StreamJobEventsResponse>,
): Promise<ServerSentEventsResult<StreamJobEventsResponses>> =>
  (options.client ?? client).sse.get<StreamJobEventsResponses, StreamJobEventsErrors, ThrowOnError>(
    {
      security: [{ scheme: 'bearer', type: 'http' }],
      url: '/v1/jobs/{id}/events',
      ...options,
    },
  );

/**
 * List jobs that failed for good
 *
 * Platform admins. Jobs whose attempts are used up (kept 14 days), newest first, across one queue or all; `limit` per page, the next in `nextCursor` and `Link` (docs/API.md, "Lists").
 */
export const listDeadLetters = <ThrowOnError extends boolean = false>(
  options?: Options<ListDeadLettersData, ThrowOnError>,
): RequestResult<ListDeadLettersResponses, ListDeadLettersErrors, ThrowOnError> =>
  (options?.client ?? client).get<ListDeadLettersResponses, ListDeadLettersErrors, ThrowOnError>({
    security: [
      { scheme: 'bearer', type: 'http' },
      { scheme: 'basic', type: 'http' },
    ],
    url: '/v1/admin/jobs/dead',
    ...options,
  });

/**
 * Put a dead job back to work
 *
 * Platform admins. The job goes back to `waiting` in its queue with its attempts reset; 202 with Location `/v1/jobs/{id}`. 409 when the job is not (or no longer) failed.
 */
export const redriveDeadLetter = <ThrowOnError extends boolean = false>(
  options: Options<RedriveDeadLetterData, ThrowOnError>,
): RequestResult<RedriveDeadLetterResponses, RedriveDeadLetterErrors, ThrowOnError> =>
  (options.client ?? client).post<
    RedriveDeadLetterResponses,
    RedriveDeadLetterErrors,
    ThrowOnError
  >({
    security: [
      { scheme: 'bearer', type: 'http' },
      { scheme: 'basic', type: 'http' },
    ],
    url: '/v1/admin/jobs/{id}/redrive',
    ...options,
  });
