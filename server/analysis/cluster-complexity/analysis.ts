// GET /api/analysis/complexity: economic complexity of the clusters (locations) and components
// (products) of the current dataset, from the table in facts.ts, computed by
// server/analysis/complexity (Growth Lab ecomplexity, Stata flavour). Honest about structure: when
// the presence matrix splits into disconnected blocks or an eigen-gap is (near) zero, the table's
// ECI/PCI are null (the warnings say why) and each block large enough gets ECI/PCI computed within
// it, ranked with ties shown as ties (rank.ts); nothing undefined is ranked.
import { UnknownIdError } from '../../errors.ts';
import { dataNames, localiseNames } from '../../names/index.ts';
import { atVersion, wholeGraph, type GraphStore } from '../../store/index.ts';
import { computeComplexityYearsOffThread, localiseWarnings, MIN_BLOCK_LOCATIONS, MIN_BLOCK_PRODUCTS, type BlockResult, type WarningLang } from '../complexity/index.ts';
import { clusterTableOf } from './embedded.ts';
import { byId, type ClusterTableRow } from './facts.ts';
import { neo4jClusterTable } from './neo4j.ts';
import { rankWithTies } from './rank.ts';
import { MAX_OPPORTUNITIES, type ClusterComplexityOut, type ClusterComplexityQuery } from './shapes.ts';

type Opportunity = ClusterComplexityOut['opportunities'][number];

/**
 * The whole answer with the densest MAX_OPPORTUNITIES per cluster and English warnings, and every
 * cluster's opportunity in one component (a national table has 2,000 components: a cluster's list is
 * cut at MAX_OPPORTUNITIES, so a component's row may be past it; the density matrix is kept instead).
 */
export type ClusterComplexityAnalysis = Omit<ClusterComplexityOut, 'opportunities'> & { opportunities: Opportunity[][]; opportunitiesOf: (component: string) => Opportunity[] };

export function clusterTable(store: GraphStore): Promise<ClusterTableRow[]> {
  if (store.kind === 'neo4j') return neo4jClusterTable((query, params) => store.read(query, params));
  return wholeGraph(store, 'cluster-complexity-table', clusterTableOf);
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'en');
const rankOrder = (a: { block: number | null; rank: number | null; name: string }, b: typeof a): number =>
  (a.block ?? Infinity) - (b.block ?? Infinity) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || byText(a.name, b.name);

/** Ranks within each block by `value` (ties share a rank and are marked); null values stay unranked. */
function assignRanks<T extends { block: number | null; rank: number | null; tied: boolean }>(list: T[], value: (x: T) => number | null): void {
  const byBlock = new Map<number, T[]>();
  for (const x of list) {
    if (x.block === null || value(x) === null) continue;
    let members = byBlock.get(x.block);
    if (!members) byBlock.set(x.block, (members = []));
    members.push(x);
  }
  for (const members of byBlock.values()) {
    const ranks = rankWithTies(members.map((x) => value(x)!));
    members.forEach((x, i) => Object.assign(x, ranks[i]!));
  }
}

/** The value of each block member within its block, or null when the block has none. */
const blockValue = (block: BlockResult, which: 'eci' | 'pci', index: number, whole: number | null): number | null =>
  block.status === 'whole' ? whole : block.status === 'ranked' ? (block[which]?.[index] ?? null) : null;

export async function analyseClusterTable(table: readonly ClusterTableRow[]): Promise<ClusterComplexityAnalysis> {
  const withCells = table.filter((r) => r.cells.length > 0);
  const leftOut = table.filter((r) => r.cells.length === 0).map((r) => ({ id: r.cluster, name: r.name }));
  const minBlock = { clusters: MIN_BLOCK_LOCATIONS, components: MIN_BLOCK_PRODUCTS };
  const componentNames = new Map<string, string>();
  const valueOf = new Map<string, number>();
  const input = withCells.flatMap((r) => {
    valueOf.set(r.cluster, r.cells.reduce((s, c) => s + c.value, 0));
    return r.cells.map((c) => {
      componentNames.set(c.component, c.name);
      return { location: r.cluster, product: c.component, value: c.value };
    });
  });
  const empty: ClusterComplexityAnalysis = { table: { clusters: 0, components: 0, valueUsd: 0 }, leftOut, defined: false, warnings: [], minBlock, blocks: [], clusters: [], components: [], opportunities: [], opportunitiesOf: () => [] };
  if (input.length === 0) return empty;

  // On a worker at national scale (2–4 s of work): the server answers meanwhile.
  const { years, warnings } = await computeComplexityYearsOffThread(input);
  const y = years[0]!;
  const { defined, blocks } = y.structure;
  const { locations, products } = y.table;
  const np = products.length;
  const clusterBlock = new Map<string, [number, number]>();
  const componentBlock = new Map<string, [number, number]>();
  blocks.forEach((b, k) => {
    b.locations.forEach((id, i) => clusterBlock.set(id, [k, i]));
    b.products.forEach((id, j) => componentBlock.set(id, [k, j]));
  });
  const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

  const clusterFacts = new Map<string, { diversity: number; eci: number | null }>();
  const componentFacts = new Map<string, { ubiquity: number; pci: number | null }>();
  products.forEach((id, j) => componentFacts.set(id, { ubiquity: y.ubiquity[j]!, pci: defined ? orNull(y.pci[j]!) : null }));
  locations.forEach((id, i) => clusterFacts.set(id, { diversity: y.diversity[i]!, eci: defined ? orNull(y.eci[i]!) : null }));
  const locationIndex = new Map(locations.map((id, i) => [id, i]));
  // A cluster's open components: those it does not make with a density, densest first (ties by id).
  // As column indices, not objects: a national table has some 660,000, of which 100 per cluster are
  // kept (MAX_OPPORTUNITIES); making an object of each held the thread for about a second.
  const openOf = (i: number): Int32Array => {
    const list = new Int32Array(np);
    let n = 0;
    for (let j = 0, k = i * np; j < np; j++, k++) if (y.mcp[k] === 0 && !Number.isNaN(y.density[k]!)) list[n++] = j;
    const row = i * np;
    return list.subarray(0, n).sort((a, b) => y.density[row + b]! - y.density[row + a]! || byId(products[a]!, products[b]!));
  };

  const names = new Map(withCells.map((r) => [r.cluster, r.name]));
  const clusters = withCells.map((r) => {
    const facts = clusterFacts.get(r.cluster)!;
    const [block, index] = clusterBlock.get(r.cluster) ?? [-1, -1];
    const blockEci = block < 0 ? null : blockValue(blocks[block]!, 'eci', index, facts.eci);
    return { id: r.cluster, name: r.name, valueUsd: valueOf.get(r.cluster)!, diversity: facts.diversity, eci: facts.eci, block, blockEci, rank: null as number | null, tied: false };
  });
  const components = [...componentFacts.entries()].map(([id, facts]) => {
    const [block, index] = componentBlock.get(id) ?? [null, -1];
    const blockPci = block === null ? null : blockValue(blocks[block]!, 'pci', index, facts.pci);
    return { id, name: componentNames.get(id) ?? id, ubiquity: facts.ubiquity, pci: facts.pci, block, blockPci, rank: null as number | null, tied: false };
  });
  assignRanks(clusters, (c) => c.blockEci);
  assignRanks(components, (c) => c.blockPci);
  clusters.sort(rankOrder);
  components.sort(rankOrder);

  const blockPciOf = new Map(components.map((c) => [c.id, c]));
  /** Cluster c (row i of the matrices) and component j, which c does not make. */
  const opportunity = (c: (typeof clusters)[number], i: number, j: number): Opportunity => {
    const k = i * np + j;
    const comp = blockPciOf.get(products[j]!);
    const pci = comp && comp.block === c.block ? comp.blockPci : null;
    return { cluster: c.id, component: products[j]!, density: y.density[k]!, pci, cog: defined ? orNull(y.cog[k]!) : null };
  };
  const opportunities = clusters.map((c) => {
    const i = locationIndex.get(c.id);
    return i === undefined ? [] : Array.from(openOf(i).subarray(0, MAX_OPPORTUNITIES), (j) => opportunity(c, i, j));
  });
  // One component's column of the matrices, for every cluster that does not make it (the rule of openOf).
  const productIndex = new Map(products.map((id, j) => [id, j]));
  const opportunitiesOf = (component: string): Opportunity[] => {
    const j = productIndex.get(component);
    if (j === undefined) return [];
    const list: Opportunity[] = [];
    for (const c of clusters) {
      const i = locationIndex.get(c.id);
      if (i === undefined) continue;
      const k = i * np + j;
      if (y.mcp[k] === 0 && !Number.isNaN(y.density[k]!)) list.push(opportunity(c, i, j));
    }
    return list.sort((a, b) => b.density - a.density || byId(a.cluster, b.cluster));
  };
  return {
    table: { clusters: withCells.length, components: componentFacts.size, valueUsd: [...valueOf.values()].reduce((s, v) => s + v, 0) },
    leftOut: leftOut.sort((a, b) => byText(a.name, b.name)),
    defined,
    warnings,
    minBlock,
    blocks: blocks.map((b) => ({ clusters: [...b.locations].sort((x, y) => byText(names.get(x) ?? x, names.get(y) ?? y)), components: b.products, status: b.status })),
    clusters,
    components,
    opportunities,
    opportunitiesOf,
  };
}

type PresentQuery = Pick<ClusterComplexityQuery, 'limit' | 'component'> & { lang: WarningLang };

/** The answer for a query: warnings in the asked language, `limit` opportunities per cluster or every cluster's in `component`. */
export function presentClusterComplexity(analysis: ClusterComplexityAnalysis, query: PresentQuery): ClusterComplexityOut {
  const { opportunities, opportunitiesOf, ...rest } = analysis;
  return {
    ...rest,
    warnings: localiseWarnings(analysis.warnings, query.lang),
    opportunities: query.component === undefined ? opportunities.flatMap((list) => list.slice(0, query.limit)) : opportunitiesOf(query.component),
  };
}

export async function clusterComplexity(store: GraphStore, query: PresentQuery): Promise<ClusterComplexityOut> {
  // A component id that names no component is the caller's mistake (a typo answered an empty list,
  // as for a component no cluster makes): 400 naming the field, as every other component filter.
  if (query.component !== undefined && (await store.entity(query.component))?.label !== 'Component') throw new UnknownIdError('component', query.component, 'component');
  // The embedded store keeps the analysis until a reload, Neo4j until the data version moves on (a
  // load or anyone's direct write): at national scale it takes about 7 s on Neo4j, and each
  // component in focus asks for it again. Kept with it: the density matrix (416 × 2,000 doubles).
  const analysis = await keptAnalysis(store);
  return localiseNames(presentClusterComplexity(analysis, query), await dataNames(store, query.lang));
}

/** The analysis of the store's table, kept per data version (built on first ask, or by warmClusterComplexity after a load). */
const keptAnalysis = (store: GraphStore): Promise<ClusterComplexityAnalysis> =>
  store.kind === 'neo4j'
    ? atVersion(store, 'cluster-complexity', async (read) => analyseClusterTable(await neo4jClusterTable(read)))
    : wholeGraph(store, 'cluster-complexity', async (snap) => analyseClusterTable(await clusterTableOf(snap)));

/**
 * Warming after a load (server/store/warm.ts; issue 16): the analysis, so that the Complexity view's
 * first answer is not its 3–6 s at national scale. Its computation runs on a worker thread.
 */
export async function warmClusterComplexity(store: GraphStore): Promise<void> {
  await keptAnalysis(store);
}
