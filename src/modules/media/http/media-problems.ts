import { ProblemException } from '../../../common/http/problem.exception';
import {
  EmptyFile,
  FileTooLarge,
  LengthRequired,
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
  if (error instanceof FileTooLarge)
    return new ProblemException({
      status: 413,
      title: 'Payload Too Large',
      detail: error.message,
      code: 'image-too-large',
    });
  if (error instanceof EmptyFile)
    return new ProblemException({
      status: 400,
      title: 'Bad Request',
      detail: error.message,
      code: 'empty-file',
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

/** The streamed upload got no body to read (http/raw-upload-bodies.ts did not hand it over). */
export class UnsupportedBody extends ProblemException {
  constructor() {
    super({
      status: 415,
      title: 'Unsupported Media Type',
      detail: 'Send the file itself as the body, with a Content-Type and a Content-Length',
      code: 'unsupported-image-type',
    });
  }
}
