/** Workspace roles, strongest first. */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;

export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** True when `role` grants at least what `required` grants. */
export function roleAtLeast(role: WorkspaceRole, required: WorkspaceRole): boolean {
  return WORKSPACE_ROLES.indexOf(role) <= WORKSPACE_ROLES.indexOf(required);
}

/**
 * The actor's role in a workspace, or undefined. The id comes from the URL, so it may be
 * `constructor`, `__proto__` or `toString`: only the memberships' own keys count, and only a
 * value that is a known role (a session is data, not code to trust).
 */
export function roleIn(
  memberships: Readonly<Record<string, WorkspaceRole>>,
  workspaceId: string,
): WorkspaceRole | undefined {
  if (!Object.hasOwn(memberships, workspaceId)) return undefined;
  const role: unknown = memberships[workspaceId];
  return isWorkspaceRole(role) ? role : undefined;
}

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return (WORKSPACE_ROLES as readonly unknown[]).includes(value);
}
