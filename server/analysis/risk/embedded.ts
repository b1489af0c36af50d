// The rows of cypher/analysis/single-source.cypher and failure-impact.cypher computed from a
// snapshot (the embedded store); the definitions are in those files' headers and in
// failure-impact.ts.
import type { GraphRel } from '../../model/index.ts';
import { capabilityPool, isCapable, nameOf, numProp, tierOf, type GraphIndex } from '../links/index.ts';
import type { FailureRow, SingleSourceRow } from './facts.ts';

type Tier = SingleSourceRow['buyerTier'];

function latestImports(index: GraphIndex, buyer: string, component: string): Pick<SingleSourceRow, 'importYear' | 'imports'> {
  const rels = index.imports.get(buyer)?.get(component) ?? [];
  if (rels.length === 0) return { importYear: null, imports: [] };
  const year = Math.max(...rels.map((r) => numProp(r.props, 'year') ?? -Infinity));
  return { importYear: year, imports: rels.filter((r) => numProp(r.props, 'year') === year).map((r) => ({ country: r.to, valueUsd: numProp(r.props, 'valueUsd') ?? 0 })) };
}

/** Whether a firm other than `supplier` makes the component or covers its requirements. */
function hasAlternative(index: GraphIndex, supplier: string, component: string): boolean {
  for (const g of index.makers.get(component)?.keys() ?? []) if (g !== supplier) return true;
  for (const g of capabilityPool(index, component)) if (g !== supplier && isCapable(index, g, component)) return true;
  return false;
}

export function embeddedSingleSourceRows(index: GraphIndex): SingleSourceRow[] {
  const rows: SingleSourceRow[] = [];
  for (const b of index.firms) {
    const byComponent = new Map<string, GraphRel[]>();
    for (const r of index.suppliesIn.get(b) ?? []) {
      const p = String(r.props.component);
      byComponent.set(p, [...(byComponent.get(p) ?? []), r]);
    }
    for (const [p, rels] of byComponent) {
      if (new Set(rels.map((r) => r.from)).size !== 1 || index.nodes.get(p)?.label !== 'Component') continue;
      const link = rels[0]!;
      if (hasAlternative(index, link.from, p)) continue;
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
  return rows;
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

export function embeddedFailureRows(index: GraphIndex): FailureRow[] {
  const graphs = componentGraphs(index);
  const origins = new Map<string, string[]>();
  for (const [p, g] of graphs) origins.set(p, [...g.out.keys()].filter((f) => !g.into.has(f)));
  const rows: FailureRow[] = [];
  for (const f of index.firms) {
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
  return rows;
}
