// Generated from openapi.json by `npm run client` (@hey-api/openapi-ts). Do not edit:
// change the API, run `npm run openapi && npm run client`, and commit both.

import type { Client, ClientMeta, Options as Options2, RequestResult, TDataShape } from './client';
import { client } from './client.gen';
import type {
  AcceptInvitationData,
  AcceptInvitationErrors,
  AcceptInvitationResponses,
  AnalyticsControllerActivityData,
  AnalyticsControllerActivityErrors,
  AnalyticsControllerActivityResponses,
  AnalyticsControllerReportData,
  AnalyticsControllerReportErrors,
  AnalyticsControllerReportResponses,
  ArchiveProjectData,
  ArchiveProjectErrors,
  ArchiveProjectResponses,
  AssignTaskData,
  AssignTaskErrors,
  AssignTaskResponses,
  BillingControllerQuoteData,
  BillingControllerQuoteErrors,
  BillingControllerQuoteResponses,
  ChangePasswordData,
  ChangePasswordErrors,
  ChangePasswordResponses,
  ChangeWorkspaceMemberRoleData,
  ChangeWorkspaceMemberRoleErrors,
  ChangeWorkspaceMemberRoleResponses,
  CompleteAttachmentUploadData,
  CompleteAttachmentUploadErrors,
  CompleteAttachmentUploadResponses,
  CompletePasswordResetData,
  CompletePasswordResetErrors,
  CompletePasswordResetResponses,
  CompleteTaskData,
  CompleteTaskErrors,
  CompleteTaskResponses,
  CreateProjectData,
  CreateProjectErrors,
  CreateProjectResponses,
  CreateTaskData,
  CreateTaskErrors,
  CreateTaskResponses,
  CreateWorkspaceData,
  CreateWorkspaceErrors,
  CreateWorkspaceResponses,
  DeadLettersControllerListData,
  DeadLettersControllerListErrors,
  DeadLettersControllerListResponses,
  DeadLettersControllerRedriveData,
  DeadLettersControllerRedriveErrors,
  DeadLettersControllerRedriveResponses,
  DeleteAttachmentData,
  DeleteAttachmentErrors,
  DeleteAttachmentResponses,
  DeleteTaskData,
  DeleteTaskErrors,
  DeleteTaskResponses,
  DeliveriesControllerListData,
  DeliveriesControllerListErrors,
  DeliveriesControllerListResponses,
  DeliveriesControllerRedeliverData,
  DeliveriesControllerRedeliverErrors,
  DeliveriesControllerRedeliverResponses,
  DeliveriesControllerSendTestData,
  DeliveriesControllerSendTestErrors,
  DeliveriesControllerSendTestResponses,
  DigestsControllerRequestData,
  DigestsControllerRequestErrors,
  DigestsControllerRequestResponses,
  DigestsControllerSetSubscriptionData,
  DigestsControllerSetSubscriptionErrors,
  DigestsControllerSetSubscriptionResponses,
  EndpointsControllerCreateData,
  EndpointsControllerCreateErrors,
  EndpointsControllerCreateResponses,
  EndpointsControllerGetData,
  EndpointsControllerGetErrors,
  EndpointsControllerGetResponses,
  EndpointsControllerListData,
  EndpointsControllerListErrors,
  EndpointsControllerListResponses,
  EndpointsControllerRemoveData,
  EndpointsControllerRemoveErrors,
  EndpointsControllerRemoveResponses,
  EndpointsControllerRotateSecretData,
  EndpointsControllerRotateSecretErrors,
  EndpointsControllerRotateSecretResponses,
  EndpointsControllerUpdateData,
  EndpointsControllerUpdateErrors,
  EndpointsControllerUpdateResponses,
  ExportsControllerGetData,
  ExportsControllerGetErrors,
  ExportsControllerGetResponses,
  ExportsControllerRequestData,
  ExportsControllerRequestErrors,
  ExportsControllerRequestResponses,
  GetAttachmentData,
  GetAttachmentErrors,
  GetAttachmentResponses,
  GetCurrentUserData,
  GetCurrentUserErrors,
  GetCurrentUserResponses,
  GetOnboardingData,
  GetOnboardingErrors,
  GetOnboardingResponses,
  GetProjectData,
  GetProjectErrors,
  GetProjectResponses,
  GetTaskData,
  GetTaskErrors,
  GetTaskResponses,
  HeartbeatsControllerRequestData,
  HeartbeatsControllerRequestErrors,
  HeartbeatsControllerRequestResponses,
  HeartbeatsControllerStatusData,
  HeartbeatsControllerStatusErrors,
  HeartbeatsControllerStatusResponses,
  InviteWorkspaceMemberData,
  InviteWorkspaceMemberErrors,
  InviteWorkspaceMemberResponses,
  JobsControllerEventsData,
  JobsControllerEventsErrors,
  JobsControllerEventsResponses,
  JobsControllerStatusData,
  JobsControllerStatusErrors,
  JobsControllerStatusResponses,
  LeaveWorkspaceData,
  LeaveWorkspaceErrors,
  LeaveWorkspaceResponses,
  ListAttachmentsData,
  ListAttachmentsErrors,
  ListAttachmentsResponses,
  ListProjectsData,
  ListProjectsErrors,
  ListProjectsResponses,
  ListTasksData,
  ListTasksErrors,
  ListTasksResponses,
  ListWorkspaceInvitationsData,
  ListWorkspaceInvitationsErrors,
  ListWorkspaceInvitationsResponses,
  ListWorkspaceMembersData,
  ListWorkspaceMembersErrors,
  ListWorkspaceMembersResponses,
  ListWorkspacesData,
  ListWorkspacesErrors,
  ListWorkspacesResponses,
  LogInData,
  LogInErrors,
  LogInResponses,
  LogOutData,
  LogOutErrors,
  LogOutEverywhereData,
  LogOutEverywhereErrors,
  LogOutEverywhereResponses,
  LogOutResponses,
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
  RequestPasswordResetData,
  RequestPasswordResetErrors,
  RequestPasswordResetResponses,
  ResendVerificationEmailData,
  ResendVerificationEmailErrors,
  ResendVerificationEmailResponses,
  RevokeInvitationData,
  RevokeInvitationErrors,
  RevokeInvitationResponses,
  SignUpData,
  SignUpErrors,
  SignUpResponses,
  SlackIntegrationControllerConnectData,
  SlackIntegrationControllerConnectErrors,
  SlackIntegrationControllerConnectResponses,
  SlackIntegrationControllerDisconnectData,
  SlackIntegrationControllerDisconnectErrors,
  SlackIntegrationControllerDisconnectResponses,
  SlackIntegrationControllerGetData,
  SlackIntegrationControllerGetErrors,
  SlackIntegrationControllerGetResponses,
  UpdateOnboardingData,
  UpdateOnboardingErrors,
  UpdateOnboardingResponses,
  UpdateProjectData,
  UpdateProjectErrors,
  UpdateProjectResponses,
  UpdateTaskData,
  UpdateTaskErrors,
  UpdateTaskResponses,
  UploadAttachmentData,
  UploadAttachmentErrors,
  UploadAttachmentResponses,
  VerifyEmailData,
  VerifyEmailErrors,
  VerifyEmailResponses,
  WebHealthControllerLiveData,
  WebHealthControllerLiveErrors,
  WebHealthControllerLiveResponses,
  WebHealthControllerReadyData,
  WebHealthControllerReadyErrors,
  WebHealthControllerReadyResponses,
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

export const webHealthControllerLive = <ThrowOnError extends boolean = false>(
  options?: Options<WebHealthControllerLiveData, ThrowOnError>,
): RequestResult<WebHealthControllerLiveResponses, WebHealthControllerLiveErrors, ThrowOnError> =>
  (options?.client ?? client).get<
    WebHealthControllerLiveResponses,
    WebHealthControllerLiveErrors,
    ThrowOnError
  >({ url: '/health/live', ...options });

export const webHealthControllerReady = <ThrowOnError extends boolean = false>(
  options?: Options<WebHealthControllerReadyData, ThrowOnError>,
): RequestResult<WebHealthControllerReadyResponses, WebHealthControllerReadyErrors, ThrowOnError> =>
  (options?.client ?? client).get<
    WebHealthControllerReadyResponses,
    WebHealthControllerReadyErrors,
    ThrowOnError
  >({ url: '/health/ready', ...options });

export const heartbeatsControllerRequest = <ThrowOnError extends boolean = false>(
  options: Options<HeartbeatsControllerRequestData, ThrowOnError>,
): RequestResult<
  HeartbeatsControllerRequestResponses,
  HeartbeatsControllerRequestErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    HeartbeatsControllerRequestResponses,
    HeartbeatsControllerRequestErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'basic', type: 'http' }],
    url: '/v1/system/heartbeats',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

export const heartbeatsControllerStatus = <ThrowOnError extends boolean = false>(
  options: Options<HeartbeatsControllerStatusData, ThrowOnError>,
): RequestResult<
  HeartbeatsControllerStatusResponses,
  HeartbeatsControllerStatusErrors,
  ThrowOnError
> =>
  (options.client ?? client).get<
    HeartbeatsControllerStatusResponses,
    HeartbeatsControllerStatusErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'basic', type: 'http' }],
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
 * Every workspace the user is a member of, with their role, oldest first.
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
 * In the order they joined.
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
 * Accepted, revoked and expired invitations are left out.
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

export const analyticsControllerActivity = <ThrowOnError extends boolean = false>(
  options: Options<AnalyticsControllerActivityData, ThrowOnError>,
): RequestResult<
  AnalyticsControllerActivityResponses,
  AnalyticsControllerActivityErrors,
  ThrowOnError
> =>
  (options.client ?? client).get<
    AnalyticsControllerActivityResponses,
    AnalyticsControllerActivityErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/activity',
    ...options,
  });

export const analyticsControllerReport = <ThrowOnError extends boolean = false>(
  options: Options<AnalyticsControllerReportData, ThrowOnError>,
): RequestResult<
  AnalyticsControllerReportResponses,
  AnalyticsControllerReportErrors,
  ThrowOnError
> =>
  (options.client ?? client).get<
    AnalyticsControllerReportResponses,
    AnalyticsControllerReportErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/reports',
    ...options,
  });

export const exportsControllerRequest = <ThrowOnError extends boolean = false>(
  options: Options<ExportsControllerRequestData, ThrowOnError>,
): RequestResult<ExportsControllerRequestResponses, ExportsControllerRequestErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ExportsControllerRequestResponses,
    ExportsControllerRequestErrors,
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

export const exportsControllerGet = <ThrowOnError extends boolean = false>(
  options: Options<ExportsControllerGetData, ThrowOnError>,
): RequestResult<ExportsControllerGetResponses, ExportsControllerGetErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ExportsControllerGetResponses,
    ExportsControllerGetErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/analytics/exports/{exportId}',
    ...options,
  });

/**
 * List the workspace's projects
 *
 * Oldest first, not paged; archived projects only with `includeArchived=true`. Read from a replica, yet shows the caller's own writes (read-your-writes).
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
 * Only the fields sent change; `description: null` clears the description.
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
 * An archived project is read-only: it can no longer be edited or get new tasks. Archiving an archived project changes nothing and keeps the first `archivedAt`.
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
 * Change a task's title or description
 *
 * Only the fields sent change; `description: null` clears the description.
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

export const billingControllerQuote = <ThrowOnError extends boolean = false>(
  options: Options<BillingControllerQuoteData, ThrowOnError>,
): RequestResult<BillingControllerQuoteResponses, BillingControllerQuoteErrors, ThrowOnError> =>
  (options.client ?? client).get<
    BillingControllerQuoteResponses,
    BillingControllerQuoteErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/billing/quote',
    ...options,
  });

export const slackIntegrationControllerDisconnect = <ThrowOnError extends boolean = false>(
  options: Options<SlackIntegrationControllerDisconnectData, ThrowOnError>,
): RequestResult<
  SlackIntegrationControllerDisconnectResponses,
  SlackIntegrationControllerDisconnectErrors,
  ThrowOnError
> =>
  (options.client ?? client).delete<
    SlackIntegrationControllerDisconnectResponses,
    SlackIntegrationControllerDisconnectErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
  });

export const slackIntegrationControllerGet = <ThrowOnError extends boolean = false>(
  options: Options<SlackIntegrationControllerGetData, ThrowOnError>,
): RequestResult<
  SlackIntegrationControllerGetResponses,
  SlackIntegrationControllerGetErrors,
  ThrowOnError
> =>
  (options.client ?? client).get<
    SlackIntegrationControllerGetResponses,
    SlackIntegrationControllerGetErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
  });

export const slackIntegrationControllerConnect = <ThrowOnError extends boolean = false>(
  options: Options<SlackIntegrationControllerConnectData, ThrowOnError>,
): RequestResult<
  SlackIntegrationControllerConnectResponses,
  SlackIntegrationControllerConnectErrors,
  ThrowOnError
> =>
  (options.client ?? client).put<
    SlackIntegrationControllerConnectResponses,
    SlackIntegrationControllerConnectErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/integrations/slack',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

export const digestsControllerRequest = <ThrowOnError extends boolean = false>(
  options: Options<DigestsControllerRequestData, ThrowOnError>,
): RequestResult<DigestsControllerRequestResponses, DigestsControllerRequestErrors, ThrowOnError> =>
  (options.client ?? client).post<
    DigestsControllerRequestResponses,
    DigestsControllerRequestErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/digests',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

export const digestsControllerSetSubscription = <ThrowOnError extends boolean = false>(
  options: Options<DigestsControllerSetSubscriptionData, ThrowOnError>,
): RequestResult<
  DigestsControllerSetSubscriptionResponses,
  DigestsControllerSetSubscriptionErrors,
  ThrowOnError
> =>
  (options.client ?? client).put<
    DigestsControllerSetSubscriptionResponses,
    DigestsControllerSetSubscriptionErrors,
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

export const endpointsControllerList = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerListData, ThrowOnError>,
): RequestResult<EndpointsControllerListResponses, EndpointsControllerListErrors, ThrowOnError> =>
  (options.client ?? client).get<
    EndpointsControllerListResponses,
    EndpointsControllerListErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints',
    ...options,
  });

export const endpointsControllerCreate = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerCreateData, ThrowOnError>,
): RequestResult<
  EndpointsControllerCreateResponses,
  EndpointsControllerCreateErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    EndpointsControllerCreateResponses,
    EndpointsControllerCreateErrors,
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

export const endpointsControllerRemove = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerRemoveData, ThrowOnError>,
): RequestResult<
  EndpointsControllerRemoveResponses,
  EndpointsControllerRemoveErrors,
  ThrowOnError
> =>
  (options.client ?? client).delete<
    EndpointsControllerRemoveResponses,
    EndpointsControllerRemoveErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}',
    ...options,
  });

export const endpointsControllerGet = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerGetData, ThrowOnError>,
): RequestResult<EndpointsControllerGetResponses, EndpointsControllerGetErrors, ThrowOnError> =>
  (options.client ?? client).get<
    EndpointsControllerGetResponses,
    EndpointsControllerGetErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}',
    ...options,
  });

export const endpointsControllerUpdate = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerUpdateData, ThrowOnError>,
): RequestResult<
  EndpointsControllerUpdateResponses,
  EndpointsControllerUpdateErrors,
  ThrowOnError
> =>
  (options.client ?? client).patch<
    EndpointsControllerUpdateResponses,
    EndpointsControllerUpdateErrors,
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

export const endpointsControllerRotateSecret = <ThrowOnError extends boolean = false>(
  options: Options<EndpointsControllerRotateSecretData, ThrowOnError>,
): RequestResult<
  EndpointsControllerRotateSecretResponses,
  EndpointsControllerRotateSecretErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    EndpointsControllerRotateSecretResponses,
    EndpointsControllerRotateSecretErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/rotate-secret',
    ...options,
  });

export const deliveriesControllerList = <ThrowOnError extends boolean = false>(
  options: Options<DeliveriesControllerListData, ThrowOnError>,
): RequestResult<DeliveriesControllerListResponses, DeliveriesControllerListErrors, ThrowOnError> =>
  (options.client ?? client).get<
    DeliveriesControllerListResponses,
    DeliveriesControllerListErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries',
    ...options,
  });

export const deliveriesControllerRedeliver = <ThrowOnError extends boolean = false>(
  options: Options<DeliveriesControllerRedeliverData, ThrowOnError>,
): RequestResult<
  DeliveriesControllerRedeliverResponses,
  DeliveriesControllerRedeliverErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    DeliveriesControllerRedeliverResponses,
    DeliveriesControllerRedeliverErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/redeliver',
    ...options,
  });

export const deliveriesControllerSendTest = <ThrowOnError extends boolean = false>(
  options: Options<DeliveriesControllerSendTestData, ThrowOnError>,
): RequestResult<
  DeliveriesControllerSendTestResponses,
  DeliveriesControllerSendTestErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    DeliveriesControllerSendTestResponses,
    DeliveriesControllerSendTestErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/webhooks/endpoints/{endpointId}/test',
    ...options,
  });

/**
 * List a task's attachments
 *
 * Oldest first, not paged. A task unknown in the workspace has none.
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
 * The first step of a presigned upload: PUT the file to `uploadUrl` with exactly `uploadHeaders` (Content-Type and Content-Length, covered by the signature) before `expiresAt`, then complete the upload (`completeAttachmentUpload`). An attachment never completed is removed some time after it was announced (60 minutes by default).
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
 * Complete a presigned upload and start processing the image
 *
 * Checks that the stored file is the announced one (size, type, first bytes), then starts a job that makes the variants: follow it at `Location`. A stored file that is not the announced one (413, 415, 422) is deleted with its attachment: announce it again. Completing again answers the same job.
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
 * Upload an image as the request body and start processing it
 *
 * The body is the image file itself (not multipart), with a `Content-Length` header. The image's type is the one its first bytes say, whatever image* Content-Type is sent. Nothing is stored on a refusal. Then a job makes the variants: follow it at `Location`.
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
 * Get an attachment, with fresh download URLs
 *
 * Read from the primary: poll it after uploading to see the status change.
 */
export const getAttachment = <ThrowOnError extends boolean = false>(
  options: Options<GetAttachmentData, ThrowOnError>,
): RequestResult<GetAttachmentResponses, GetAttachmentErrors, ThrowOnError> =>
  (options.client ?? client).get<GetAttachmentResponses, GetAttachmentErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/workspaces/{workspaceId}/tasks/{taskId}/attachments/{attachmentId}',
    ...options,
  });

export const jobsControllerStatus = <ThrowOnError extends boolean = false>(
  options: Options<JobsControllerStatusData, ThrowOnError>,
): RequestResult<JobsControllerStatusResponses, JobsControllerStatusErrors, ThrowOnError> =>
  (options.client ?? client).get<
    JobsControllerStatusResponses,
    JobsControllerStatusErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/jobs/{id}',
    ...options,
  });

export const jobsControllerEvents = <ThrowOnError extends boolean = false>(
  options: Options<JobsControllerEventsData, ThrowOnError>,
): RequestResult<JobsControllerEventsResponses, JobsControllerEventsErrors, ThrowOnError> =>
  (options.client ?? client).get<
    JobsControllerEventsResponses,
    JobsControllerEventsErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/jobs/{id}/events',
    ...options,
  });

export const deadLettersControllerList = <ThrowOnError extends boolean = false>(
  options?: Options<DeadLettersControllerListData, ThrowOnError>,
): RequestResult<
  DeadLettersControllerListResponses,
  DeadLettersControllerListErrors,
  ThrowOnError
> =>
  (options?.client ?? client).get<
    DeadLettersControllerListResponses,
    DeadLettersControllerListErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'basic', type: 'http' }],
    url: '/v1/admin/jobs/dead',
    ...options,
  });

export const deadLettersControllerRedrive = <ThrowOnError extends boolean = false>(
  options: Options<DeadLettersControllerRedriveData, ThrowOnError>,
): RequestResult<
  DeadLettersControllerRedriveResponses,
  DeadLettersControllerRedriveErrors,
  ThrowOnError
> =>
  (options.client ?? client).post<
    DeadLettersControllerRedriveResponses,
    DeadLettersControllerRedriveErrors,
    ThrowOnError
  >({
    security: [{ scheme: 'basic', type: 'http' }],
    url: '/v1/admin/jobs/{id}/redrive',
    ...options,
  });
