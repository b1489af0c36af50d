// Every error leaves the API as `{error: {code, message, details?}}` with its status. Unexpected
// errors are logged on the server and answered as a plain 500 with no stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors.ts';

interface HttpishError {
  status?: number;
  type?: string;
  message?: string;
}

const fromHttpError = (err: HttpishError): AppError | undefined => {
  // body-parser's errors: malformed JSON and oversized bodies are the client's mistake.
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

export const errorHandler = (log: (text: string) => void): ErrorRequestHandler => (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const known = err instanceof AppError ? err : fromHttpError(err as HttpishError);
  if (known) {
    const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: known.code, message: known.message } };
    if (known.details !== undefined) body.error.details = known.details;
    res.status(known.status).json(body);
    return;
  }
  log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  res.status(500).json({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
};

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no API route ${req.method} ${req.path}` } });
};
