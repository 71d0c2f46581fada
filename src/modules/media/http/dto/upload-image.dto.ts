import { ApiProperty } from '@nestjs/swagger';

import { MAX_SENT_FILE_NAME_LENGTH } from '../../domain/file-name';
import { FILE_NAME_DESCRIPTION, IsFileName } from './file-name';

export class UploadImageDto {
  @ApiProperty({
    example: 'whiteboard.png',
    minLength: 1,
    maxLength: MAX_SENT_FILE_NAME_LENGTH,
    description: FILE_NAME_DESCRIPTION,
  })
  @IsFileName()
  fileName!: string;
}
