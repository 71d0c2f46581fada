import { ApiProperty } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';

import { COMMENT_BODY_MAX } from '../../domain/text-limits';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';
import { Trimmed } from './trimmed.transform';

/** A comment's text, when it is written and when it is edited. */
export class CommentBodyDto {
  @ApiProperty({
    minLength: 1,
    maxLength: COMMENT_BODY_MAX,
    description:
      'Markdown. Surrounding blanks are removed; what is left must not be empty. `@email` and ' +
      '`@userId` outside code mention members of the workspace (at most 20 different people).',
    example: 'Looks good. @ann@example.com, can you check the copy?',
  })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(COMMENT_BODY_MAX)
  body!: string;
}
