// Every JSON route of the API (uploads are mounted separately, before the JSON body parser).
import { Router } from 'express';
import type { ApiContext } from '../context.ts';
import { analysisGraphRoutes } from './analysis-graph.ts';
import { catalogRoutes } from './catalog.ts';
import { complexityRoutes } from './complexity.ts';
import { cypherRoutes } from './cypher.ts';
import { exportRoutes } from './export.ts';
import { firmsRoutes } from './firms.ts';
import { graphRoutes } from './graph.ts';
import { healthRoutes } from './health.ts';
import { linksRoutes } from './links.ts';
import { networkRoutes } from './network.ts';
import { openapiRoutes } from './openapi.ts';
import { riskRoutes } from './risk.ts';
import { importsRoutes } from './imports.ts';
import { substitutionRoutes } from './substitution.ts';

export function apiRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.use(healthRoutes(ctx));
  router.use(graphRoutes(ctx));
  router.use(catalogRoutes(ctx));
  router.use(firmsRoutes(ctx));
  router.use(networkRoutes(ctx));
  router.use(analysisGraphRoutes(ctx));
  router.use(linksRoutes(ctx));
  router.use(riskRoutes(ctx));
  router.use(importsRoutes(ctx));
  router.use(substitutionRoutes(ctx));
  router.use(complexityRoutes(ctx));
  router.use(cypherRoutes(ctx));
  router.use(exportRoutes(ctx));
  router.use(openapiRoutes());
  return router;
}
