import { ProblemException } from '../../../common/http/problem.exception';
import {
  ImageTooLarge,
  LengthRequired,
  NotAnAcceptedImage,
  UploadDoesNotMatch,
} from '../domain/media.errors';

/** Upload rejections with statuses of their own; everything else passes through unchanged. */
export async function withUploadProblems<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw problemOf(error);
  }
}

function problemOf(error: unknown): unknown {
  if (error instanceof ImageTooLarge)
    return new ProblemException({
      status: 413,
      title: 'Payload Too Large',
      detail: error.message,
      code: 'image-too-large',
    });
  if (error instanceof NotAnAcceptedImage)
    return new ProblemException({
      status: 415,
      title: 'Unsupported Media Type',
      detail: error.message,
      code: 'unsupported-image-type',
    });
  if (error instanceof UploadDoesNotMatch)
    return new ProblemException({
      status: 422,
      title: 'Unprocessable Content',
      detail: error.message,
      code: 'upload-does-not-match',
    });
  if (error instanceof LengthRequired)
    return new ProblemException({
      status: 411,
      title: 'Length Required',
      detail: error.message,
      code: 'length-required',
    });
  return error;
}

/** The streamed upload got no image body (no body, or a type other than image/*). */
export class UnsupportedBody extends ProblemException {
  constructor() {
    super({
      status: 415,
      title: 'Unsupported Media Type',
      detail: 'Send the image itself as the body, with Content-Type image/png, jpeg, webp or gif',
      code: 'unsupported-image-type',
    });
  }
}
