import { ApiProperty } from '@nestjs/swagger';

import { IsFileName } from './file-name';

export class UploadImageDto {
  @ApiProperty({
    example: 'whiteboard.png',
    minLength: 1,
    maxLength: 255,
    description: 'Shown and offered for download: no quotes, slashes or control characters',
  })
  @IsFileName()
  fileName!: string;
}
