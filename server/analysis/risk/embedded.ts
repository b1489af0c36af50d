// The rows of cypher/analysis/single-source.cypher and failure-impact.cypher computed from a
// snapshot (the embedded store); the definitions are in those files' headers and in
// failure-impact.ts.
import type { GraphRel } from '../../model/index.ts';
import { capabilityPool, isCapable, nameOf, numProp, tierOf, type GraphIndex } from '../links/index.ts';
import type { ClusterMembersRow, FailureRow, SingleSourceRow } from './facts.ts';
import { inChunks } from '../../util/yield.ts';

type Tier = SingleSourceRow['buyerTier'];

function latestImports(index: GraphIndex, buyer: string, component: string): Pick<SingleSourceRow, 'importYear' | 'imports'> {
  const rels = index.imports.get(buyer)?.get(component) ?? [];
  if (rels.length === 0) return { importYear: null, imports: [] };
  const year = Math.max(...rels.map((r) => numProp(r.props, 'year') ?? -Infinity));
  return { importYear: year, imports: rels.filter((r) => numProp(r.props, 'year') === year).map((r) => ({ country: r.to, valueUsd: numProp(r.props, 'valueUsd') ?? 0 })) };
}

/**
 * Up to two of the firms that make the component or cover its requirements: enough to tell whether
 * there is one other than any given supplier. Kept per component for one computation, so that a
 * component single-sourced by many buyers is tested against its capability pool once.
 */
function providers(index: GraphIndex, memo: Map<string, string[]>, component: string): string[] {
  let list = memo.get(component);
  if (list) return list;
  const found = new Set<string>();
  for (const g of index.makers.get(component)?.keys() ?? []) {
    if (found.size >= 2) break;
    found.add(g);
  }
  if (found.size < 2) {
    for (const g of capabilityPool(index, component)) {
      if (found.size >= 2) break;
      if (!found.has(g) && isCapable(index, g, component)) found.add(g);
    }
  }
  memo.set(component, (list = [...found]));
  return list;
}

/** Whether a firm other than `supplier` makes the component or covers its requirements. */
const hasAlternative = (index: GraphIndex, memo: Map<string, string[]>, supplier: string, component: string): boolean => providers(index, memo, component).some((g) => g !== supplier);

/** Firms per chunk of the row computations, between which the event loop runs (inChunks). */
const FIRMS_PER_CHUNK = 1000;

export async function embeddedSingleSourceRows(index: GraphIndex): Promise<SingleSourceRow[]> {
  const rows: SingleSourceRow[] = [];
  const memo = new Map<string, string[]>();
  await inChunks(index.firms.length, (start, end) => {
    for (let i = start; i < end; i++) singleSourcesOf(index, memo, index.firms[i]!, rows);
  }, undefined, FIRMS_PER_CHUNK);
  return rows;
}

/** The components b buys from one supplier only, with no other firm able to supply them, added to `rows`. */
function singleSourcesOf(index: GraphIndex, memo: Map<string, string[]>, b: string, rows: SingleSourceRow[]): void {
  const byComponent = new Map<string, GraphRel[]>();
  for (const r of index.suppliesIn.get(b) ?? []) {
    const p = String(r.props.component);
    byComponent.set(p, [...(byComponent.get(p) ?? []), r]);
  }
  for (const [p, rels] of byComponent) {
    if (new Set(rels.map((r) => r.from)).size !== 1 || index.nodes.get(p)?.label !== 'Component') continue;
    const link = rels[0]!;
    if (hasAlternative(index, memo, link.from, p)) continue;
    rows.push({
      buyer: b,
      buyerName: nameOf(index, b),
      buyerTier: tierOf(index, b) as Tier,
      component: p,
      componentName: nameOf(index, p),
      supplier: link.from,
      supplierName: nameOf(index, link.from),
      supplierTier: tierOf(index, link.from) as Tier,
      units: numProp(link.props, 'unitsPerYear'),
      valueUsd: numProp(link.props, 'valueUsd'),
      ...latestImports(index, b, p),
    });
  }
}

interface ComponentGraph {
  out: Map<string, string[]>;
  into: Map<string, GraphRel[]>;
}

function componentGraphs(index: GraphIndex): Map<string, ComponentGraph> {
  const graphs = new Map<string, ComponentGraph>();
  for (const rels of index.suppliesOut.values()) {
    for (const r of rels) {
      const p = String(r.props.component);
      let g = graphs.get(p);
      if (!g) graphs.set(p, (g = { out: new Map(), into: new Map() }));
      g.out.set(r.from, [...(g.out.get(r.from) ?? []), r.to]);
      g.into.set(r.to, [...(g.into.get(r.to) ?? []), r]);
    }
  }
  return graphs;
}

/** Firms reached from `starts` along the component's supplies, never entering `avoid`. */
function reach(g: ComponentGraph, starts: readonly string[], avoid: string | null): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  for (let head = 0; head < queue.length; head++) {
    for (const next of g.out.get(queue[head]!) ?? []) {
      if (next === avoid || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

export async function embeddedFailureRows(index: GraphIndex): Promise<FailureRow[]> {
  const graphs = componentGraphs(index);
  const origins = new Map<string, string[]>();
  for (const [p, g] of graphs) origins.set(p, [...g.out.keys()].filter((f) => !g.into.has(f)));
  const rows: FailureRow[] = [];
  await inChunks(index.firms.length, (start, end) => {
    for (let i = start; i < end; i++) failuresOf(index, graphs, origins, index.firms[i]!, rows);
  }, undefined, FIRMS_PER_CHUNK);
  return rows;
}

/** The buyers cut off from a component if firm f fails, added to `rows`. */
function failuresOf(index: GraphIndex, graphs: Map<string, ComponentGraph>, origins: Map<string, string[]>, f: string, rows: FailureRow[]): void {
  const components = new Set((index.suppliesOut.get(f) ?? []).map((r) => String(r.props.component)));
  for (const p of components) {
    if (index.nodes.get(p)?.label !== 'Component') continue;
    const g = graphs.get(p)!;
    const kept = reach(g, origins.get(p)!.filter((o) => o !== f), f);
    for (const x of reach(g, [f], null)) {
      if (x === f || kept.has(x)) continue;
      rows.push({
        firm: f,
        firmName: nameOf(index, f),
        firmTier: tierOf(index, f) as Tier,
        buyer: x,
        buyerName: nameOf(index, x),
        buyerTier: tierOf(index, x) as Tier,
        component: p,
        componentName: nameOf(index, p),
        links: g.into.get(x)!.map((r) => ({ supplier: r.from, units: numProp(r.props, 'unitsPerYear'), valueUsd: numProp(r.props, 'valueUsd') })),
      });
    }
  }
}

/** The rows of firm-clusters.cypher, from the snapshot's MEMBER_OF. */
export function embeddedClusterMembersRows(index: GraphIndex): ClusterMembersRow[] {
  return [...index.membersOf.keys()].sort().map((cluster) => ({ cluster, name: nameOf(index, cluster), firms: [...index.membersOf.get(cluster)!] }));
}
