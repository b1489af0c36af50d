// The overview of an unfocused view (server/store/overview) from Neo4j, summed in Cypher: a few
// aggregating queries answer with one row per cluster, province node, pair of drawn nodes and
// component, and drawn importer and origin, instead of sending 100,000 firms over Bolt. What a
// firm is drawn as is the CASE below, the same rule as drawnAs() in server/store/overview/rule.ts.
import { relKey, type GraphNode, type Props, type Tier } from '../../model/index.ts';
import type { GraphView } from '../shapes.ts';
import { extraFirmIds, VIEW_REL_TYPES, type ViewExtras } from '../views.ts';
import { emptyStats, type FirmStats, type Grouping, type OverviewInput } from '../overview/index.ts';
import type { RunRows } from './view-input.ts';

type Row = Record<string, unknown>;

/** The cluster of firm `f` (a firm has at most one). */
const clusterOf = (f: string): string => `head([(${f})-[:MEMBER_OF]->(cl:Cluster) | cl.id])`;
/** What firm `f` with cluster `c` is drawn as: its cluster, its tier's province node, or itself. */
const drawn = (f: string, c: string): string =>
  `CASE WHEN $byCluster AND ${f}.tier = 'IKM' AND ${c} IS NOT NULL THEN ${c} WHEN ${f}.tier IN $tiers THEN 'group:' + ${f}.tier + ':' + coalesce(${f}.province, '') ELSE ${f}.id END`;

const STATS = `MATCH (f:Firm)
  RETURN f.tier AS tier, count(*) AS firms, sum(CASE WHEN EXISTS { (f)-[:MEMBER_OF]->(:Cluster) } THEN 1 ELSE 0 END) AS inCluster`;

const CLUSTERS = `MATCH (c:Cluster)
  CALL (c) {
    OPTIONAL MATCH (c)<-[:MEMBER_OF]-(f:Firm) WHERE $byCluster AND f.tier = 'IKM'
    RETURN count(f) AS members, sum(coalesce(f.capacityTonnes, 0)) AS capacity
  }
  RETURN c.id AS id, properties(c) AS props, members, capacity`;

const KEPT = `MATCH (f:Firm)
  WITH f, ${clusterOf('f')} AS cluster
  WHERE ${drawn('f', 'cluster')} = f.id
  RETURN f.id AS id, properties(f) AS props, cluster`;

const GROUPS = `MATCH (f:Firm) WHERE f.tier IN $tiers
  WITH f, ${clusterOf('f')} AS cluster
  WHERE NOT ($byCluster AND f.tier = 'IKM' AND cluster IS NOT NULL)
  WITH f, f.lat IS NOT NULL AND f.lon IS NOT NULL AS placed
  RETURN f.tier AS tier, coalesce(f.province, '') AS province, count(f) AS members, sum(coalesce(f.capacityTonnes, 0)) AS capacity,
    sum(CASE WHEN placed THEN f.lat ELSE 0 END) AS latSum, sum(CASE WHEN placed THEN f.lon ELSE 0 END) AS lonSum, sum(CASE WHEN placed THEN 1 ELSE 0 END) AS placed`;

const SUPPLIES = `MATCH (a:Firm)-[r:SUPPLIES]->(b:Firm)
  WITH r, a, b, ${clusterOf('a')} AS ac, ${clusterOf('b')} AS bc
  WITH r, ${drawn('a', 'ac')} AS source, ${drawn('b', 'bc')} AS target
  RETURN source, target, coalesce(r.component, '') AS component, count(r) AS links, sum(coalesce(r.valueUsd, 0)) AS valueUsd, sum(coalesce(r.unitsPerYear, 0)) AS unitsPerYear`;

const MEMBER_OF = `MATCH (f:Firm)-[r:MEMBER_OF]->(c:Cluster)
  WITH f, r, c.id AS cluster
  WHERE ${drawn('f', 'cluster')} = f.id
  RETURN f.id AS from, cluster AS to, properties(r) AS props`;

/** Import flows: each (importer, component, origin) at its latest year, summed per drawn importer and origin. */
const IMPORTS = `MATCH (f:Firm)-[r:IMPORTS]->(c:Country)
  WITH f, c, coalesce(r.component, '') AS component, collect(r) AS recs
  WITH f, c, size(recs) AS records, reduce(best = null, x IN recs | CASE WHEN best IS NULL OR x.year > best.year THEN x ELSE best END) AS latest
  WITH f, c, records, latest, ${clusterOf('f')} AS cluster
  WITH ${drawn('f', 'cluster')} AS source, c.id AS target, records, latest
  RETURN source, target, count(*) AS flows, sum(records) AS records, sum(coalesce(latest.valueUsd, 0)) AS valueUsd, max(latest.year) AS year`;

const COUNTRIES = `MATCH (n:Country) RETURN n.id AS id, properties(n) AS props`;

const ENDS = `UNWIND $ids AS id MATCH (f:Firm {id: id})
  WITH f, ${clusterOf('f')} AS cluster
  RETURN f.id AS id, ${drawn('f', 'cluster')} AS drawn`;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Firms per tier (what group=auto decides on). */
export async function neo4jFirmStats(rows: RunRows): Promise<FirmStats> {
  const stats = emptyStats();
  for (const r of await rows(STATS)) {
    const s = stats[r.tier as Tier];
    if (s) Object.assign(s, { firms: num(r.firms), inCluster: num(r.inCluster) });
  }
  return stats;
}

export async function neo4jOverviewInput(rows: RunRows, grouping: Grouping, view: GraphView, extras: ViewExtras): Promise<OverviewInput> {
  const p = { byCluster: grouping.clusters, tiers: grouping.tiers };
  const types = VIEW_REL_TYPES[view] as readonly string[];
  const stats = await neo4jFirmStats(rows);
  const clusters = (await rows(CLUSTERS, p)).map((r) => ({ id: r.id as string, props: r.props as Props, members: num(r.members), capacityTonnes: num(r.capacity) }));
  const groups = (await rows(GROUPS, p)).map((r) => ({ tier: r.tier as Tier, province: r.province as string, members: num(r.members), capacityTonnes: num(r.capacity), latSum: num(r.latSum), lonSum: num(r.lonSum), placed: num(r.placed) }));
  const firms = (await rows(KEPT, p)).map((r) => ({ id: r.id as string, props: r.props as Props, cluster: (r.cluster as string | null) ?? null }));
  const supplies = (await rows(SUPPLIES, p)).map((r: Row) => ({ source: r.source as string, target: r.target as string, component: r.component as string, links: num(r.links), valueUsd: num(r.valueUsd), unitsPerYear: num(r.unitsPerYear) }));
  const memberOf = types.includes('MEMBER_OF')
    ? (await rows(MEMBER_OF, p)).map((r) => ({ key: relKey('MEMBER_OF', r.from as string, r.to as string, r.props as Props), type: 'MEMBER_OF' as const, from: r.from as string, to: r.to as string, props: r.props as Props }))
    : [];
  const imports = types.includes('IMPORTS')
    ? (await rows(IMPORTS, p)).map((r) => ({ source: r.source as string, target: r.target as string, flows: num(r.flows), records: num(r.records), valueUsd: num(r.valueUsd), year: num(r.year) }))
    : [];
  const countries: GraphNode[] = (await rows(COUNTRIES)).map((r) => ({ id: r.id as string, label: 'Country', props: r.props as Props }));
  const ids = extraFirmIds(extras);
  const drawnAs = new Map<string, string>(ids.length === 0 ? [] : (await rows(ENDS, { ...p, ids })).map((r) => [r.id as string, r.drawn as string]));
  return { stats, clusters, groups, firms, memberOf, supplies, imports, countries, drawnAs };
}
