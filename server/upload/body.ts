// Reads a request body into memory within a byte limit: a declared Content-Length over the limit is
// refused before reading, and reading stops as soon as the limit is passed. A client that breaks
// off mid-upload gets nothing stored (the caller only acts on a complete body).
import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';

export const tooLargeBody = (maxBytes: number): AppError =>
  new AppError('payload_too_large', text('upload.tooLarge', { size: { bytes: maxBytes } }), { maxBytes });

export const interrupted = (): AppError => new AppError('invalid_request', text('upload.interrupted'));

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  // A body parser mounted before the upload route would have read the stream already.
  if (req.readableEnded) return Promise.reject(new Error('the upload body was already read: mount datasetRoutes before express.json()'));
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLargeBody(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: AppError) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(tooLargeBody(maxBytes));
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('aborted', () => finish(interrupted()));
    req.once('error', () => finish(interrupted()));
    req.once('close', () => {
      if (!req.complete) finish(interrupted());
    });
  });
}
