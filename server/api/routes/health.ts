// GET /api/health: store kind, counts per label and type, Neo4j reachability.
import { Router } from 'express';
import { z } from 'zod';
import { countsShape } from '../../store/index.ts';
import type { ApiContext } from '../context.ts';

export const healthShape = z.object({
  status: z.literal('ok'),
  store: z.enum(['embedded', 'neo4j']),
  dataset: z.string(),
  counts: countsShape,
  neo4j: z.object({ configured: z.boolean(), reachable: z.boolean() }),
});
export type HealthOut = z.infer<typeof healthShape>;

export function healthRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const body: HealthOut = {
      status: 'ok',
      store: ctx.store.kind,
      dataset: ctx.datasetName,
      counts: await ctx.store.counts(),
      neo4j: await ctx.neo4jStatus(),
    };
    res.json(body);
  });
  return router;
}
