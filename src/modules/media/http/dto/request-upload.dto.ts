import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

import { MAX_MEDIA_TYPE_LENGTH, MEDIA_TYPE } from '../../domain/content-type';
import { MAX_SENT_FILE_NAME_LENGTH } from '../../domain/file-name';
import { MAX_UPLOAD_BYTES } from '../../domain/media-limits';
import { FILE_NAME_DESCRIPTION, IsFileName } from './file-name';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class RequestUploadDto {
  @ApiProperty({
    example: 'whiteboard.png',
    minLength: 1,
    maxLength: MAX_SENT_FILE_NAME_LENGTH,
    description: FILE_NAME_DESCRIPTION,
  })
  @IsFileName()
  fileName!: string;

  // maxLength and pattern only in words: v1 published this field as an enum of four image types,
  // and the contract check reads any new bound as stricter input (docs/API.md, "What counts as
  // breaking"), though every value it accepted is still accepted.
  @ApiProperty({
    example: 'image/png',
    description:
      `Any \`type/subtype\` (at most ${MAX_MEDIA_TYPE_LENGTH} characters, RFC 6838 characters), ` +
      'without parameters, case-insensitive. The upload URL is signed for ' +
      'this Content-Type (S3 refuses a PUT with another). The type the attachment keeps is the ' +
      "one the file's first bytes say when they say one, whatever was announced.",
  })
  @IsString()
  @MaxCodePoints(MAX_MEDIA_TYPE_LENGTH)
  @Matches(new RegExp(MEDIA_TYPE.source, 'i'), {
    message: 'contentType must be a media type such as application/pdf, without parameters',
  })
  contentType!: string;

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
