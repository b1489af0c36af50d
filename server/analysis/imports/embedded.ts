// Import-exposure facts from a graph snapshot (the embedded store's path), summed in the orders of
// facts.ts so that they equal what cypher/analysis/imports-by-*.cypher returns from Neo4j.
import type { GraphData, GraphRel } from '../../model/index.ts';
import type { BuyerExposureFact, ExposureFact, ImportFacts, OriginFact } from './facts.ts';
import { latestFlows, runs, type ImportFlow } from './flows.ts';
import { byCodeUnit, foldSum } from './order.ts';

interface Supply {
  supplier: string;
  buyer: string;
  component: string;
  valueUsd: number;
}

/**
 * Origins of a group of flows: `outer` runs (buyers of a component, or components of a buyer) in
 * order, each holding its flows by country; per country, the values summed over the runs in order.
 */
export function originsOf(outer: readonly ImportFlow[][], countryName: (id: string) => string): OriginFact[] {
  const countries = [...new Set(outer.flatMap((run) => run.map((f) => f.country)))].sort(byCodeUnit);
  return countries.map((country) => {
    let s = 0;
    for (const run of outer) for (const f of run) if (f.country === country) s += f.valueUsd;
    return { country, name: countryName(country), valueUsd: s };
  });
}

const supplies = (rels: readonly GraphRel[]): Supply[] =>
  rels
    .filter((r) => r.type === 'SUPPLIES')
    .map((r) => ({ supplier: r.from, buyer: r.to, component: String(r.props.component), valueUsd: typeof r.props.valueUsd === 'number' ? r.props.valueUsd : 0 }));

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export function embeddedImportFacts(snap: GraphData): ImportFacts {
  const names = new Map<string, string>();
  const tiers = new Map<string, string>();
  for (const n of snap.nodes) {
    names.set(n.id, String(n.props.name ?? n.id));
    if (n.label === 'Firm' && typeof n.props.tier === 'string') tiers.set(n.id, n.props.tier);
  }
  const nameOf = (id: string) => names.get(id) ?? id;
  /** The facts of one component or buyer: its flows in runs (by buyer or by component, in order) and its domestic supplies, sorted. */
  const exposureOf = (id: string, flowRuns: ImportFlow[][], domestic: readonly Supply[]): ExposureFact => ({
    id,
    name: nameOf(id),
    importedValueUsd: foldSum(flowRuns.map((run) => foldSum(run.map((f) => f.valueUsd)))),
    domesticValueUsd: foldSum(domestic.map((s) => s.valueUsd)),
    origins: originsOf(flowRuns, nameOf),
    importers: flowRuns.length,
    suppliers: new Set(domestic.map((s) => s.supplier)).size,
  });
  const flows = latestFlows(snap.rels);
  const sup = supplies(snap.rels);

  // Per component: flows are sorted by component, buyer, country.
  const byComponent = new Map<string, ImportFlow[][]>();
  for (const run of runs(flows, (f) => f.component)) byComponent.set(run[0]!.component, runs(run, (f) => f.buyer));
  const supByComponent = groupBy(sup, (s) => s.component);

  const components: ExposureFact[] = [...new Set([...byComponent.keys(), ...supByComponent.keys()])].sort(byCodeUnit).map((id) => {
    const domestic = (supByComponent.get(id) ?? []).sort((a, b) => byCodeUnit(a.supplier, b.supplier) || byCodeUnit(a.buyer, b.buyer));
    return exposureOf(id, byComponent.get(id) ?? [], domestic);
  });

  // Per buyer: the same flows sorted by buyer, component, country.
  const byBuyer = new Map<string, ImportFlow[][]>();
  const flowsByBuyer = [...flows].sort((a, b) => byCodeUnit(a.buyer, b.buyer) || byCodeUnit(a.component, b.component) || byCodeUnit(a.country, b.country));
  for (const run of runs(flowsByBuyer, (f) => f.buyer)) byBuyer.set(run[0]!.buyer, runs(run, (f) => f.component));
  const supByBuyer = groupBy(sup, (s) => s.buyer);

  const buyers: BuyerExposureFact[] = [...new Set([...byBuyer.keys(), ...supByBuyer.keys()])].sort(byCodeUnit).map((id) => {
    const domestic = (supByBuyer.get(id) ?? []).sort((a, b) => byCodeUnit(a.supplier, b.supplier) || byCodeUnit(a.component, b.component));
    return { ...exposureOf(id, byBuyer.get(id) ?? [], domestic), tier: tiers.get(id) ?? null };
  });
  return { components, buyers };
}
