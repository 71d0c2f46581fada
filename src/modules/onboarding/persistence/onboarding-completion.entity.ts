import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A member who completed onboarding in a workspace: inserted with onboarding.completed.v1. */
@Entity({ schema: 'onboarding', name: 'completions' })
export class OnboardingCompletionEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'completions_pkey',
  })
  workspaceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'completions_pkey' })
  userId!: string;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}
