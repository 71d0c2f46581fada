import type { Readable } from 'node:stream';

/**
 * The stream's first `count` bytes, put back so that whoever reads the stream next still gets
 * every byte. Fewer only when the stream ends sooner.
 */
export function peek(stream: Readable, count: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onReadable = () => {
      let chunk: Buffer | null;
      while (length < count && (chunk = stream.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        length += chunk.length;
      }
      if (length < count) return;
      cleanup();
      const read = Buffer.concat(chunks);
      stream.unshift(read);
      resolve(read.subarray(0, count));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
