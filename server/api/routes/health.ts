// GET /api/health (liveness: always 200, fast, whatever the store does) and GET /api/ready
// (readiness: 503 while the store cannot answer or the server is shutting down). With Neo4j down,
// health used to wait for the driver's retries (15 s) and answer 503; now reachability gets at most
// HEALTH_PROBE_MS, and the counts, which need the store, are marked unavailable when it is not there.
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { countsShape, datasetInfoShape, type Counts, type DatasetInfo } from '../../store/index.ts';
import { withDeadline } from '../../util/deadline.ts';
import type { ApiContext } from '../context.ts';
import type { Lifecycle } from '../lifecycle.ts';
import { probeQueryShape, text } from '../../i18n/index.ts';
import { parseRequest } from '../validate.ts';

/** How long health and readiness wait for Neo4j's answer to a connectivity check. */
export const HEALTH_PROBE_MS = 800;
/** How long health waits for the counts once the store is known to be reachable (a cold Neo4j plans them slowly). */
export const HEALTH_COUNTS_MS = 5_000;

const neo4jShape = z.object({
  configured: z.boolean().describe('NEO4J_URI is set: the server serves from Neo4j'),
  reachable: z.boolean().describe(`Neo4j answered a connectivity check within ${HEALTH_PROBE_MS} ms`),
});

export const healthShape = z.object({
  status: z.enum(['ok', 'degraded']).describe('degraded: the server runs but its store does not answer (see neo4j.reachable and GET /api/ready)'),
  store: z.enum(['embedded', 'neo4j']),
  dataset: z.string().describe('the name of the dataset served, as the store records it'),
  provenance: datasetInfoShape.nullable().describe('name, source, load time, counts and content hash, read from the store on each request; null when the store does not answer'),
  countsAvailable: z.boolean().describe('false when the store did not answer in time; counts is then empty'),
  counts: countsShape,
  neo4j: neo4jShape,
  preparing: z
    .boolean()
    .describe('the server is building what the analyses derive from the whole dataset (after it started, or after a load): analyses asked meanwhile wait for it, up to about a minute at national scale'),
});
export type HealthOut = z.infer<typeof healthShape>;

export const readyShape = z.object({
  ready: z.literal(true),
  store: z.enum(['embedded', 'neo4j']),
  neo4j: neo4jShape,
});
export type ReadyOut = z.infer<typeof readyShape>;

const NO_COUNTS: Counts = { nodes: {}, relationships: {} };

/**
 * Neo4j's reachability within the probe time (unreachable when the check takes longer). A failed
 * check is tried once more within the time: right after Neo4j restarts, the driver's first check
 * can fail on a pooled connection of the old process, which the failure removes from the pool.
 */
async function probe(ctx: ApiContext): Promise<{ configured: boolean; reachable: boolean }> {
  const deadline = Date.now() + HEALTH_PROBE_MS;
  const unreachable = { configured: ctx.store.kind === 'neo4j', reachable: false };
  for (let attempt = 0; attempt < 2; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const status = await withDeadline(ctx.neo4jStatus(), left, unreachable);
    if (status.reachable || !status.configured) return status;
  }
  return unreachable;
}

export function healthRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    // lang, and nothing else refused: a monitor's cache-busting parameter is not a reason to fail.
    parseRequest(probeQueryShape, req.query, 'query');
    // Both start at once; nothing is waited for when Neo4j turns out to be unreachable. Provenance is
    // read from the store each time: a `rantai load` into the same Neo4j shows at once.
    const counting = withDeadline<Counts | null>(ctx.store.counts(), HEALTH_COUNTS_MS, null);
    const reading = withDeadline<DatasetInfo | null>(ctx.store.info(), HEALTH_COUNTS_MS, null);
    const neo4j = await probe(ctx);
    const down = neo4j.configured && !neo4j.reachable;
    const counts = down ? null : await counting;
    const provenance = down ? null : await reading;
    const body: HealthOut = {
      status: down || counts === null ? 'degraded' : 'ok',
      store: ctx.store.kind,
      dataset: provenance?.name ?? '',
      provenance,
      countsAvailable: counts !== null,
      counts: counts ?? NO_COUNTS,
      neo4j,
      preparing: ctx.store.preparing?.() ?? false,
    };
    res.json(body);
  });
  return router;
}

/** GET /api/ready, which needs the server's lifecycle (server.ts) to know when it is draining. */
export function readyRoutes(ctx: ApiContext, lifecycle: Lifecycle): Router {
  const router = Router();
  router.get('/ready', async (req, res) => {
    parseRequest(probeQueryShape, req.query, 'query');
    if (lifecycle.draining) throw new AppError('shutting_down', text('error.shuttingDown'), undefined, { retryAfterSeconds: 5 });
    const neo4j = await probe(ctx);
    if (neo4j.configured && !neo4j.reachable) {
      throw new AppError('store_unavailable', text('error.neo4jSilent', { ms: HEALTH_PROBE_MS }), undefined, { retryAfterSeconds: 5 });
    }
    const body: ReadyOut = { ready: true, store: ctx.store.kind, neo4j };
    res.json(body);
  });
  return router;
}
