// GET /api/graph and GET /api/entities/:id: what the D3 views draw and the detail panel shows.
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { graphView } from '../../focus/index.ts';
import { graphQueryShape } from '../../store/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const entityParamsShape = z.object({
  id: z.string().min(1, { error: 'id must not be empty' }).max(200, { error: 'id must be at most 200 characters' }),
});

export function graphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const query = parseRequest(graphQueryShape, req.query, 'query');
    res.json(await graphView(ctx.store, query));
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseRequest(entityParamsShape, req.params, 'params');
    const entity = await ctx.store.entity(id);
    if (!entity) throw new AppError('unknown_id', `no entity has id "${id}"`, { field: 'id', id });
    res.json(entity);
  });
  return router;
}
