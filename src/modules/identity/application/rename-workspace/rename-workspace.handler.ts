import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { WorkspaceEntity } from '../../persistence/workspace.entity';
import { RenameWorkspaceCommand } from './rename-workspace.command';
import type { RenamedWorkspaceView } from './renamed-workspace-view';

@CommandHandler(RenameWorkspaceCommand)
export class RenameWorkspaceHandler implements ICommandHandler<RenameWorkspaceCommand> {
  constructor(
    @InjectRepository(WorkspaceEntity) private readonly workspaces: Repository<WorkspaceEntity>,
  ) {}

  async execute({ props }: RenameWorkspaceCommand): Promise<RenamedWorkspaceView> {
    const { workspaceId, name } = props;
    await this.workspaces.update({ id: workspaceId }, { name });
    return { id: workspaceId, name };
  }
}
