// Every error leaves the API as `{error: {code, message, details?}}` with its status, the message in
// the request's language (`lang=en|id`, else Accept-Language, server/i18n) when the error carries
// its message as a Text; `code` never changes with the language. Store failures that escaped their
// store are mapped through the Neo4j table (server/store/neo4j/errors.ts); errors that still have no
// code are logged on the server and answered as a plain 500 with no stack trace.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';
import { requestLang, text, type Lang } from '../i18n/index.ts';
import { mapDriverError } from '../store/neo4j/errors.ts';

interface HttpishError {
  status?: number;
  type?: string;
  message?: string;
}

/**
 * A Range outside a file on disk (express's sendFile, server/work/http.ts, has set Content-Range:
 * bytes *\/size): 416 with the file's size, so a client resuming a download knows where it ends.
 */
function rangeNotSatisfiable(req: Request | undefined, res: Response): AppError {
  const size = Number(/^bytes \*\/(\d+)$/.exec(String(res.getHeader('Content-Range') ?? ''))?.[1] ?? NaN);
  const range = String(req?.headers.range ?? '').slice(0, 200);
  if (!Number.isFinite(size) || size === 0) return new AppError('range_not_satisfiable', text('error.badRequestDetail', { detail: 'Range Not Satisfiable' }), { range });
  return new AppError('range_not_satisfiable', text('error.rangeNotSatisfiable', { range, n: size, last: String(size - 1) }), { range, size });
}

const fromHttpError = (err: HttpishError): AppError | undefined => {
  // body-parser style errors (the upload reader and express itself raise some of these).
  if (err.type === 'entity.parse.failed') return new AppError('invalid_request', text('error.bodyNotJson'));
  if (err.type === 'entity.too.large') return new AppError('payload_too_large', text('error.bodyTooLarge'));
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new AppError('unsupported_media_type', text('error.bodyNotUtf8'));
  }
  // Express cannot decode a path parameter ("/api/entities/%zz"): its English words were quoted
  // inside the Indonesian message. Said in the reader's language, with the text as sent.
  const undecodable = /^Failed to decode param '(.*)'$/s.exec(err.message ?? '');
  if (err.status === 400 && undecodable) return new AppError('invalid_parameter', text('error.badEncoding', { value: undecodable[1]!.slice(0, 200) }), { part: 'path' });
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new AppError('invalid_request', err.message ? text('error.badRequestDetail', { detail: err.message }) : text('error.badRequest'));
  }
  return undefined;
};

/** The language of the request being answered (never refusing: an error must go out whatever it asks). */
const langOfAnswer = (res: Response): Lang => (res.req ? requestLang(res.req) : 'en');

/** Sends `error` in the API's error shape, in the request's language (with Retry-After when it says when to retry). */
export function sendError(res: Response, error: AppError): void {
  const lang = langOfAnswer(res);
  const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: error.code, message: error.messageIn(lang) } };
  const details = error.detailsOf(lang);
  if (details !== undefined) body.error.details = details;
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(0, Math.ceil(error.retryAfterSeconds))));
  res.status(error.status).json(body);
}

export const errorHandler = (log: (text: string) => void): ErrorRequestHandler => (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const mapped = mapDriverError(err);
  const known = mapped instanceof AppError ? mapped : (err as HttpishError).status === 416 ? rangeNotSatisfiable(req, res) : fromHttpError(err as HttpishError);
  if (known) {
    sendError(res, known);
    return;
  }
  const code = typeof (err as { code?: unknown }).code === 'string' ? ` (${(err as { code: string }).code})` : '';
  log(`internal error${code}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  sendError(res, new AppError('internal', text('error.internal')));
};

export const notFoundHandler: RequestHandler = (req, res) => {
  // The whole path as asked: inside the API's router req.path has lost its /api.
  sendError(res, new AppError('not_found', text('error.noRoute', { method: req.method, path: req.baseUrl + req.path })));
};
