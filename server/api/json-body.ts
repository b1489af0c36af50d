// Reads the JSON body of API requests within three limits, replacing express.json(), which read a
// whole oversized body (1 GB in the probe) before it answered 413 and let any nesting through:
// - size: a declared Content-Length over the limit is refused before a byte is read, and a body
//   that grows past the limit while arriving (chunked) is refused at that moment; either way the
//   connection is closed, so the rest is never read;
// - time: the body must arrive within `timeoutMs` of the headers (a slow-body client is cut off
//   with 408 instead of holding a socket for minutes);
// - depth: the text is scanned for nesting (server/util/json-depth.ts) before JSON.parse and zod.
// A body that is not JSON is read (within the same limits) and left as a NonJsonBody marker, so a
// route that reads a body answers 415 while routes without a body ignore it (validate.ts).
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';
import { jsonDepthExceeded } from '../util/json-depth.ts';
import { jsonSyntaxError } from '../util/json-syntax.ts';
import { encodedBodyError } from '../upload/body-encoding.ts';
import { sendError } from './error-handler.ts';
import { text as textOf, type Text } from '../i18n/index.ts';

/** The JSON body limit when the server sets none. */
export const DEFAULT_JSON_LIMIT = '2mb';

export interface JsonBodyLimits {
  maxBytes: number;
  maxDepth: number;
  timeoutMs: number;
}

/** What req.body holds when a body was sent that is not JSON (validate.ts answers 415 for it). */
export class NonJsonBody {
  readonly mediaType: string;
  readonly reason: Text;
  constructor(mediaType: string, reason: Text) {
    this.mediaType = mediaType;
    this.reason = reason;
  }
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** '2mb', '512kb', '100' (bytes) or a number of bytes. */
export function byteSize(size: string | number): number {
  if (typeof size === 'number') return size;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(size);
  if (!m) throw new Error(`"${size}" is not a size such as 2mb or 512kb`);
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]!);
}

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', textOf('error.bodyLargerThan', { size: { bytes: maxBytes } }), { maxBytes });

const hasBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

const isJsonType = (mediaType: string): boolean => mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);

/** Answers now and closes the connection afterwards, so that the rest of the body is never read. */
function refuse(req: Request, res: Response, error: AppError): void {
  req.pause();
  res.setHeader('Connection', 'close');
  sendError(res, error);
}

/** Where the body stops being JSON, as line and column. */
function parseFailure(text: string): AppError {
  const at = jsonSyntaxError(text);
  if (!at) return new AppError('invalid_request', textOf('error.bodyNotJson'));
  return new AppError('invalid_request', textOf('error.bodyNotJsonAt', { line: String(at.line), column: String(at.column), expected: textOf(`json.${at.expected}`) }), { line: at.line, column: at.column });
}

export function jsonBody(limits: JsonBodyLimits): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) {
      req.body = undefined;
      return next();
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) return refuse(req, res, tooLarge(limits.maxBytes));
    const encoded = encodedBodyError(req.headers);
    if (encoded) {
      res.setHeader('Accept-Encoding', 'identity');
      return refuse(req, res, encoded);
    }

    const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim().toLowerCase());
    const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
    const json = isJsonType(type);

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const timer = setTimeout(() => {
      finish();
      refuse(req, res, new AppError('request_timeout', textOf('error.bodyTimeout', { seconds: limits.timeoutMs / 1000 }), { timeoutMs: limits.timeoutMs }));
    }, limits.timeoutMs);
    const finish = () => {
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        finish();
        refuse(req, res, tooLarge(limits.maxBytes));
        return;
      }
      if (json) chunks.push(chunk);
    };
    // The client went away before sending the whole body: there is nobody to answer.
    const onClose = () => {
      if (!done && !req.complete) finish();
    };
    const onEnd = () => {
      if (done) return;
      finish();
      if (!json) {
        req.body = new NonJsonBody(type, textOf('error.sendJson', { got: type || textOf('error.noContentType') }));
        return next();
      }
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        req.body = new NonJsonBody(type, textOf('error.charset', { charset }));
        return next();
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size)).replace(/^\uFEFF/, '');
      } catch {
        return next(new AppError('invalid_request', textOf('error.bodyInvalidUtf8')));
      }
      if (text.trim() === '') {
        req.body = undefined;
        return next();
      }
      const deep = jsonDepthExceeded(text, limits.maxDepth);
      if (deep) {
        return next(
          new AppError('body_too_deep', textOf('error.bodyTooDeep', { max: deep.maxDepth, line: String(deep.line), column: String(deep.column) }), deep),
        );
      }
      try {
        req.body = JSON.parse(text) as unknown;
      } catch {
        return next(parseFailure(text));
      }
      next();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  };
}
