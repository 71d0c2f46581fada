import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MemberEntity } from './persistence/member.entity';
import { ProjectEntity } from './persistence/project.entity';
import { TaskEntity } from './persistence/task.entity';

/** Providers both processes share: the module's schema. */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity, TaskEntity, MemberEntity])],
  exports: [TypeOrmModule],
})
export class ProjectsModule {}
