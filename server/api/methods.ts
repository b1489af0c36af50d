// Methods per path, from the route registry the OpenAPI document is built from (server/openapi): a
// method the document does not list for a known path is answered 405 with an Allow header (TRACE
// included, which used to fall through to a 404), before any body is read; OPTIONS is answered
// 204 with Allow (CORS preflights are answered earlier by cors.ts). Outside /api the front end is
// read-only: GET and HEAD. A new route must be in the registry, as it must be in the document.
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { RouteDoc } from '../openapi/route-doc.ts';
import { sendError } from './error-handler.ts';
import { text } from '../i18n/index.ts';

interface PathMethods {
  pattern: RegExp;
  path: string;
  allow: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/api/entities/{id}` → a regular expression matching one non-empty segment per parameter. */
const patternOf = (path: string): RegExp =>
  new RegExp(`^${path.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}/?$`);

export function allowedMethods(routes: readonly RouteDoc[]): PathMethods[] {
  const byPath = new Map<string, Set<string>>();
  for (const r of routes) {
    const set = byPath.get(r.path) ?? new Set<string>();
    set.add(r.method.toUpperCase());
    if (r.method === 'get') set.add('HEAD');
    byPath.set(r.path, set);
  }
  return [...byPath].map(([path, set]) => ({ path, pattern: patternOf(path), allow: [...set, 'OPTIONS'].join(', ') }));
}

/** Paths an API client means, in any spelling it may send ("//api/…", "/API/…"): never the front end's. */
export const isApiPath = (path: string): boolean => /^\/+api(\/|$)/i.test(path);

const FRONT_END_ALLOW = 'GET, HEAD, OPTIONS';

export function methodGuard(routes: readonly RouteDoc[]): RequestHandler {
  const table = allowedMethods(routes);
  return (req, res, next) => {
    const api = isApiPath(req.path);
    const known = api ? table.find((t) => t.pattern.test(req.path)) : undefined;
    // Unknown API paths fall through to the 404 of the API router.
    if (api && !known) return next();
    const allow = known?.allow ?? FRONT_END_ALLOW;
    const methods = allow.split(', ');
    if (methods.includes(req.method) && req.method !== 'OPTIONS') return next();
    res.setHeader('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    // The body of a refused request is not read: close the connection after answering.
    if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined) res.setHeader('Connection', 'close');
    sendError(res, new AppError('method_not_allowed', text('error.method', { method: req.method, where: known ? known.path : text('error.frontEnd'), allow }), { method: req.method, allow: methods }));
  };
}
