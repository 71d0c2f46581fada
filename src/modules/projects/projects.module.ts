import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LabelEntity } from './persistence/label.entity';
import { MemberEntity } from './persistence/member.entity';
import { ProjectEntity } from './persistence/project.entity';
import { TaskLabelEntity } from './persistence/task-label.entity';
import { TaskEntity } from './persistence/task.entity';

/** Providers both processes share: the module's schema. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProjectEntity,
      TaskEntity,
      MemberEntity,
      LabelEntity,
      TaskLabelEntity,
    ]),
  ],
  exports: [TypeOrmModule],
})
export class ProjectsModule {}
