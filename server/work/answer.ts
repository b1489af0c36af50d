// An answer as the gate keeps and sends it: the body already serialised (so a cached answer is
// sent without being serialised or hashed again, and its size is known), its media type, its ETag
// (so a client holding it gets 304) and extra headers.
import { createHash } from 'node:crypto';
import { answerTooLarge } from './errors.ts';

/**
 * A body kept on disk rather than in memory (whole-graph exports, server/export/spool.ts), and its
 * gzip when one is worth sending. The server streams it and never holds it.
 */
export interface SpooledFile {
  path: string;
  bytes: number;
  gzip?: { path: string; bytes: number };
}

export interface Answer {
  /** The body; empty when it is on disk (`file`). */
  body: Buffer;
  contentType: string;
  /** A strong validator: the SHA-1 of the body. */
  etag: string;
  headers?: Record<string, string>;
  file?: SpooledFile;
}

/** The strong validator of a body (its SHA-1), also computed off the main thread for large files (server/export/off-thread.ts). */
export const bodyEtag = (body: Uint8Array): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

function answer(body: Buffer, contentType: string, headers?: Record<string, string>, etag = bodyEtag(body)): Answer {
  return { body, contentType, etag, ...(headers ? { headers } : {}) };
}

/**
 * V8 cannot build a string longer than about 512 MiB: JSON.stringify throws a RangeError before
 * that. An answer that large is refused as too large instead of crashing the request.
 */
export const MAX_STRING_BYTES = 2 ** 29 - 24;

/** The error to answer for `error`: a string or buffer beyond V8's limits means the answer is too large. */
export function tooLargeOr(error: unknown): unknown {
  return error instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid typed array length/.test(error.message) ? answerTooLarge(MAX_STRING_BYTES) : error;
}

/** `value` as JSON bytes; one too large to build is refused as too large (tooLargeOr). */
export function jsonBytes(value: unknown): Buffer {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw tooLargeOr(error);
  }
  return Buffer.from(text, 'utf8');
}

export function jsonAnswer(value: unknown): Answer {
  return answer(jsonBytes(value), 'application/json; charset=utf-8');
}

const attachment = (fileName: string) => ({ 'Content-Disposition': `attachment; filename="${fileName}"` });

/** A file answer: its body, media type and download name; its ETag when already known (bodyEtag). */
export function fileAnswer(body: string | Uint8Array, contentType: string, fileName: string, etag?: string): Answer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return answer(bytes, contentType, attachment(fileName), etag);
}

/** A file answer whose body is on disk (`file`, with the body's ETag): the cache counts none of its bytes. */
export function spooledAnswer(file: SpooledFile, contentType: string, fileName: string, etag: string): Answer {
  return { body: Buffer.alloc(0), contentType, etag, headers: attachment(fileName), file };
}
