// GET /api/health: store kind, counts per label and type, Neo4j reachability.
import { Router } from 'express';
import { z } from 'zod';
import { countsShape, datasetInfoShape } from '../../store/index.ts';
import type { ApiContext } from '../context.ts';

export const healthShape = z.object({
  status: z.literal('ok'),
  store: z.enum(['embedded', 'neo4j']),
  dataset: z.string().describe('the name of the dataset served, as the store records it'),
  provenance: datasetInfoShape.describe('name, source, load time, counts and content hash, read from the store on each request'),
  counts: countsShape,
  neo4j: z.object({ configured: z.boolean(), reachable: z.boolean() }),
});
export type HealthOut = z.infer<typeof healthShape>;

export function healthRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    // Read from the store each time: a `rantai load` into the same Neo4j shows at once.
    const provenance = await ctx.store.info();
    const body: HealthOut = {
      status: 'ok',
      store: ctx.store.kind,
      dataset: provenance.name,
      provenance,
      counts: await ctx.store.counts(),
      neo4j: await ctx.neo4jStatus(),
    };
    res.json(body);
  });
  return router;
}
