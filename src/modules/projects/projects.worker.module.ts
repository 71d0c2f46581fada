import { Module } from '@nestjs/common';

import { WorkspaceMembersConsumer } from './consumers/workspace-members.consumer';
import { ProjectsModule } from './projects.module';

@Module({
  imports: [ProjectsModule],
  providers: [WorkspaceMembersConsumer],
})
export class ProjectsWorkerModule {}
