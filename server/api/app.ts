// The express application: API routes under /api, the built front end at /.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ROUTES } from '../openapi/routes.ts';
import type { UploadLimits } from '../upload/index.ts';
import { MAX_JSON_DEPTH } from '../util/json-depth.ts';
import { parseTrustProxy } from '../util/trust-proxy.ts';
import type { ApiContext } from './context.ts';
import { cors } from './cors.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { resolveHttpLimits } from './http-limits.ts';
import { byteSize, DEFAULT_JSON_LIMIT, jsonBody } from './json-body.ts';
import { Lifecycle } from './lifecycle.ts';
import { isApiPath, methodGuard } from './methods.ts';
import { apiRoutes } from './routes/index.ts';
import { datasetRoutes } from './routes/datasets.ts';
import { readyRoutes } from './routes/health.ts';
import { securityHeaders } from './security.ts';
import { gzipStatic } from './static-gzip.ts';

/** How long a browser may keep the front end's files without asking again. */
const STATIC_MAX_AGE_S = 3600;

export interface AppOptions {
  /** Folder with the built front end (vite's output); when missing, / explains how to build it. */
  webRoot?: string;
  log?: (text: string) => void;
  /** Largest JSON body accepted, e.g. '2mb'. */
  jsonLimit?: string;
  /** Deepest nesting of objects and arrays accepted in a JSON body. */
  jsonMaxDepth?: number;
  /** A JSON body must arrive within this many ms of the headers. */
  bodyTimeoutMs?: number;
  /** Bearer token for routes that change data; without one they answer 403. */
  writeToken?: string;
  /** RANTAI_CORS_ORIGIN: no CORS headers unless set. */
  corsOrigin?: string;
  /** RANTAI_TRUST_PROXY: the proxies whose X-Forwarded-For names the client (none unless set). */
  trustProxy?: string;
  uploadLimits?: Partial<UploadLimits>;
  /** In-flight requests and draining (server.ts passes its own; a bare app gets one that never drains). */
  lifecycle?: Lifecycle;
}

export function createApp(ctx: ApiContext, options: AppOptions = {}): Express {
  const log = options.log ?? ((text: string) => console.error(text));
  const lifecycle = options.lifecycle ?? new Lifecycle();
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const proxies = options.trustProxy === undefined ? null : parseTrustProxy(options.trustProxy);
  if (proxies !== null) app.set('trust proxy', proxies);
  app.use(lifecycle.track);
  app.use(securityHeaders);
  app.use('/api', cors(options.corsOrigin));
  // Before any body is read: a method the path does not have is a 405.
  app.use(methodGuard(ROUTES));

  const api = express.Router();
  // Uploads read their own body within their own limits, so they come before the JSON reader.
  api.use(datasetRoutes(ctx, { writeToken: options.writeToken, limits: options.uploadLimits }));
  api.use(
    jsonBody({
      maxBytes: byteSize(options.jsonLimit ?? DEFAULT_JSON_LIMIT),
      maxDepth: options.jsonMaxDepth ?? MAX_JSON_DEPTH,
      timeoutMs: options.bodyTimeoutMs ?? resolveHttpLimits().bodyTimeoutMs,
    }),
  );
  api.use(readyRoutes(ctx, lifecycle));
  api.use(apiRoutes(ctx));
  api.use(notFoundHandler);
  api.use(errorHandler(log));
  app.use('/api', api);
  // An address that reads as the API's without being one of its paths ("//api/graph", from a base
  // address ending in a slash): a JSON 404 naming it, not the web page, which a script could not parse.
  app.use((req, res, next) => (isApiPath(req.path) ? notFoundHandler(req, res, next) : next()));

  const webRoot = options.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use(gzipStatic(webRoot, STATIC_MAX_AGE_S));
    app.use(express.static(webRoot, { index: 'index.html', maxAge: STATIC_MAX_AGE_S * 1000 }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(webRoot, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Rantai API is running. The web front end is not built: run `npm start` (or `npm run build:web`).');
    });
  }
  app.use(errorHandler(log));
  return app;
}
