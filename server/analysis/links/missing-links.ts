// GET /api/analysis/missing-links and `rantai analyse missing-links`. Three steps, the same on both
// stores:
//   1. the ranking index (link-index.ts) from the compact facts of the store (the embedded store
//      keeps it until its dataset is replaced; Neo4j answers three small queries per request);
//   2. the number of all candidates and the `limit` best, without listing the others (select.ts);
//   3. the full facts of those best only (Cypher on Neo4j; on the embedded store, the dataset's
//      shared index kept until its next load with the chosen candidates' own relationships), then
//      one shared ranking with scores, evidence and sentences (recommend.ts).
import { AppError, UnknownIdError } from '../../errors.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.ts';
import type { NodeLabel, Tier } from '../../model/index.ts';
import { dataNames, localiseNames, type DataNames } from '../../names/index.ts';
import { yieldToEventLoop } from '../../util/yield.ts';
import { atVersion, wholeGraph, withDatasetProvince, type GraphStore } from '../../store/index.ts';
import { embeddedCandidateRows, embeddedRowsOf } from './candidates-embedded.ts';
import { normaliseCandidate, type CandidateRow } from './facts.ts';
import { indexForCandidates, indexGraph, indexShared } from './graph-index.ts';
import { missingLinksLabels } from './labels.ts';
import { buildLinkIndex, type LinkIndex } from './link-index.ts';
import { neo4jCandidateRows, neo4jNoOemRows, neo4jScoringFacts, type CandidateTriple } from './neo4j-facts.ts';
import { embeddedNoOemRows, normaliseNoOem, type NoOemRow } from './no-oem-path.ts';
import { recommend } from './recommend.ts';
import { embeddedScoringFacts } from './scoring-facts-embedded.ts';
import { selectCandidates } from './select.ts';
import type { CandidateFilter, MissingLinksOut } from './shapes.ts';

export interface MissingLinksOptions {
  buyer?: string;
  cluster?: string;
  component?: string;
  /** At most this many recommendations (all when absent). */
  limit?: number;
  /** The language of the sentences and labels (default en). */
  lang?: Lang;
  /**
   * Only the candidates whose supplier or buyer is of this tier or located in this province (both:
   * one firm of both), counted and ranked among themselves, as a view's tier and province filters
   * keep firms (GraphStore.focusFirms).
   */
  tier?: Tier;
  province?: string;
  /**
   * Only the candidates whose supplier or buyer is one of these firms, counted and ranked among
   * themselves: a focused view's recommended links touch its focus firms (server/focus), which it
   * has read already. Not a parameter of the route: `tier` and `province` are.
   */
  touching?: ReadonlySet<string>;
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

/**
 * The ranking index of the store's dataset: kept until the next load (embedded) or until the data
 * version moves on (Neo4j: any committed write, a direct one included, makes the next request
 * read the facts afresh), so only the first request after a change builds it (issue 16).
 */
export async function linkIndexOf(store: GraphStore): Promise<LinkIndex> {
  if (store.kind === 'neo4j') return atVersion(store, 'links-ranking', async (read) => buildLinkIndex(await neo4jScoringFacts(read)));
  return wholeGraph(store, 'links-ranking', (snap) => buildLinkIndex(embeddedScoringFacts(snap)));
}

/** 1 for each of the firms (by the index's numbers); ids the index does not know are left out. */
function marked(ix: LinkIndex, firms: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(ix.firmIds.length);
  for (const id of firms) {
    const f = ix.firmIndex.get(id);
    if (f !== undefined) out[f] = 1;
  }
  return out;
}

/** The full facts of the given candidates, in any order. */
async function rowsOf(store: GraphStore, filter: CandidateFilter, candidates: readonly CandidateTriple[]): Promise<CandidateRow[]> {
  if (store.kind === 'neo4j') return neo4jCandidateRows(store, filter, candidates);
  if (candidates.length === 0) return [];
  return embeddedRowsOf(indexForCandidates(await wholeGraph(store, 'links-candidate-facts', indexShared), candidates), candidates);
}

async function noOemRows(store: GraphStore): Promise<NoOemRow[]> {
  if (store.kind === 'neo4j') return atVersion(store, 'links-no-oem', neo4jNoOemRows);
  return wholeGraph(store, 'links-no-oem', embeddedNoOemRows);
}

/**
 * The facts of every candidate under the filter, from either store (missing-links.cypher without
 * $candidates on Neo4j): a reference for tests and research. It lists every candidate, so it is
 * meant for small datasets or narrow filters; the analysis does not use it.
 */
export async function missingLinkFacts(store: GraphStore, filter: CandidateFilter): Promise<{ rows: CandidateRow[]; clusters: NoOemRow[] }> {
  if (store.kind === 'neo4j') return { rows: await neo4jCandidateRows(store, filter), clusters: await neo4jNoOemRows(store) };
  const snap = await store.snapshot();
  return { rows: embeddedCandidateRows(indexGraph(snap), filter), clusters: embeddedNoOemRows(snap) };
}

export async function missingLinks(store: GraphStore, asked: MissingLinksOptions = {}): Promise<MissingLinksOut> {
  // The province as the dataset writes it, or a 400 (server/store/provinces.ts).
  const options = await withDatasetProvince(store, asked);
  const filter: CandidateFilter = { buyer: options.buyer ?? null, cluster: options.cluster ?? null, component: options.component ?? null };
  await checkFilterIds(store, filter);
  const tier = options.tier ?? null;
  const province = options.province ?? null;
  const touching = options.touching ?? (tier !== null || province !== null ? new Set(await store.focusFirms({ ...(tier ? { tier } : {}), ...(province !== null ? { province } : {}) })) : undefined);
  const select = (ix: LinkIndex) => selectCandidates(ix, filter, options.limit, touching && marked(ix, touching));
  const [{ total, selected }, clusters] = await Promise.all([linkIndexOf(store).then(select), noOemRows(store)]);
  // The selection and the chosen candidates' facts are each up to half a second at national scale:
  // requests waiting are answered between them.
  await yieldToEventLoop();
  const rows = await rowsOf(store, filter, selected);
  const lang = options.lang ?? DEFAULT_LANG;
  // Each chosen triple is a candidate by the same rule in both queries; a missing row means the
  // ranking facts and the facts query disagree, which must not pass as a shorter answer.
  if (rows.length !== selected.length) throw new AppError('internal', `missing links: facts found for ${rows.length} of the ${selected.length} candidates chosen`);
  const names = await dataNames(store, lang);
  const { recommendations } = recommend(rows.map((r) => normaliseCandidate(namedIn(r, names))), options.limit, total, lang);
  return localiseNames({ filters: { ...filter, tier, province, limit: options.limit ?? null }, total, recommendations, clustersWithoutOemPath: normaliseNoOem(clusters), lang, labels: missingLinksLabels(lang) }, names);
}

/** A candidate's facts with its firms, component, processes and materials called by `names` (the evidence sentence uses them). */
function namedIn(row: CandidateRow, names: DataNames): CandidateRow {
  if (names.unchanged) return row;
  const x = row.example3;
  return {
    ...row,
    supplierName: names.name(row.supplier, row.supplierName),
    buyerName: names.name(row.buyer, row.buyerName),
    componentName: names.name(row.component, row.componentName),
    processes: row.processes.map((p) => ({ ...p, name: names.name(p.process, p.name) })),
    material: row.material && { ...row.material, name: names.name(row.material.material, row.material.name) },
    alreadySupplies: localiseNames(row.alreadySupplies, names),
    suppliesElsewhere: localiseNames(row.suppliesElsewhere, names),
    sharedPartners: localiseNames(row.sharedPartners, names),
    peers: localiseNames(row.peers, names),
    example3: x && { ...x, xName: names.name(x.x, x.xName), yName: names.name(x.y, x.yName) },
  };
}
