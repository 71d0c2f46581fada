import { ApiProperty } from '@nestjs/swagger';

import { IsFileName } from './file-name';

export class UploadImageDto {
  @ApiProperty({ example: 'whiteboard.png', maxLength: 255 })
  @IsFileName()
  fileName!: string;
}
