import { applyDecorators } from '@nestjs/common';
import { IsString, MinLength } from 'class-validator';

import { MAX_SENT_FILE_NAME_LENGTH } from '../../domain/file-name';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/**
 * A file name as the client has it. Not refused for what it contains (NUL and unpaired surrogates
 * aside, which no text field takes): it is sanitised (domain/file-name.ts) into the name stored
 * and offered for download.
 */
export const IsFileName = (): PropertyDecorator =>
  applyDecorators(IsString(), MinLength(1), MaxCodePoints(MAX_SENT_FILE_NAME_LENGTH));

export const FILE_NAME_DESCRIPTION =
  'Sanitised before it is stored: the last path segment, without control, bidi and reserved ' +
  'characters or leading dots, never a Windows device name, at most 255 UTF-8 bytes. The ' +
  "attachment's `fileName` is the result.";
