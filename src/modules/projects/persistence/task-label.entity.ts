import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { LabelEntity } from './label.entity';
import { TaskEntity } from './task.entity';

/**
 * Which labels a task carries. Both foreign keys stay inside the projects schema and cascade:
 * deleting a task or a label removes its rows here, with no orphan to sweep.
 */
@Entity({ schema: 'projects', name: 'task_labels' })
// A label's tasks by label (the primary key leads with the task): for deleting a label, and for
// the task view's label filter, which reads the task ids from this index alone.
@Index('task_labels_by_label', ['labelId', 'taskId'])
export class TaskLabelEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @PrimaryColumn({ name: 'label_id', type: 'uuid' })
  labelId!: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'task_labels_task_fk' })
  task?: TaskEntity;

  @ManyToOne(() => LabelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'label_id', foreignKeyConstraintName: 'task_labels_label_fk' })
  label?: LabelEntity;
}
