// The rows of cypher/analysis/missing-links.cypher computed from a snapshot (the embedded store):
// candidate triples (supplier s, buyer b, component p) where b NEEDS or IMPORTS p, s does not yet
// supply p to b, and s MAKES p or covers all of p's requirements, with the same facts per row.
// Network facts on the undirected firm graph (buildFirmGraphs): shared partners are the common
// neighbours of s and b, paths of length 3 the simple paths s–x–y–b (Liben-Nowell & Kleinberg 2004
// for neighbourhood-based link prediction; DESIGN.md for why length 3 matters here).
import type { GraphRel } from '../../model/index.ts';
import type { CandidateRow, Ref } from './facts.ts';
import { nameOf, numProp, tierOf, type GraphIndex } from './graph-index.ts';
import { capabilityPool, isCapable, requirementFacts, type RequirementFacts } from './requirements.ts';
import type { CandidateFilter } from './shapes.ts';
import { haversineKm } from './distance.ts';

type Tier = CandidateRow['supplierTier'];

const ref = (index: GraphIndex, id: string): Ref => ({ id, name: nameOf(index, id) });

/** `startNode(r) = u` over the SUPPLIES between u and v, as the Cypher columns d1/d2/d3 list them. */
function directions(index: GraphIndex, u: string, v: string): boolean[] {
  const out: boolean[] = [];
  if (index.supplyPairs.has(`${u}|${v}`)) out.push(true);
  if (index.supplyPairs.has(`${v}|${u}`)) out.push(false);
  return out;
}

/** Components b NEEDS or IMPORTS. */
function demandOf(index: GraphIndex, buyer: string): Set<string> {
  const out = new Set<string>(index.needs.get(buyer)?.keys() ?? []);
  for (const p of index.imports.get(buyer)?.keys() ?? []) if (index.nodes.get(p)?.label === 'Component') out.add(p);
  return out;
}

function importFacts(index: GraphIndex, buyer: string, component: string): Pick<CandidateRow, 'importYear' | 'origins'> {
  const rels = index.imports.get(buyer)?.get(component) ?? [];
  if (rels.length === 0) return { importYear: null, origins: [] };
  const year = Math.max(...rels.map((r) => numProp(r.props, 'year') ?? -Infinity));
  const origins = rels
    .filter((r) => numProp(r.props, 'year') === year)
    .map((r) => ({ country: r.to, name: nameOf(index, r.to), valueUsd: numProp(r.props, 'valueUsd') ?? 0, units: numProp(r.props, 'units') }));
  return { importYear: year, origins };
}

function sharedPartners(index: GraphIndex, s: string, b: string): CandidateRow['sharedPartners'] {
  const g = index.undirected;
  const out: CandidateRow['sharedPartners'] = [];
  g.forEachNeighbor(s, (z) => {
    if (z === b || !g.areNeighbors(z, b)) return;
    out.push({ ...ref(index, z), degree: g.degree(z), d1: directions(index, s, z), d2: directions(index, z, b) });
  });
  return out;
}

function paths3(index: GraphIndex, s: string, b: string): Pick<CandidateRow, 'paths3' | 'example3'> {
  const g = index.undirected;
  let count = 0;
  let best: [string, string] | null = null;
  for (const x of g.neighbors(s)) {
    if (x === b) continue;
    for (const y of g.neighbors(x)) {
      if (y === s || y === b || !g.areNeighbors(y, b)) continue;
      count++;
      if (best === null || x < best[0] || (x === best[0] && y < best[1])) best = [x, y];
    }
  }
  if (best === null) return { paths3: 0, example3: null };
  const [x, y] = best;
  return {
    paths3: count,
    example3: { x, xName: nameOf(index, x), y, yName: nameOf(index, y), d1: directions(index, s, x), d2: directions(index, x, y), d3: directions(index, y, b) },
  };
}

/** Memo tables for one computation: the same supplier, pair or firm recurs across many candidates. */
interface Memo {
  /** Component -> the firms that make it or cover its requirements, by id, with their requirement facts. */
  suppliers: Map<string, Array<{ firm: string; makes: GraphRel | undefined; req: RequirementFacts }>>;
  network: Map<string, Pick<CandidateRow, 'sharedPartners' | 'paths3' | 'example3'>>;
  buyers: Map<string, Set<string>>;
}

/** The firms f supplies, f itself left out. */
function buyersOf(index: GraphIndex, memo: Memo, f: string): Set<string> {
  let set = memo.buyers.get(f);
  if (!set) {
    set = new Set((index.suppliesOut.get(f) ?? []).map((r) => r.to).filter((o) => o !== f));
    memo.buyers.set(f, set);
  }
  return set;
}

/** b's current suppliers t <> s whose buyers (without b and t) overlap s's buyers (without b and s). */
function peers(index: GraphIndex, memo: Memo, s: string, b: string, component: string): CandidateRow['peers'] {
  const mine = buyersOf(index, memo, s);
  const mineSize = mine.size - (mine.has(b) ? 1 : 0);
  const out: CandidateRow['peers'] = [];
  for (const t of new Set((index.suppliesIn.get(b) ?? []).map((r) => r.from))) {
    if (t === s) continue;
    const theirs = buyersOf(index, memo, t);
    let shared = 0;
    for (const o of mine) if (o !== b && theirs.has(o)) shared++;
    if (shared === 0) continue;
    const theirSize = theirs.size - (theirs.has(b) ? 1 : 0);
    out.push({ ...ref(index, t), shared, union: mineSize + theirSize - shared, suppliesComponent: index.supplyTriples.has(`${t}|${b}|${component}`) });
  }
  return out;
}

function distinctRefs(index: GraphIndex, ids: Iterable<string>): Ref[] {
  return [...new Set(ids)].map((id) => ref(index, id));
}

function candidateRow(index: GraphIndex, memo: Memo, s: string, b: string, p: string, makes: GraphRel | undefined, req: RequirementFacts): CandidateRow {
  let network = memo.network.get(`${s}|${b}`);
  if (!network) {
    network = { sharedPartners: sharedPartners(index, s, b), ...paths3(index, s, b) };
    memo.network.set(`${s}|${b}`, network);
  }
  const sNode = index.nodes.get(s)!;
  const bNode = index.nodes.get(b)!;
  const cluster = index.clustersOf.get(s)?.[0];
  const need = index.needs.get(b)?.get(p);
  const [lat1, lon1, lat2, lon2] = [numProp(sNode.props, 'lat'), numProp(sNode.props, 'lon'), numProp(bNode.props, 'lat'), numProp(bNode.props, 'lon')];
  const supplied = index.suppliesOut.get(s) ?? [];
  return {
    supplier: s,
    supplierName: nameOf(index, s),
    supplierTier: tierOf(index, s) as Tier,
    supplierCluster: cluster === undefined ? null : ref(index, cluster),
    buyer: b,
    buyerName: nameOf(index, b),
    buyerTier: tierOf(index, b) as Tier,
    component: p,
    componentName: nameOf(index, p),
    toleranceMm: numProp(index.nodes.get(p)!.props, 'toleranceMm'),
    makes: makes !== undefined,
    makesUnits: makes === undefined ? null : { units: numProp(makes.props, 'unitsPerYear') },
    ...req,
    need: need === undefined ? null : { units: numProp(need.props, 'unitsPerYear') },
    currentSupply: (index.suppliesIn.get(b) ?? [])
      .filter((r) => r.props.component === p)
      .map((r) => ({ supplier: r.from, units: numProp(r.props, 'unitsPerYear'), valueUsd: numProp(r.props, 'valueUsd') })),
    ...importFacts(index, b, p),
    km: lat1 === null || lon1 === null || lat2 === null || lon2 === null ? null : haversineKm(lat1, lon1, lat2, lon2),
    alreadySupplies: distinctRefs(
      index,
      supplied.filter((r) => r.to === b).map((r) => String(r.props.component)),
    ),
    suppliesElsewhere: distinctRefs(
      index,
      supplied.filter((r) => r.props.component === p && r.to !== b && r.to !== s).map((r) => r.to),
    ),
    ...network,
    peers: peers(index, memo, s, b, p),
  };
}

/** The firms that make the component or cover all of its requirements, in id order. */
function possibleSuppliers(index: GraphIndex, memo: Memo, p: string) {
  let list = memo.suppliers.get(p);
  if (!list) {
    const makers = index.makers.get(p) ?? new Map<string, GraphRel>();
    list = [];
    for (const firm of [...new Set([...makers.keys(), ...capabilityPool(index, p)])].sort()) {
      const makes = makers.get(firm);
      if (makes !== undefined || isCapable(index, firm, p)) list.push({ firm, makes, req: requirementFacts(index, firm, p) });
    }
    memo.suppliers.set(p, list);
  }
  return list;
}

const newMemo = (): Memo => ({ suppliers: new Map(), network: new Map(), buyers: new Map() });

/**
 * Every candidate row under the filter, ordered by buyer, component, supplier: what
 * missing-links.cypher returns without `$candidates`. The analysis itself ranks from the ranking
 * index (select.ts) and asks only for the rows of the candidates it returns (embeddedRowsOf); this
 * full enumeration is the reference it is tested against.
 */
export function embeddedCandidateRows(index: GraphIndex, filter: CandidateFilter): CandidateRow[] {
  const rows: CandidateRow[] = [];
  const memo = newMemo();
  const buyers = filter.buyer ? [filter.buyer] : index.firms;
  const members = filter.cluster ? new Set(index.membersOf.get(filter.cluster) ?? []) : null;
  for (const b of buyers) {
    for (const p of [...demandOf(index, b)].sort()) {
      if (filter.component && p !== filter.component) continue;
      for (const { firm: s, makes, req } of possibleSuppliers(index, memo, p)) {
        if (s === b || (members && !members.has(s)) || index.supplyTriples.has(`${s}|${b}|${p}`)) continue;
        rows.push(candidateRow(index, memo, s, b, p, makes, req));
      }
    }
  }
  return rows;
}

/** The rows of the given candidates (each must be one: select.ts picks them), in the order given. */
export function embeddedRowsOf(index: GraphIndex, candidates: ReadonlyArray<{ supplier: string; buyer: string; component: string }>): CandidateRow[] {
  const memo = newMemo();
  return candidates.map(({ supplier, buyer, component }) =>
    candidateRow(index, memo, supplier, buyer, component, index.makers.get(component)?.get(supplier), requirementFacts(index, supplier, component)),
  );
}
