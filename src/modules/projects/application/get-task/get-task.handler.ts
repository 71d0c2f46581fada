import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { taskOf } from '../../persistence/tasks.store';
import { taskViewOf, type TaskView } from '../task-view';
import { GetTaskQuery } from './get-task.query';

@QueryHandler(GetTaskQuery)
export class GetTaskHandler implements IQueryHandler<GetTaskQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, taskId } }: GetTaskQuery): Promise<TaskView> {
    return taskViewOf(await taskOf(this.dataSource.manager, workspaceId, taskId));
  }
}
