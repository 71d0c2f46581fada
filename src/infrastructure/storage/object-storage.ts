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
import { DownloadUrlSigner } from './download-url-signer';

/**
 * The bucket, for modules: streams in and out (nothing is buffered whole), presigned URLs for
 * clients to upload and download directly. Keys are chosen by the caller, under its module's
 * prefix (`media/…`, `exports/…`).
 */
@Injectable()
export class ObjectStorage {
  private readonly bucket: string;
  private readonly downloads: DownloadUrlSigner;

  constructor(
    private readonly s3: S3Client,
    config: AppConfig,
  ) {
    this.bucket = config.s3.bucket;
    this.downloads = new DownloadUrlSigner(config.s3);
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

  /**
   * A URL that downloads the object for `expiresInSeconds`, no credentials needed. Signed without
   * the SDK's command stack: lists sign one per item (download-url-signer.ts).
   */
  downloadUrl(key: string, expiresInSeconds: number, fileName?: string): Promise<string> {
    return this.downloads.sign(key, expiresInSeconds, {
      contentDisposition: fileName ? `attachment; filename="${fileName}"` : undefined,
    });
  }

  /**
   * A download URL whose answer carries these headers, whatever the object was stored with
   * (S3's response-content-disposition and response-content-type, covered by the signature): the
   * caller decides how a browser treats the file, not whoever uploaded it.
   */
  downloadUrlServedAs(
    key: string,
    expiresInSeconds: number,
    served: { contentDisposition: string; contentType: string },
  ): Promise<string> {
    return this.downloads.sign(key, expiresInSeconds, served);
  }

  /**
   * A URL a client PUTs exactly this object to, for `expiresInSeconds`: the signature covers the
   * Content-Type and Content-Length headers (SigV4 signed headers), so S3 refuses (403) a PUT of
   * another type or size. `headers` are the ones the client must send, as signed.
   */
  async uploadUrl(
    key: string,
    object: { contentType: string; contentLength: number },
    expiresInSeconds: number,
  ): Promise<PresignedUpload> {
    const url = await getSignedUrl(
      this.s3,
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ContentType: object.contentType,
        ContentLength: object.contentLength,
      }),
      // The presigner leaves content-type unsigned unless asked; both stay headers (not hoisted
      // into the query), so the client cannot leave them out either.
      {
        expiresIn: expiresInSeconds,
        signableHeaders: new Set(['content-type', 'content-length']),
      },
    );
    return {
      url,
      headers: {
        'content-type': object.contentType,
        'content-length': String(object.contentLength),
      },
    };
  }

  /** The object's first `count` bytes (fewer if it is shorter), or null when there is none. */
  async firstBytes(key: string, count: number): Promise<Buffer | null> {
    try {
      const answer = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${count - 1}` }),
      );
      const bytes = Buffer.from(await answer.Body!.transformToByteArray());
      // A server that ignores Range sends the whole object: keep only what was asked for.
      return bytes.subarray(0, count);
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
      if (status?.httpStatusCode === 404) return null;
      if (status?.httpStatusCode === 416) return Buffer.alloc(0); // an empty object has no byte 0
      throw error;
    }
  }
}

/** A presigned PUT: the URL, and the headers the client must send with it. */
export interface PresignedUpload {
  url: string;
  headers: Record<string, string>;
}
