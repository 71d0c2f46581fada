import type { Readable } from 'node:stream';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';

/**
 * The bucket, for modules: streams in and out (nothing is buffered whole), presigned URLs for
 * clients to upload and download directly. Keys are chosen by the caller, under its module's
 * prefix (`media/…`, `exports/…`).
 */
@Injectable()
export class ObjectStorage {
  private readonly bucket: string;

  constructor(
    private readonly s3: S3Client,
    config: AppConfig,
  ) {
    this.bucket = config.s3.bucket;
  }

  /** Streams `body` into the object; `contentLength` is required by S3 for a streamed body. */
  async put(
    key: string,
    body: Readable | Buffer | string,
    options: { contentType: string; contentLength?: number },
  ): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: options.contentType,
        ContentLength: options.contentLength,
      }),
    );
  }

  /** The object as a stream, with its size and type. */
  async get(
    key: string,
  ): Promise<{ body: Readable; contentLength?: number; contentType?: string }> {
    const answer = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return {
      body: answer.Body as Readable,
      contentLength: answer.ContentLength,
      contentType: answer.ContentType,
    };
  }

  /** Size and type, or null when there is no such object. */
  async head(key: string): Promise<{ contentLength?: number; contentType?: string } | null> {
    try {
      const answer = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { contentLength: answer.ContentLength, contentType: answer.ContentType };
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
      if (status?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** A URL that downloads the object for `expiresInSeconds`, no credentials needed. */
  downloadUrl(key: string, expiresInSeconds: number, fileName?: string): Promise<string> {
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: fileName ? `attachment; filename="${fileName}"` : undefined,
      }),
      { expiresIn: expiresInSeconds },
    );
  }

  /** A URL a client PUTs the object's bytes to, with this content type, for `expiresInSeconds`. */
  uploadUrl(key: string, contentType: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(
      this.s3,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
      { expiresIn: expiresInSeconds },
    );
  }
}
