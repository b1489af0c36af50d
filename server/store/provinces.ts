// The province filter (GET /api/graph, /api/firms, /api/analysis/substitution and
// /api/analysis/missing-links) names a province as the dataset writes it ("Jawa Barat"). A name
// that matched nothing used to be an empty answer, so "jawa barat" or a typo looked like a province
// with no firms. Now a name is matched without regard to case and spacing, and one that names no
// province of the dataset's firms or clusters is a 400 listing the provinces it has. The list is kept
// per data version on both stores.
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';
import { atVersion, wholeGraph } from './derived.ts';
import type { GraphStore } from './types.ts';

const NEO4J_PROVINCES = `MATCH (f:Firm) WHERE f.province IS NOT NULL RETURN DISTINCT f.province AS province
  UNION MATCH (c:Cluster) WHERE c.province IS NOT NULL RETURN DISTINCT c.province AS province`;

/** Provinces listed in a refusal at most (Indonesia has 38; a dataset may write more). */
const LISTED = 40;

/** The provinces of the dataset's firms and clusters, sorted. */
export function knownProvinces(store: GraphStore): Promise<string[]> {
  const sorted = (names: Iterable<unknown>) => [...new Set([...names].filter((p): p is string => typeof p === 'string' && p !== ''))].sort();
  if (store.kind === 'neo4j') return atVersion(store, 'provinces', async (read) => sorted((await read(NEO4J_PROVINCES, {})).map((r) => r.province)));
  return wholeGraph(store, 'provinces', (snap) => sorted(snap.nodes.filter((n) => n.label === 'Firm' || n.label === 'Cluster').map((n) => n.props.province)));
}

/** Case and spacing are not significant: "jawa  barat" is "Jawa Barat". */
const folded = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/**
 * The province as the dataset writes it, for a name given in a request's `field`; a 400 naming the
 * dataset's provinces when it names none of them (or, folded, more than one).
 */
export async function datasetProvince(store: GraphStore, name: string, field = 'province'): Promise<string> {
  const known = await knownProvinces(store);
  if (known.includes(name)) return name;
  const matches = known.filter((p) => folded(p) === folded(name));
  if (matches.length === 1) return matches[0]!;
  const listed = known.length > LISTED ? [...known.slice(0, LISTED), '…'] : known;
  throw new AppError('invalid_parameter', text('error.unknownProvince', { field, value: name.slice(0, 200), known: listed.length > 0 ? listed.join(', ') : text('error.noProvinces') }), {
    field,
    value: name,
    known,
  });
}

/** The query with its province (if any) as the dataset writes it (datasetProvince). */
export async function withDatasetProvince<Q extends { province?: string | null }>(store: GraphStore, query: Q): Promise<Q> {
  if (query.province === undefined || query.province === null) return query;
  return { ...query, province: await datasetProvince(store, query.province) };
}
