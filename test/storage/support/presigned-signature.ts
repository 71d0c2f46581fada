import { createHash, createHmac } from 'node:crypto';

/**
 * Checks a SigV4 presigned request the way S3 does, written from the AWS specification rather than
 * with the SDK that signed it: the canonical request is rebuilt from what the client actually
 * sends (method, path, query, and the values of the headers the URL says are signed), so a header
 * that differs from the one signed, or is missing, breaks the signature. Also refuses an expired
 * URL. The local S3 server (s3rver) checks none of this for SigV4 (its V4 check is a stub).
 */
export function presignedRequestProblem(
  request: { method: string; url: URL; headers: Record<string, string | undefined> },
  secretAccessKey: string,
  now = new Date(),
): string | null {
  const query = request.url.searchParams;
  const signature = query.get('X-Amz-Signature');
  const credential = query.get('X-Amz-Credential');
  const amzDate = query.get('X-Amz-Date');
  const signedHeaders = query.get('X-Amz-SignedHeaders');
  const expires = Number(query.get('X-Amz-Expires'));
  if (!signature || !credential || !amzDate || !signedHeaders || !expires)
    return 'AuthorizationQueryParametersError';
  if (now.getTime() > parseAmzDate(amzDate).getTime() + expires * 1000)
    return 'Request has expired';

  const [, date, region, service] = credential.split('/');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname,
    canonicalQuery(query),
    ...signedHeaders.split(';').map((name) => `${name}:${canonicalValue(request.headers[name])}`),
    '',
    signedHeaders,
    query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = [date, region, service, 'aws4_request'].reduce<Buffer>(
    (previous, part) => hmac(previous, part),
    Buffer.from(`AWS4${secretAccessKey}`),
  );
  const expected = hmac(key, stringToSign).toString('hex');
  return expected === signature ? null : 'SignatureDoesNotMatch';
}

function canonicalQuery(query: URLSearchParams): string {
  return [...query]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [encode(name), encode(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function canonicalValue(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ');
}

/** RFC 3986 unreserved characters stay; everything else is percent-encoded. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function parseAmzDate(value: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) ?? [];
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}
