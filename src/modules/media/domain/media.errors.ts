import { DomainError } from '../../../common/errors/domain-error';
import { MAX_UPLOAD_BYTES } from './media-limits';

export class AttachmentNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'attachment-not-found';
  constructor() {
    super('No such attachment in this workspace');
  }
}

/** Unknown to media in this workspace: never created, another workspace's, or deleted. */
export class TaskNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'task-not-found';
  constructor() {
    super('No such task in this workspace');
  }
}

export class UploadMissing extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'upload-missing';
  constructor() {
    super('Nothing has been uploaded to the upload URL yet');
  }
}

export class UploadUrlExpired extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'upload-url-expired';
  constructor() {
    super('The upload URL has expired; announce the attachment again');
  }
}

/**
 * Rejections the HTTP edge answers with their own status (413, 422, 411, 400): see
 * http/media-problems.ts. Over the limit is 413 `image-too-large` for any file: the code is older
 * than attachments of other types, and clients match on it.
 */
export class FileTooLarge extends Error {
  constructor(readonly size: number | null) {
    super(
      `The file is larger than ${MAX_UPLOAD_BYTES} bytes` +
        (size === null ? '' : ` (${size} bytes)`),
    );
  }
}

/** A streamed upload of zero bytes: there is nothing to store or check. */
export class EmptyFile extends Error {
  constructor() {
    super('The file is empty: send at least one byte');
  }
}

/** The stored object is not what was announced (422, the attachment removed): see complete-upload. */
export class UploadDoesNotMatch extends Error {
  constructor(detail: string) {
    super(`The uploaded file does not match the announced one: ${detail}`);
  }
}

export class LengthRequired extends Error {
  constructor() {
    super('A streamed upload needs a Content-Length header');
  }
}
