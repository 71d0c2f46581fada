import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

import { IMAGE_TYPES, type ImageType } from '../../domain/image-type';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';
import { IsFileName } from './file-name';

export class RequestUploadDto {
  @ApiProperty({
    example: 'whiteboard.png',
    minLength: 1,
    maxLength: 255,
    description: 'Shown and offered for download: no quotes, slashes or control characters',
  })
  @IsFileName()
  fileName!: string;

  // Inline, without enumName: test/abuse finds a body's string fields by their inline type.
  @ApiProperty({
    enum: IMAGE_TYPES,
    example: 'image/png',
    description:
      'The upload URL is signed for this Content-Type: S3 refuses a PUT with another, and ' +
      'completing refuses a file whose first bytes are another type.',
  })
  @IsIn(IMAGE_TYPES)
  contentType!: ImageType;

  @ApiProperty({
    description:
      'The exact size in bytes. The upload URL is signed for this Content-Length: S3 refuses a ' +
      `PUT of another size. Over ${MAX_UPLOAD_BYTES} bytes is 413.`,
    type: 'integer',
    minimum: 1,
    example: 48213,
  })
  @IsInt()
  @Min(1)
  // One past the limit still passes validation, so that too large answers 413, not 400.
  @Max(Number.MAX_SAFE_INTEGER)
  size!: number;
}
