import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { LABEL_NAME_MAX } from '../domain/label-rules';

/**
 * A workspace's label. Names are unique per workspace ignoring case: the unique index
 * labels_name_per_workspace on (workspace_id, lower(name)) is declared only by the migration
 * (TypeORM cannot describe an index on an expression); it also serves the list's keyset order.
 */
@Entity({ schema: 'projects', name: 'labels' })
@Check('label_color_is_hex', `"color" ~ '^#[0-9a-f]{6}$'`)
@Index('labels_name_per_workspace', { synchronize: false })
export class LabelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: LABEL_NAME_MAX })
  name!: string;

  /** `#rrggbb`, lower case. */
  @Column({ type: 'varchar', length: 7 })
  color!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
