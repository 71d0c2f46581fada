import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { ArchiveProjectHandler } from './application/archive-project/archive-project.handler';
import { AssignTaskHandler } from './application/assign-task/assign-task.handler';
import { CompleteTaskHandler } from './application/complete-task/complete-task.handler';
import { CreateLabelHandler } from './application/create-label/create-label.handler';
import { CreateProjectHandler } from './application/create-project/create-project.handler';
import { CreateTaskHandler } from './application/create-task/create-task.handler';
import { DeleteProjectHandler } from './application/delete-project/delete-project.handler';
import { DeleteTaskHandler } from './application/delete-task/delete-task.handler';
import { DeleteLabelHandler } from './application/delete-label/delete-label.handler';
import { GetLabelHandler } from './application/get-label/get-label.handler';
import { GetProjectHandler } from './application/get-project/get-project.handler';
import { GetTaskHandler } from './application/get-task/get-task.handler';
import { ListLabelsHandler } from './application/list-labels/list-labels.handler';
import { ListProjectsHandler } from './application/list-projects/list-projects.handler';
import { ListTasksHandler } from './application/list-tasks/list-tasks.handler';
import { MoveTaskHandler } from './application/move-task/move-task.handler';
import { ReopenTaskHandler } from './application/reopen-task/reopen-task.handler';
import { UnarchiveProjectHandler } from './application/unarchive-project/unarchive-project.handler';
import { UpdateLabelHandler } from './application/update-label/update-label.handler';
import { UpdateProjectHandler } from './application/update-project/update-project.handler';
import { UpdateTaskHandler } from './application/update-task/update-task.handler';
import { LabelsController } from './http/labels.controller';
import { CreateCommentHandler } from './application/create-comment/create-comment.handler';
import { DeleteCommentHandler } from './application/delete-comment/delete-comment.handler';
import { EditCommentHandler } from './application/edit-comment/edit-comment.handler';
import { GetCommentHandler } from './application/get-comment/get-comment.handler';
import { ListCommentsHandler } from './application/list-comments/list-comments.handler';
import { ProjectTasksController } from './http/project-tasks.controller';
import { ProjectsController } from './http/projects.controller';
import { TaskCommentsController } from './http/task-comments.controller';
import { TasksController } from './http/tasks.controller';
import { WorkspaceTasksController } from './http/workspace-tasks.controller';
import { ListWorkspaceTasksHandler } from './application/list-workspace-tasks/list-workspace-tasks.handler';
import { ProjectsModule } from './projects.module';

@Module({
  imports: [ProjectsModule],
  controllers: [
    ProjectsController,
    ProjectTasksController,
    TasksController,
    LabelsController,
    TaskCommentsController,
    WorkspaceTasksController,
  ],
  providers: [
    ownedByModule('projects'),
    CreateProjectHandler,
    ListProjectsHandler,
    GetProjectHandler,
    UpdateProjectHandler,
    ArchiveProjectHandler,
    UnarchiveProjectHandler,
    DeleteProjectHandler,
    CreateTaskHandler,
    ListTasksHandler,
    ListWorkspaceTasksHandler,
    GetTaskHandler,
    UpdateTaskHandler,
    AssignTaskHandler,
    CompleteTaskHandler,
    ReopenTaskHandler,
    MoveTaskHandler,
    DeleteTaskHandler,
    CreateLabelHandler,
    ListLabelsHandler,
    GetLabelHandler,
    UpdateLabelHandler,
    DeleteLabelHandler,
    // Comments (docs/COMMENTS.md)
    CreateCommentHandler,
    ListCommentsHandler,
    GetCommentHandler,
    EditCommentHandler,
    DeleteCommentHandler,
  ],
})
export class ProjectsHttpModule {}
