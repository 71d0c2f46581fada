import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../common/pagination/page';
import { COMMENT_BODY_MAX } from '../domain/text-limits';
import type { CommentRow } from '../persistence/comments.store';

/** A comment as clients see it; its position stays internal (cursors carry it, opaquely). */
export class CommentView {
  @ApiProperty({ format: 'uuid', example: '0c6f1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '5b2e8f14-7c3a-4d9e-8f61-0a4b2c6d8e10' })
  taskId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Who wrote it',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  authorId!: string;

  @ApiProperty({
    maxLength: COMMENT_BODY_MAX,
    description: 'Markdown, as written (trimmed)',
    example: 'Looks good. @ann@example.com, can you check the copy?',
  })
  body!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Members of the workspace the body mentions (`@email` or `@userId`), in order of first ' +
      'mention; mentions of anyone else stay plain text',
    example: ['3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10'],
  })
  mentionedUserIds!: string[];

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:20:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the body last changed; null if it never did',
    example: null,
  })
  editedAt!: string | null;
}

/** One page of a task's comments, oldest first. */
export class CommentPage extends PageOf(CommentView, 'CommentPage') {}

export function commentViewOf(comment: CommentRow): CommentView {
  return {
    id: comment.id,
    taskId: comment.taskId,
    authorId: comment.authorId,
    body: comment.body,
    mentionedUserIds: comment.mentionedUserIds,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
  };
}
