// Every error leaves the API as `{error: {code, message, details?}}` with its status. Store failures
// that escaped their store are mapped through the Neo4j table (server/store/neo4j/errors.ts);
// errors that still have no code are logged on the server and answered as a plain 500 with no
// stack trace.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';
import { mapDriverError } from '../store/neo4j/errors.ts';

interface HttpishError {
  status?: number;
  type?: string;
  message?: string;
}

const fromHttpError = (err: HttpishError): AppError | undefined => {
  // body-parser style errors (the upload reader and express itself raise some of these).
  if (err.type === 'entity.parse.failed') return new AppError('invalid_request', 'the request body is not valid JSON');
  if (err.type === 'entity.too.large') return new AppError('payload_too_large', 'the request body is too large');
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new AppError('unsupported_media_type', 'the request body must be UTF-8');
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new AppError('invalid_request', err.message ?? 'bad request');
  }
  return undefined;
};

/** Sends `error` in the API's error shape (with Retry-After when it says when to retry). */
export function sendError(res: Response, error: AppError): void {
  const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(0, Math.ceil(error.retryAfterSeconds))));
  res.status(error.status).json(body);
}

export const errorHandler = (log: (text: string) => void): ErrorRequestHandler => (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const mapped = mapDriverError(err);
  const known = mapped instanceof AppError ? mapped : fromHttpError(err as HttpishError);
  if (known) {
    sendError(res, known);
    return;
  }
  const code = typeof (err as { code?: unknown }).code === 'string' ? ` (${(err as { code: string }).code})` : '';
  log(`internal error${code}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  res.status(500).json({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
};

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no API route ${req.method} ${req.path}` } });
};
