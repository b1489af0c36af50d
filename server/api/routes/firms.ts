// GET /api/firms: the firms' ids, names, tiers and clusters, for the forms that pick a firm (the
// what-if of Opportunities, the buyer of Link and match). Those forms used to read the firm-level
// /api/graph (at national scale 49 MB and about 20 s) for these four fields.
import { Router } from 'express';
import { z } from 'zod';
import { UnknownIdError } from '../../errors.ts';
import { TIERS, type Tier } from '../../model/index.ts';
import { atVersion, wholeGraph, withDatasetProvince, type GraphStore } from '../../store/index.ts';
import { sendJson } from '../../work/index.ts';
import { DEFAULT_LANG, langParam, resolveLang, type Lang } from '../../i18n/index.ts';
import { dataNames, localiseNames } from '../../names/index.ts';
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
  cluster: z.string().min(1).max(200).optional().describe('only the members of this cluster (an id that names no cluster is a 400, as on the other routes)'),
  province: z.string().min(1).max(200).optional().describe('only the firms located in this province (the firm\'s own province, as the views\' province filter reads it), matched without regard to case or spacing; a province no firm or cluster of the dataset is located in is a 400 listing those it has'),
  lang: langParam.describe('en | id: the language of the firms\' names (a firm\'s name_id in id, where the dataset gives one) and of an error. Without it the Accept-Language header decides; otherwise en.'),
});

export const firmsShape = z.object({
  firms: z
    .array(z.object({ id: z.string(), name: z.string(), tier: z.enum(TIERS).optional(), cluster: z.string().optional().describe('the cluster the firm is a member of (MEMBER_OF)') }))
    .describe('sorted by name, then id'),
});
export type FirmsOut = z.infer<typeof firmsShape>;
export type FirmsQuery = z.infer<typeof firmsQueryShape>;

type FirmRow = FirmsOut['firms'][number];
/** A row as kept per data version: the answer's fields and the province the filter reads (not sent). */
interface KeptRow {
  row: FirmRow;
  province: string | undefined;
}

const keptRow = (id: string, name: unknown, tier: unknown, cluster: unknown, province: unknown): KeptRow => ({
  row: {
    id,
    name: String(name ?? id),
    ...(typeof tier === 'string' ? { tier: tier as Tier } : {}),
    ...(typeof cluster === 'string' ? { cluster } : {}),
  },
  province: typeof province === 'string' ? province : undefined,
});

const byName = ({ row: a }: KeptRow, { row: b }: KeptRow): number => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// The same firms and MEMBER_OF as the store's snapshot (Neo4jStore.fetch), five fields each: the
// whole Firm label with every property took 15-18 s at national scale on every request.
const NEO4J_FIRMS = `MATCH (f:Firm)
  RETURN f.id AS id, f.name AS name, f.tier AS tier, f.province AS province, head([(f)-[:MEMBER_OF]->(c) WHERE NOT c:RantaiStaging AND NOT c:RantaiRetired | c.id]) AS cluster`;

/** Every firm, sorted by name then id, kept until the data changes. */
function allFirms(store: GraphStore): Promise<KeptRow[]> {
  if (store.kind === 'neo4j') return atVersion(store, 'firm-list', async (read) => (await read(NEO4J_FIRMS, {})).map((r) => keptRow(r.id as string, r.name, r.tier, r.cluster, r.province)).sort(byName));
  return wholeGraph(store, 'firm-list', (snap) => {
    const clusterOf = new Map<string, string>();
    for (const r of snap.rels) if (r.type === 'MEMBER_OF' && !clusterOf.has(r.from)) clusterOf.set(r.from, r.to);
    return snap.nodes.filter((n) => n.label === 'Firm').map((n) => keptRow(n.id, n.props.name, n.props.tier, clusterOf.get(n.id), n.props.province)).sort(byName);
  });
}

/** The firms of the query, named in `lang` (a firm's name_id in Indonesian, server/names). */
export async function firmList(store: GraphStore, asked: FirmsQuery, lang: Lang = DEFAULT_LANG): Promise<FirmsOut> {
  // The province as the dataset writes it, or a 400 (server/store/provinces.ts).
  const query = await withDatasetProvince(store, asked);
  const tiers = query.tier ? new Set<string>(query.tier) : undefined;
  const firms = (await allFirms(store))
    .filter(({ row: f, province }) => (!tiers || (f.tier !== undefined && tiers.has(f.tier))) && (query.cluster === undefined || f.cluster === query.cluster) && (query.province === undefined || province === query.province))
    .map((k) => k.row);
  // No member: a cluster with none (or none of those tiers) is an empty list; a mistyped id is said to be.
  if (firms.length === 0 && query.cluster !== undefined && (await store.entity(query.cluster))?.label !== 'Cluster') {
    throw new UnknownIdError('cluster', query.cluster, 'cluster');
  }
  return { firms: localiseNames(firms, await dataNames(store, lang)) };
}

export function firmsRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/firms', async (req, res) => {
    // The language names the firms (and an error): the answer is kept per language.
    const { lang: _lang, ...query } = parseRequest(firmsQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    await sendJson(req, res, ctx.store, { route: 'firms', params: { ...query, lang } }, () => firmList(ctx.store, query, lang));
  });
  return router;
}
