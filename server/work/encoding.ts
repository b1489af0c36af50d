// gzip for what the server sends: at national scale an answer is tens of megabytes of JSON (the
// whole graph 48 MB, the risk analysis 10 MB) that compress to an eighth or less, which matters on a
// ministry network far more than the fraction of a second the compression takes. Only text is
// compressed (xlsx, pptx, pdf and zip are compressed already), and only when the client says it
// accepts gzip.
import type { Request } from 'express';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { Answer } from './answer.ts';

const gzipAsync = promisify(gzip);

/** Below this a body is sent as it is: the headers would be most of the saving. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * The level: on the national answers level 4 made 11–13 % of the bytes in two thirds of level 6's
 * time (risk: 10.2 MB → 1.41 MB in 0.10 s; the whole graph 48.7 → 5.4 MB in 0.39 s, gzip(1)).
 */
export const GZIP_LEVEL = 4;

const TEXT = /^(text\/|application\/(json|xml|javascript|graphml\+xml|geo\+json|manifest\+json)|image\/svg\+xml)|\+(json|xml)(;|$)/i;

/** Whether a body of this media type is text worth compressing. */
export function compressible(contentType: string): boolean {
  return TEXT.test(contentType.trim());
}

/** Whether a body of this size and media type is compressed for a client that accepts gzip. */
export function worthCompressing(bytes: number, contentType: string): boolean {
  return compressible(contentType) && bytes >= MIN_COMPRESSED_BYTES;
}

/** Whether the request accepts a gzip body (Accept-Encoding, with its q-values). */
export function acceptsGzip(req: Request): boolean {
  return req.acceptsEncodings('gzip', 'identity') === 'gzip';
}

/**
 * A gzip is sent when it saves at least a tenth (the front end's files gzip to 24–38 % of their
 * bytes, the national answers to 10–16 %).
 */
const WORTH_SHARE = 0.9;

/** Whether a gzip of `zipped` bytes is worth sending instead of the `bytes` it compresses. */
export const gzipWorthSending = (zipped: number, bytes: number): boolean => zipped <= bytes * WORTH_SHARE;

/**
 * The gzip of `body`, compressed on libuv's thread pool (the event loop keeps serving), or null when
 * it is not worth sending: too small, or saving less than a tenth.
 */
export async function gzipBody(body: Buffer): Promise<Buffer | null> {
  if (body.byteLength < MIN_COMPRESSED_BYTES) return null;
  const zipped = await gzipAsync(body, { level: GZIP_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
  return gzipWorthSending(zipped.byteLength, body.byteLength) ? zipped : null;
}

/** The strong validator of the gzip representation: a different one than the body's own (RFC 9110 8.8.3). */
export function gzipEtag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gz"` : `${etag}-gz`;
}

/** Each answer's gzip, compressed once for all the clients it is sent to (kept as long as the answer). */
const gzips = new WeakMap<Answer, Promise<Buffer | null>>();

/**
 * The gzip of an answer's body (see gzipBody), made once; `made` hears its size when it is made (the
 * answer cache counts it in its budget). A compression that fails sends the body as it is.
 */
export function gzipOf(answer: Answer, made?: (bytes: number) => void): Promise<Buffer | null> {
  let zipped = gzips.get(answer);
  if (!zipped) {
    zipped = gzipBody(answer.body).then(
      (z) => {
        if (z) made?.(z.byteLength);
        return z;
      },
      () => null,
    );
    gzips.set(answer, zipped);
  }
  return zipped;
}
