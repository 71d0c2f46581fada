import type { Readable } from 'node:stream';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { BreakerRegistry } from '../resilience/breaker-registry';
import { type DependencySettings, dependencySettingsOf } from '../resilience/dependency-settings';
import { DownloadUrlSigner } from './download-url-signer';
import { S3Deadline } from './s3-deadline';
import { S3_DEPENDENCY } from './s3-dependency';
import { s3FailureOf, s3StatusOf } from './s3-failure';

/**
 * The bucket, for modules: streams in and out (nothing is buffered whole), presigned URLs for
 * clients to upload and download directly. Keys are chosen by the caller, under its module's
 * prefix (`media/…`, `exports/…`).
 *
 * Every call to S3 goes through the fleet-shared `s3` circuit breaker with a per-call timeout
 * (docs/RESILIENCE.md): while the breaker is open a call rejects at once with an
 * OutboundFailure `circuit-open`, without reaching S3. Signing URLs is local and never refused.
 */
@Injectable()
export class ObjectStorage {
  private readonly bucket: string;
  private readonly downloads: DownloadUrlSigner;
  private readonly settings: DependencySettings;

  constructor(
    private readonly s3: S3Client,
    private readonly breakers: BreakerRegistry,
    config: AppConfig,
  ) {
    this.bucket = config.s3.bucket;
    this.downloads = new DownloadUrlSigner(config.s3);
    this.settings = dependencySettingsOf(config, S3_DEPENDENCY);
  }

  /**
   * Streams `body` into the object; `contentLength` is required by S3 for a streamed body. The
   * timeout of a streamed body counts only while S3 is awaited (s3-deadline.ts).
   */
  async put(
    key: string,
    body: Readable | Buffer | string,
    options: { contentType: string; contentLength?: number },
  ): Promise<void> {
    const streamed = typeof body !== 'string' && !Buffer.isBuffer(body);
    await this.call(async (deadline) => {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: streamed ? deadline.watch(body) : body,
          ContentType: options.contentType,
          ContentLength: options.contentLength,
        }),
        { abortSignal: deadline.signal },
      );
    }, streamed);
  }

  /**
   * The object as a stream, with its size and type. The timeout covers the answer's headers; the
   * body is the caller's to read (a stalled body ends at the SDK's socket timeout, ADR 0004).
   */
  async get(
    key: string,
  ): Promise<{ body: Readable; contentLength?: number; contentType?: string }> {
    const answer = await this.call((deadline) =>
      this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }), {
        abortSignal: deadline.signal,
      }),
    );
    return {
      body: answer.Body as Readable,
      contentLength: answer.ContentLength,
      contentType: answer.ContentType,
    };
  }

  /** Size and type, or null when there is no such object. */
  async head(key: string): Promise<{ contentLength?: number; contentType?: string } | null> {
    try {
      const answer = await this.call((deadline) =>
        this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }), {
          abortSignal: deadline.signal,
        }),
      );
      return { contentLength: answer.ContentLength, contentType: answer.ContentType };
    } catch (error) {
      if (s3StatusOf(error) === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.call((deadline) =>
      this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }), {
        abortSignal: deadline.signal,
      }),
    );
  }

  /**
   * Asks S3 (HEAD bucket, through the breaker) only when the `s3` breaker is not closed. For work
   * handed out for S3 without calling it (a presigned upload URL): while the fleet is half-open,
   * such a route would otherwise answer as if S3 were up and never send the probe that finds out.
   * Rejects with the OutboundFailure (circuit-open for all but the fleet's one probe).
   */
  async confirmAvailable(): Promise<void> {
    if (this.breakers.stateOf(S3_DEPENDENCY) !== 'closed') await this.checkBucket();
  }

  /** Whether the bucket answers (readiness), through the breaker like every other call. */
  async checkBucket(): Promise<void> {
    await this.call((deadline) =>
      this.s3.send(new HeadBucketCommand({ Bucket: this.bucket }), {
        abortSignal: deadline.signal,
      }),
    );
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
      // The body is read inside the call: a few bytes, within the same timeout.
      const bytes = await this.call(async (deadline) => {
        const answer = await this.s3.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${count - 1}` }),
          { abortSignal: deadline.signal },
        );
        return Buffer.from(await answer.Body!.transformToByteArray());
      });
      // A server that ignores Range sends the whole object: keep only what was asked for.
      return bytes.subarray(0, count);
    } catch (error) {
      const status = s3StatusOf(error);
      if (status === 404) return null;
      if (status === 416) return Buffer.alloc(0); // an empty object has no byte 0
      throw error;
    }
  }

  /**
   * One call to S3 through the breaker, with its deadline: armed from the start, or, for a
   * streamed body, by the body's watcher. S3's failures become OutboundFailures (s3-failure.ts).
   */
  private call<T>(send: (deadline: S3Deadline) => Promise<T>, streamed = false): Promise<T> {
    return this.breakers.run(S3_DEPENDENCY, this.settings, async () => {
      const deadline = new S3Deadline(this.settings.timeoutMs);
      if (!streamed) deadline.arm();
      try {
        return await send(deadline);
      } catch (error) {
        throw s3FailureOf(error, deadline);
      } finally {
        deadline.disarm();
      }
    });
  }
}

/** A presigned PUT: the URL, and the headers the client must send with it. */
export interface PresignedUpload {
  url: string;
  headers: Record<string, string>;
}
