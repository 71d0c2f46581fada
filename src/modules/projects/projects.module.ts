import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LabelEntity } from './persistence/label.entity';
import { CommentEntity } from './persistence/comment.entity';
import { MemberEntity } from './persistence/member.entity';
import { ProjectEntity } from './persistence/project.entity';
import { TaskLabelEntity } from './persistence/task-label.entity';
import { TaskEntity } from './persistence/task.entity';
import { UserEmailEntity } from './persistence/user-email.entity';

/** Providers both processes share: the module's schema. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProjectEntity,
      TaskEntity,
      MemberEntity,
      LabelEntity,
      TaskLabelEntity,
      CommentEntity,
      UserEmailEntity,
    ]),
  ],
  exports: [TypeOrmModule],
})
export class ProjectsModule {}
