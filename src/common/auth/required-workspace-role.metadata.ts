export const REQUIRED_WORKSPACE_ROLE = 'tenfold:required-workspace-role';
