// GET /api/firms: the firms' ids, names, tiers and clusters, for the forms that pick a firm (the
// what-if of Opportunities, the buyer of Link and match). Those forms used to read the firm-level
// /api/graph (at national scale 49 MB and about 20 s) for these four fields.
import { Router } from 'express';
import { z } from 'zod';
import { TIERS, type Tier } from '../../model/index.ts';
import type { GraphStore } from '../../store/index.ts';
import { sendJson } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

const TIER_LIST = new RegExp(`^(${TIERS.join('|')})(,(${TIERS.join('|')}))*$`);

const tierList = z
  .string()
  .max(200)
  .regex(TIER_LIST, { error: `tier must be a comma-separated list of ${TIERS.join(', ')}` })
  .transform((v) => v.split(',') as Tier[]);

export const firmsQueryShape = z.strictObject({
  tier: tierList.optional().describe(`only firms of these tiers (comma-separated: ${TIERS.join(',')})`),
  cluster: z.string().min(1).max(200).optional().describe('only the members of this cluster (an unknown id gives an empty list)'),
});

export const firmsShape = z.object({
  firms: z
    .array(z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS).optional(), cluster: z.string().optional().describe('the cluster the firm is a member of (MEMBER_OF)') }))
    .describe('sorted by name, then id'),
});
export type FirmsOut = z.infer<typeof firmsShape>;
export type FirmsQuery = z.infer<typeof firmsQueryShape>;

export async function firmList(store: GraphStore, query: FirmsQuery): Promise<FirmsOut> {
  const { nodes, rels } = await store.subgraph(['Firm'], ['MEMBER_OF']);
  const clusterOf = new Map<string, string>();
  for (const r of rels) if (!clusterOf.has(r.from)) clusterOf.set(r.from, r.to);
  const tiers = query.tier ? new Set<string>(query.tier) : undefined;
  const firms: FirmsOut['firms'] = [];
  for (const n of nodes) {
    const tier = typeof n.props.tier === 'string' ? (n.props.tier as FirmsOut['firms'][number]['tier']) : undefined;
    const cluster = clusterOf.get(n.id);
    if (tiers && (tier === undefined || !tiers.has(tier))) continue;
    if (query.cluster !== undefined && cluster !== query.cluster) continue;
    firms.push({ id: n.id, name: String(n.props.name ?? n.id), ...(tier ? { tier } : {}), ...(cluster ? { cluster } : {}) });
  }
  firms.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { firms };
}

export function firmsRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/firms', async (req, res) => {
    const query = parseRequest(firmsQueryShape, req.query, 'query');
    await sendJson(req, res, ctx.store, { route: 'firms', params: query }, () => firmList(ctx.store, query));
  });
  return router;
}
