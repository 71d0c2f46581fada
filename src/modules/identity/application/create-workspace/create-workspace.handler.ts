import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { MemberJoinedV1 } from '../../contracts/member-joined.event';
import { MembershipEntity } from '../../persistence/membership.entity';
import { WorkspaceEntity } from '../../persistence/workspace.entity';
import { MembershipSync } from '../membership-sync';
import type { WorkspaceView } from '../workspace-view';
import { CreateWorkspaceCommand } from './create-workspace.command';

@CommandHandler(CreateWorkspaceCommand)
export class CreateWorkspaceHandler implements ICommandHandler<CreateWorkspaceCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly membershipSync: MembershipSync,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props: { actorId, name } }: CreateWorkspaceCommand): Promise<WorkspaceView> {
    const workspace = await this.unitOfWork.run(actorId, async (manager) => {
      const created = await manager.save(
        manager.create(WorkspaceEntity, { name, createdBy: actorId }),
      );
      await manager.insert(MembershipEntity, {
        workspaceId: created.id,
        userId: actorId,
        role: 'owner',
      });
      await this.outbox.publish(
        manager,
        new MemberJoinedV1(
          { userId: actorId, role: 'owner', via: 'workspace-created' },
          newEventMetadata(created.id, actorId),
        ),
      );
      return created;
    });
    await this.membershipSync.afterChangeOf(actorId);
    return {
      id: workspace.id,
      name: workspace.name,
      role: 'owner',
      createdAt: workspace.createdAt.toISOString(),
    };
  }
}
