import { Module } from '@nestjs/common';

import { UserEmailsConsumer } from './consumers/user-emails.consumer';
import { WorkspaceMembersConsumer } from './consumers/workspace-members.consumer';
import { ProjectsModule } from './projects.module';

@Module({
  imports: [ProjectsModule],
  providers: [WorkspaceMembersConsumer, UserEmailsConsumer],
})
export class ProjectsWorkerModule {}
