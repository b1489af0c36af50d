// The province filter (GET /api/graph, /api/firms, /api/analysis/substitution and
// /api/analysis/missing-links) names a province as the dataset writes it ("Jawa Barat"). A name
// that matched nothing used to be an empty answer, so "jawa barat" or a typo looked like a province
// with no firms. Now a name is matched without regard to case and spacing, and one that names no
// province of the dataset's firms or clusters is a 400 listing the provinces it has
// (dataset-terms.ts). The list is kept per data version on both stores.
import { atVersion, wholeGraph } from './derived.ts';
import { datasetTerm, distinctTerms } from './dataset-terms.ts';
import type { GraphStore } from './types.ts';

const NEO4J_PROVINCES = `MATCH (f:Firm) WHERE f.province IS NOT NULL RETURN DISTINCT f.province AS province
  UNION MATCH (c:Cluster) WHERE c.province IS NOT NULL RETURN DISTINCT c.province AS province`;

/** The provinces of the dataset's firms and clusters, sorted. */
export function knownProvinces(store: GraphStore): Promise<string[]> {
  if (store.kind === 'neo4j') return atVersion(store, 'provinces', async (read) => distinctTerms((await read(NEO4J_PROVINCES, {})).map((r) => r.province)));
  return wholeGraph(store, 'provinces', (snap) => distinctTerms(snap.nodes.filter((n) => n.label === 'Firm' || n.label === 'Cluster').map((n) => n.props.province)));
}

/**
 * The province as the dataset writes it, for a name given in a request's `field`; a 400 naming the
 * dataset's provinces when it names none of them (or, folded, more than one).
 */
async function datasetProvince(store: GraphStore, name: string, field = 'province'): Promise<string> {
  return datasetTerm(await knownProvinces(store), name, field, 'error.unknownProvince');
}
/** The query with its province (if any) as the dataset writes it (datasetProvince). */
export async function withDatasetProvince<Q extends { province?: string | null }>(store: GraphStore, query: Q): Promise<Q> {
  if (query.province === undefined || query.province === null) return query;
  return { ...query, province: await datasetProvince(store, query.province) };
}
