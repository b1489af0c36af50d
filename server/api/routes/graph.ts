// GET /api/graph and GET /api/entities/:id: what the D3 views draw and the detail panel shows.
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { graphView } from '../../focus/index.ts';
import { dataNames, localiseNames } from '../../names/index.ts';
import { graphQueryShape } from '../../store/index.ts';
import { sendJson } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';
import { langParam, resolveLang, text } from '../../i18n/index.ts';

export const entityParamsShape = z.object({
  id: z.string().min(1, { error: 'id must not be empty' }).max(200, { error: 'id must be at most 200 characters' }),
});

/** The query of GET /api/entities/:id: the language its related entities are named in. */
export const entityQueryShape = z.strictObject({ lang: langParam });

/** The query of GET /api/graph: the view's (graphQueryShape) and the language of its sentences and names. */
export const graphRouteQueryShape = graphQueryShape.extend({ lang: langParam });

export function graphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { lang, ...query } = parseRequest(graphRouteQueryShape, req.query, 'query');
    // The work gate keeps an answer per request language (its vary), so the query without lang is its key.
    await sendJson(req, res, ctx.store, { route: 'graph', params: query }, () => graphView(ctx.store, query, lang ?? resolveLang(req)));
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseRequest(entityParamsShape, req.params, 'params');
    parseRequest(entityQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    // Cached per data version and shared by identical requests: one lookup for most entities, but a
    // hub (a process many firms can do: 32,184 relationships, 7 MB) took Neo4j 2.3-2.6 s, and twelve
    // clicks on it at once were answered after up to 28 s, each computed anew (a helper's, round 50).
    await sendJson(req, res, ctx.store, { route: 'entity', params: { id, lang } }, async () => {
      const entity = await ctx.store.entity(id);
      if (!entity) throw new AppError('unknown_id', text('error.noEntity', { id }), { field: 'id', id });
      // The entity's own properties stay as stored (name and nameId both); the entities it is
      // related to are named in the answer's language, as the panel lists them.
      return { ...entity, relationships: localiseNames(entity.relationships, await dataNames(ctx.store, lang)) };
    });
  });
  return router;
}
