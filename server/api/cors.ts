// Cross-origin access is off unless RANTAI_CORS_ORIGIN names the origins allowed (comma-separated,
// or "*"): without it no Access-Control-* header is ever sent, so browsers keep other sites out.
// With it, allowed origins get the usual headers and preflight requests are answered with 204.
import type { RequestHandler } from 'express';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Authorization';

/** Parses RANTAI_CORS_ORIGIN: "*" or a comma-separated list of origins. */
export const parseCorsOrigins = (setting: string | undefined): string[] =>
  (setting ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter((s) => s !== '');

export function cors(setting: string | undefined): RequestHandler {
  const origins = parseCorsOrigins(setting);
  const any = origins.includes('*');
  return (req, res, next) => {
    if (origins.length === 0) return next();
    const origin = req.headers.origin;
    res.vary('Origin');
    const allowed = origin !== undefined && (any || origins.includes(origin));
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (allowed) {
        res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
