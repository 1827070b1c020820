// Reading an upload without trusting it: the declared length is checked before a byte is read,
// and the stream is cut off as soon as it passes the limit, so an oversize file never sits in
// memory in full (the routes hand the request over as a stream, not as a parsed body).
import type { Readable } from 'node:stream';
import { AppError } from '../../platform/errors.js';

export const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function tooLarge(maxBytes: number): AppError {
  const params = { limit: megabytes(maxBytes) };
  // The client may still be sending: the connection closes after the answer instead of draining it.
  return new AppError(413, 'document_too_large', params, [{ path: 'file', key: 'document_too_large', params }], { connection: 'close' });
}

export function isReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).on === 'function' && typeof (body as Readable).pipe === 'function';
}

export async function readLimited(stream: Readable, maxBytes: number, declaredLength: number | undefined): Promise<Buffer> {
  if (declaredLength !== undefined && declaredLength > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += bytes.length;
    if (size > maxBytes) {
      chunks.length = 0;
      stream.pause();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
