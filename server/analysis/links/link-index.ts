// The ranking index: the compact facts (scoring-facts.ts) as typed arrays over firm and component
// numbers. Firms and components are numbered in id order (UTF-16 code units, the order the ranking
// breaks ties by), so comparing numbers compares ids. Everything a candidate's score needs that does
// not depend on the pair of firms is computed here once per dataset:
//   - per component, its possible suppliers with their feasibility (capable.ts) and how many other
//     buyers each already supplies it to, in visiting order (supplier-lists.ts);
//   - per demand pair (buyer b, component p: b NEEDS or IMPORTS p), the unmet share of b's need,
//     b's latest-year import value of p and who supplies p to b now (demand-pairs.ts);
//   - the supply graph: undirected neighbours, distinct buyers and suppliers of every firm
//     (supply-graph.ts).
import { encodeHeld } from '../substitution/requirements.ts';
import { possibleSuppliers } from './capable.ts';
import { demandPairs, type DemandPairs } from './demand-pairs.ts';
import { feasibilityOf } from './score.ts';
import type { ScoringFacts } from './scoring-facts.ts';
import { supplierLists, type SupplierLists } from './supplier-lists.ts';
import { runInSlices, yieldToEventLoop } from '../../util/yield.ts';
import { supplyGraph, type Supply, type SupplyGraph } from './supply-graph.ts';

export interface LinkIndex extends Readonly<SupplyGraph>, Readonly<DemandPairs> {
  readonly firmIds: readonly string[];
  readonly firmIndex: ReadonlyMap<string, number>;
  /** Degrees; NaN when unknown. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Cluster id -> member firms, ascending. */
  readonly membersOf: ReadonlyMap<string, Int32Array>;
  readonly componentIds: readonly string[];
  readonly componentIndex: ReadonlyMap<string, number>;
  /** Possible suppliers of each component, those with a supply link first (supplier-lists.ts). */
  readonly suppliers: SupplierLists;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function numbering(ids: Iterable<string>): { ids: string[]; index: Map<string, number> } {
  const sorted = [...new Set(ids)].sort(byCodeUnit);
  return { ids: sorted, index: new Map(sorted.map((id, i) => [id, i])) };
}

/**
 * Per process, the firms with a CAN to it and their finest held tolerance (encodeHeld: a CAN
 * without tolerance meets any): the form the requirement rule reads. The finest per firm and
 * process is kept in a table of firms × processes (a map when that table would be too large).
 */
function doersOf(facts: ScoringFacts, firmOf: (id: string) => number | undefined, processOf: (id: string) => number, F: number, P: number) {
  const table = F * P <= 1 << 22 ? new Float64Array(F * P).fill(NaN) : null;
  const map = new Map<number, number>();
  facts.capabilities((firm, process, toleranceMm) => {
    const f = firmOf(firm);
    if (f === undefined) return;
    const key = f * P + processOf(process);
    const held = encodeHeld(toleranceMm);
    if (table) table[key] = Number.isNaN(table[key]!) ? held : Math.min(table[key]!, held);
    else map.set(key, map.has(key) ? Math.min(map.get(key)!, held) : held);
  });
  const doers = Array.from({ length: P }, () => ({ firms: [] as number[], held: [] as number[] }));
  const add = (key: number, held: number) => {
    const d = doers[key % P]!;
    d.firms.push(Math.floor(key / P));
    d.held.push(held);
  };
  if (table) table.forEach((held, key) => Number.isNaN(held) || add(key, held));
  else for (const [key, held] of map) add(key, held);
  return doers;
}

/** Per key (a cluster, a material, a certification), the firms visited with it. */
function firmsBy(pairs: (visit: (firm: string, key: string) => void) => void, firmOf: (id: string) => number | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  pairs((firm, key) => {
    const f = firmOf(firm);
    if (f === undefined) return;
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  });
  return out;
}

export async function buildLinkIndex(facts: ScoringFacts): Promise<LinkIndex> {
  const firmIds: string[] = [];
  facts.firms((id) => firmIds.push(id));
  const firms = numbering(firmIds);
  const comps = numbering(facts.components.map((c) => c.id));
  const F = firms.ids.length;
  const C = comps.ids.length;
  const firmOf = (id: string) => firms.index.get(id);
  const compOf = (id: string) => comps.index.get(id);

  const lat = new Float64Array(F).fill(NaN);
  const lon = new Float64Array(F).fill(NaN);
  facts.firms((id, la, lo) => {
    const f = firmOf(id)!;
    if (la !== null) lat[f] = la;
    if (lo !== null) lon[f] = lo;
  });
  // Each step below is 0.1–0.3 s at national scale: requests waiting are answered between them.
  await yieldToEventLoop();
  const members = firmsBy(facts.memberships, firmOf);
  const processIds = new Set(facts.components.flatMap((c) => c.processes));
  facts.capabilities((_, process) => processIds.add(process));
  const processes = numbering(processIds);
  await yieldToEventLoop();
  const doers = doersOf(facts, firmOf, (id) => processes.index.get(id)!, F, processes.ids.length);
  await yieldToEventLoop();
  const byMaterial = firmsBy(facts.works, firmOf);
  const materials = numbering([...facts.components.flatMap((c) => (c.material === null ? [] : [c.material])), ...byMaterial.keys()]);
  const workers = materials.ids.map((m) => byMaterial.get(m) ?? []);
  const holders = firmsBy(facts.certifications, firmOf);
  await yieldToEventLoop();
  const makers: number[][] = comps.ids.map(() => []);
  facts.makes((firm, component) => {
    const f = firmOf(firm);
    const c = compOf(component);
    if (f !== undefined && c !== undefined) makers[c]!.push(f);
  });
  const components = comps.ids.map(() => ({ processes: [] as number[], material: -1, toleranceMm: null as number | null, certification: null as string | null, makers: [] as number[] }));
  for (const c of facts.components) {
    const i = compOf(c.id)!;
    components[i] = {
      processes: [...new Set(c.processes)].map((q) => processes.index.get(q)!),
      material: c.material === null ? -1 : materials.index.get(c.material)!,
      toleranceMm: c.toleranceMm,
      certification: c.certification,
      makers: [...new Set(makers[i])].sort((a, b) => a - b),
    };
  }
  // At national scale the index takes 2-5 s in all: requests waiting are answered between its steps.
  await yieldToEventLoop();
  const suppliers = possibleSuppliers({ firmCount: F, doers, workers, holders, components });
  await yieldToEventLoop();

  const supplies = facts.supplies
    .map((s) => ({ s: firmOf(s.supplier), b: firmOf(s.buyer), p: compOf(s.component), units: s.units, supplier: s.supplier }))
    .filter((s): s is Supply => s.s !== undefined && s.b !== undefined && s.p !== undefined);
  const graph = supplyGraph(F, supplies);
  // Other buyers per (supplier, component): distinct buyers, the supplier itself left out.
  const elsewhere = new Map<number, number>();
  for (const key of new Set(supplies.filter(({ s, b }) => s !== b).map(({ s, b, p }) => `${s}|${p}|${b}`))) {
    const [s, p] = key.split('|').map(Number) as [number, number];
    elsewhere.set(s * C + p, (elsewhere.get(s * C + p) ?? 0) + 1);
  }
  const degreeOf = (f: number) => graph.adjStart[f + 1]! - graph.adjStart[f]!;
  const entries = suppliers.firms.length;
  const feasibility = new Float64Array(entries);
  const otherBuyers = new Int32Array(entries);
  for (let c = 0; c < C; c++) {
    for (let e = suppliers.start[c]!; e < suppliers.start[c + 1]!; e++) {
      const s = suppliers.firms[e]!;
      const gaps = suppliers.gaps[e]!;
      feasibility[e] = feasibilityOf(gaps >= 0, Math.max(0, gaps));
      if (degreeOf(s) > 0) otherBuyers[e] = elsewhere.get(s * C + c) ?? 0;
    }
  }
  await yieldToEventLoop();
  const lists = await runInSlices(supplierLists(
    { start: suppliers.start, firm: suppliers.firms, feasibility, elsewhere: otherBuyers },
    { degree: degreeOf, pathBound: (f) => graph.pathBound[f]!, supplying: (f) => graph.buyStart[f + 1]! > graph.buyStart[f]! },
  ));

  await yieldToEventLoop();
  const pairs = demandPairs(facts, firmOf, compOf, C, supplies);
  return {
    firmIds: firms.ids,
    firmIndex: firms.index,
    lat,
    lon,
    membersOf: new Map([...members].map(([c, list]) => [c, Int32Array.from(list).sort()])),
    componentIds: comps.ids,
    componentIndex: comps.index,
    suppliers: lists,
    ...graph,
    ...pairs,
  };
}
