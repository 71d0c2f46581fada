import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';

import { SignatureV4 } from '@smithy/signature-v4';

const DNS_BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** SigV4's hash constructor, from node:crypto: an HMAC when given a secret, SHA-256 otherwise. */
class NodeSha256 {
  private readonly hash;

  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
  }

  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytesOf(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

export interface DownloadSigning {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Presigned GET URLs, signed with SigV4 directly. The SDK's getSignedUrl runs a whole command
 * through the client's middleware stack (endpoint rules, retries, checksums) to sign one URL, and
 * lists presign one URL per attachment: it was a third of the web's CPU under the every-GET-route
 * load (docs/BENCHMARKS.md, "Request cost"). The URL is the same, byte for byte, as the SDK's for
 * the same client settings and signing time (download-url-signer.spec.ts compares them).
 */
export class DownloadUrlSigner {
  private readonly signer: SignatureV4;
  private readonly origin: URL;
  private readonly pathPrefix: string;

  constructor(private readonly signing: DownloadSigning) {
    this.signer = new SignatureV4({
      credentials: { accessKeyId: signing.accessKeyId, secretAccessKey: signing.secretAccessKey },
      region: signing.region,
      service: 's3',
      sha256: NodeSha256,
      uriEscapePath: false, // S3 signs the path as sent, escaped once
      applyChecksum: false,
    });
    const endpoint = signing.endpoint || `https://s3.${signing.region}.amazonaws.com`;
    const origin = new URL(endpoint);
    // As the SDK: the bucket goes in the host name unless told otherwise, or unless it cannot
    // (an IP address, a bucket name that is no DNS label).
    const virtualHost =
      !signing.forcePathStyle && DNS_BUCKET.test(signing.bucket) && !isIP(origin.hostname);
    if (virtualHost) origin.hostname = `${signing.bucket}.${origin.hostname}`;
    this.origin = origin;
    this.pathPrefix = `${origin.pathname.replace(/\/$/, '')}${virtualHost ? '' : `/${signing.bucket}`}`;
  }

  async sign(
    key: string,
    expiresInSeconds: number,
    options: { contentDisposition?: string; contentType?: string; signingDate?: Date } = {},
  ): Promise<string> {
    const path = `${this.pathPrefix}/${key.split('/').map(escapeUri).join('/')}`;
    const query: Record<string, string> = { 'x-id': 'GetObject' };
    if (options.contentDisposition !== undefined) {
      query['response-content-disposition'] = options.contentDisposition;
    }
    if (options.contentType !== undefined) {
      query['response-content-type'] = options.contentType;
    }
    const host = this.origin.port
      ? `${this.origin.hostname}:${this.origin.port}`
      : this.origin.hostname;
    const signed = await this.signer.presign(
      {
        method: 'GET',
        protocol: this.origin.protocol,
        hostname: this.origin.hostname,
        port: this.origin.port ? Number(this.origin.port) : undefined,
        path,
        query,
        // S3 presigned URLs sign no payload; hoisted into the query like the SDK's.
        headers: { host, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
      },
      {
        expiresIn: expiresInSeconds,
        signingDate: options.signingDate,
        unsignableHeaders: new Set(['content-type']),
      },
    );
    const search = Object.keys(signed.query ?? {})
      .sort()
      .map((name) => `${escapeUri(name)}=${escapeUri(String(signed.query![name]))}`)
      .join('&');
    return `${this.origin.protocol}//${host}${path}?${search}`;
  }
}

function bytesOf(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** RFC 3986 escaping, as the SDK's: encodeURIComponent plus the five it leaves alone. */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
