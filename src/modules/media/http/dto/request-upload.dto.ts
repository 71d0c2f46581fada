import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

import { IMAGE_TYPES, type ImageType } from '../../domain/image-type';
import { IsFileName } from './file-name';

export class RequestUploadDto {
  @ApiProperty({ example: 'whiteboard.png', maxLength: 255 })
  @IsFileName()
  fileName!: string;

  @ApiProperty({ enum: IMAGE_TYPES })
  @IsIn(IMAGE_TYPES)
  contentType!: ImageType;

  @ApiProperty({ description: 'Bytes', minimum: 1 })
  @IsInt()
  @Min(1)
  // One past the limit still passes validation, so that too large answers 413, not 400.
  @Max(Number.MAX_SAFE_INTEGER)
  size!: number;
}
