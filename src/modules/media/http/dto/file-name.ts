import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/**
 * A file name as shown and offered for download: no path separators, quotes or control characters
 * (it ends up in a Content-Disposition header).
 */
export const IsFileName = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    MinLength(1),
    MaxLength(255),
    // eslint-disable-next-line no-control-regex
    Matches(/^[^\u0000-\u001f\u007f"\\/]+$/, {
      message: 'fileName must not contain quotes, slashes or control characters',
    }),
  );
