// GET /api/analysis/missing-links and `rantai analyse missing-links`: candidate facts from the
// store (Cypher on Neo4j, the snapshot on the embedded store), then one shared ranking.
import { UnknownIdError } from '../../errors.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.ts';
import type { NodeLabel } from '../../model/index.ts';
import { wholeGraph, type GraphStore } from '../../store/index.ts';
import { embeddedCandidateRows } from './candidates-embedded.ts';
import { normaliseCandidate, type CandidateRow } from './facts.ts';
import { indexGraph } from './graph-index.ts';
import { missingLinksLabels } from './labels.ts';
import { neo4jCandidateRows, neo4jNoOemRows } from './neo4j-facts.ts';
import { embeddedNoOemRows, normaliseNoOem, type NoOemRow } from './no-oem-path.ts';
import { recommend } from './recommend.ts';
import type { CandidateFilter, MissingLinksOut } from './shapes.ts';

export interface MissingLinksOptions {
  buyer?: string;
  cluster?: string;
  component?: string;
  /** At most this many recommendations (all when absent). */
  limit?: number;
  /** The language of the sentences and labels (default en). */
  lang?: Lang;
}

const FILTER_LABELS: Record<keyof CandidateFilter, { label: NodeLabel; what: string }> = {
  buyer: { label: 'Firm', what: 'firm' },
  cluster: { label: 'Cluster', what: 'cluster' },
  component: { label: 'Component', what: 'component' },
};

/** Throws UnknownIdError (400, naming the field) for a filter id that is not a node of its label. */
export async function checkFilterIds(store: GraphStore, filter: CandidateFilter): Promise<void> {
  for (const field of Object.keys(FILTER_LABELS) as Array<keyof CandidateFilter>) {
    const id = filter[field];
    if (id === null) continue;
    const entity = await store.entity(id);
    if (entity?.label !== FILTER_LABELS[field].label) throw new UnknownIdError(field, id, FILTER_LABELS[field].what);
  }
}

/** The facts of every candidate and of the clusters without an OEM path, from either store. */
export async function missingLinkFacts(store: GraphStore, filter: CandidateFilter): Promise<{ rows: CandidateRow[]; clusters: NoOemRow[] }> {
  if (store.kind === 'neo4j') return { rows: await neo4jCandidateRows(store, filter), clusters: await neo4jNoOemRows(store) };
  const index = await wholeGraph(store, 'links-index', indexGraph);
  return { rows: embeddedCandidateRows(index, filter), clusters: embeddedNoOemRows(index) };
}

export async function missingLinks(store: GraphStore, options: MissingLinksOptions = {}): Promise<MissingLinksOut> {
  const filter: CandidateFilter = { buyer: options.buyer ?? null, cluster: options.cluster ?? null, component: options.component ?? null };
  await checkFilterIds(store, filter);
  const { rows, clusters } = await missingLinkFacts(store, filter);
  const lang = options.lang ?? DEFAULT_LANG;
  const { total, recommendations } = recommend(rows.map(normaliseCandidate), options.limit, lang);
  return { filters: { ...filter, limit: options.limit ?? null }, total, recommendations, clustersWithoutOemPath: normaliseNoOem(clusters), lang, labels: missingLinksLabels(lang) };
}
