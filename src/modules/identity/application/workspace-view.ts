import type { WorkspaceRole } from '../../../common/auth/workspace-role';

export interface WorkspaceView {
  id: string;
  name: string;
  role: WorkspaceRole;
  createdAt: string;
}
