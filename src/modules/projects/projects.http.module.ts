import { Module } from '@nestjs/common';

import { ArchiveProjectHandler } from './application/archive-project/archive-project.handler';
import { AssignTaskHandler } from './application/assign-task/assign-task.handler';
import { CompleteTaskHandler } from './application/complete-task/complete-task.handler';
import { CreateProjectHandler } from './application/create-project/create-project.handler';
import { CreateTaskHandler } from './application/create-task/create-task.handler';
import { DeleteProjectHandler } from './application/delete-project/delete-project.handler';
import { DeleteTaskHandler } from './application/delete-task/delete-task.handler';
import { GetProjectHandler } from './application/get-project/get-project.handler';
import { GetTaskHandler } from './application/get-task/get-task.handler';
import { ListProjectsHandler } from './application/list-projects/list-projects.handler';
import { ListTasksHandler } from './application/list-tasks/list-tasks.handler';
import { MoveTaskHandler } from './application/move-task/move-task.handler';
import { ReopenTaskHandler } from './application/reopen-task/reopen-task.handler';
import { UnarchiveProjectHandler } from './application/unarchive-project/unarchive-project.handler';
import { UpdateProjectHandler } from './application/update-project/update-project.handler';
import { UpdateTaskHandler } from './application/update-task/update-task.handler';
import { ProjectTasksController } from './http/project-tasks.controller';
import { ProjectsController } from './http/projects.controller';
import { TasksController } from './http/tasks.controller';
import { ProjectsModule } from './projects.module';

@Module({
  imports: [ProjectsModule],
  controllers: [ProjectsController, ProjectTasksController, TasksController],
  providers: [
    CreateProjectHandler,
    ListProjectsHandler,
    GetProjectHandler,
    UpdateProjectHandler,
    ArchiveProjectHandler,
    UnarchiveProjectHandler,
    DeleteProjectHandler,
    CreateTaskHandler,
    ListTasksHandler,
    GetTaskHandler,
    UpdateTaskHandler,
    AssignTaskHandler,
    CompleteTaskHandler,
    ReopenTaskHandler,
    MoveTaskHandler,
    DeleteTaskHandler,
  ],
})
export class ProjectsHttpModule {}
