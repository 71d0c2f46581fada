import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../domain/text-limits';

@Entity({ schema: 'projects', name: 'projects' })
// The project list: a workspace's projects in creation order.
@Index('projects_by_workspace', ['workspaceId', 'createdAt'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: PROJECT_NAME_MAX })
  name!: string;

  @Column({ type: 'varchar', length: PROJECT_DESCRIPTION_MAX, nullable: true })
  description!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The row's version and ETag; raised by a trigger on every UPDATE, as for tasks. */
  @VersionColumn({ default: 1 })
  version!: number;
}
