// GET /api/analysis/metrics and POST /api/analysis/link-scores: structure of the firm graph
// (joined by SUPPLIES), computed in Node from the same rows on both stores, so both answer
// identically (firm-graph-input.ts).
import { Router } from 'express';
import { z } from 'zod';
import { firmCommunitiesOffThread, firmMetricsOffThread, withCommunities, LinkMethodSchema, LinkPairSchema, buildFirmGraphsInChunks, linkScores, SupplyWeightSchema, type FirmMetrics } from '../../analysis/network/index.ts';
import { currentWork, sendJson } from '../../work/index.ts';
import { errorLangParam, errorLangQueryShape } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';
import { onFirmGraph } from './firm-graph-input.ts';
import { decimalDigitsOnly } from '../../util/decimal-query.ts';

export const MAX_LINK_PAIRS = 10_000;

/** Louvain's seed when a request names none. */
export const DEFAULT_METRICS_SEED = 1;

export const metricsQueryShape = z.strictObject({
  // Digits only: coercion alone read "seed=" and "seed= " as seed 0.
  seed: z.preprocess(
    decimalDigitsOnly,
    z.coerce.number({ error: 'seed must be a whole number' }).int({ error: 'seed must be a whole number' }).min(0).max(2 ** 32 - 1).default(DEFAULT_METRICS_SEED),
  ),
  weight: SupplyWeightSchema.optional().describe(
    'a SUPPLIES property as the edge weight, with NetworkX\'s meaning (the rows of a pair summed): weighted degree, betweenness with the weight as a length, weighted PageRank, weighted Louvain (NetworkX\'s node order from the seed)',
  ),
  lang: errorLangParam,
});

export const metricsOutShape = z.object({
  seed: z.number().int(),
  weight: SupplyWeightSchema.optional().describe('present when the request named one'),
  modularity: z.number(),
  firms: z.array(z.object({ id: z.string(), degree: z.number(), betweenness: z.number(), pagerank: z.number(), community: z.number().int() })),
});

export const linkScoresRequestShape = z.strictObject({
  method: LinkMethodSchema,
  pairs: z
    .array(LinkPairSchema)
    .min(1, { error: 'pairs must hold at least one pair' })
    .max(MAX_LINK_PAIRS, { error: `pairs may hold at most ${MAX_LINK_PAIRS.toLocaleString('en')} pairs` }),
});

export const linkScoresOutShape = z.object({
  method: LinkMethodSchema,
  scores: z.array(z.object({ source: z.string(), target: z.string(), score: z.number() })),
});

export function networkRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/metrics', async (req, res) => {
    const { seed, weight } = parseRequest(metricsQueryShape, req.query, 'query');
    // Metrics take seconds at national scale: both stores keep those of the default seed (what the
    // views ask for, and each weight's), with the firm graph they were computed on, until the data
    // changes. Only the communities depend on the seed, so another seed takes the kept degree,
    // betweenness and PageRank and runs Louvain alone on the same firm graph (1 s at national
    // scale where the whole took 2-11 s), keeping nothing of its own, so that requests naming many
    // seeds cannot fill the memory.
    // On a worker thread at national scale (metrics-off-thread.ts), ended when the work is given up.
    const signal = () => currentWork()?.signal;
    const kept = () =>
      onFirmGraph(ctx.store, weight ? `metrics-${weight}` : 'metrics', async (input) => ({ input, metrics: await firmMetricsOffThread(input, { seed: DEFAULT_METRICS_SEED, weight }, signal()) }), weight);
    const ofSeed = async (): Promise<FirmMetrics> => {
      const { input, metrics } = await kept();
      return withCommunities(metrics, await firmCommunitiesOffThread(input, { seed, weight }, signal()));
    };
    await sendJson(req, res, ctx.store, { route: 'metrics', params: { seed, weight: weight ?? null } }, async () => {
      const result = seed === DEFAULT_METRICS_SEED ? (await kept()).metrics : await ofSeed();
      return { seed, ...(weight ? { weight } : {}), modularity: result.modularity, firms: result.firms };
    });
  });
  router.post('/analysis/link-scores', async (req, res) => {
    parseRequest(errorLangQueryShape, req.query, 'query');
    const { method, pairs } = parseRequest(linkScoresRequestShape, req.body, 'body');
    await sendJson(req, res, ctx.store, { route: 'link-scores', params: { method, pairs } }, async () => {
      const { undirected } = await onFirmGraph(ctx.store, 'firm-graphs', buildFirmGraphsInChunks);
      return { method, scores: linkScores(undirected, method, pairs) };
    });
  });
  return router;
}
