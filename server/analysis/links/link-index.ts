// The ranking index: the compact facts (scoring-facts.ts) as typed arrays over firm and component
// numbers. Firms and components are numbered in id order (UTF-16 code units, the order the ranking
// breaks ties by), so comparing numbers compares ids. Everything a candidate's score needs that does
// not depend on the pair of firms is computed here once per dataset:
//   - per component, its possible suppliers with their feasibility (capable.ts) and how many other
//     buyers each already supplies it to;
//   - per demand pair (buyer b, component p: b NEEDS or IMPORTS p), the unmet share of b's need,
//     b's latest-year import value of p and who supplies p to b now;
//   - the supply graph: undirected neighbours, distinct buyers and suppliers of every firm.
import { encodeHeld } from '../substitution/requirements.ts';
import { possibleSuppliers } from './capable.ts';
import { domesticUnitsOf, feasibilityOf, importUsdOf, unmetShareOf } from './score.ts';
import type { ScoringFacts } from './scoring-facts.ts';
import { supplierLists, type SupplierLists } from './supplier-lists.ts';

export interface LinkIndex {
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
  /** The undirected supply graph: distinct neighbours of f at adj[adjStart[f] … adjStart[f+1]-1], ascending. */
  readonly adjStart: Int32Array;
  readonly adj: Int32Array;
  /** Σ over f's neighbours x of (degree(x) − 1): at least the number of paths of length 3 from f. */
  readonly pathBound: Float64Array;
  /** Distinct firms f supplies (f left out), ascending. */
  readonly buyStart: Int32Array;
  readonly buy: Int32Array;
  /** Distinct firms that supply f (any component; f itself when it supplies itself), ascending. */
  readonly suppStart: Int32Array;
  readonly supp: Int32Array;
  /** supplier * firmCount + buyer, for every pair with a SUPPLIES. */
  readonly supplyPairs: ReadonlySet<number>;
  /** Demand pairs (buyer, component), ordered by buyer then component. */
  readonly pairBuyer: Int32Array;
  readonly pairComponent: Int32Array;
  readonly unmetShare: Float64Array;
  readonly importUsd: Float64Array;
  /** Firms that already supply the pair's component to its buyer: excl[exclStart[i] … exclStart[i+1]-1], ascending. */
  readonly exclStart: Int32Array;
  readonly excl: Int32Array;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compressed lists: per key, its distinct values ascending (counting, then one sort per key). */
function csr(n: number, keys: Int32Array, values: Int32Array): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < keys.length; k++) start[keys[k]! + 1]!++;
  for (let f = 0; f < n; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, n);
  const all = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) all[fill[keys[k]!]!++] = values[k]!;
  // Sort each key's values and drop repeats.
  const out = new Int32Array(keys.length);
  const outStart = new Int32Array(n + 1);
  let at = 0;
  for (let f = 0; f < n; f++) {
    const list = all.subarray(start[f]!, start[f + 1]!).sort();
    for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) out[at++] = list[i]!;
    outStart[f + 1] = at;
  }
  return { start: outStart, values: out.slice(0, at) };
}

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

export function buildLinkIndex(facts: ScoringFacts): LinkIndex {
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
  const members = firmsBy(facts.memberships, firmOf);
  const processIds = new Set(facts.components.flatMap((c) => c.processes));
  facts.capabilities((_, process) => processIds.add(process));
  const processes = numbering(processIds);
  const doers = doersOf(facts, firmOf, (id) => processes.index.get(id)!, F, processes.ids.length);
  const byMaterial = firmsBy(facts.works, firmOf);
  const materials = numbering([...facts.components.flatMap((c) => (c.material === null ? [] : [c.material])), ...byMaterial.keys()]);
  const workers = materials.ids.map((m) => byMaterial.get(m) ?? []);
  const holders = firmsBy(facts.certifications, firmOf);
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
  const suppliers = possibleSuppliers({ firmCount: F, doers, workers, holders, components });

  // The supply graph.
  const supplies = facts.supplies
    .map((s) => ({ s: firmOf(s.supplier), b: firmOf(s.buyer), p: compOf(s.component), units: s.units, supplier: s.supplier }))
    .filter((s): s is { s: number; b: number; p: number; units: number | null; supplier: string } => s.s !== undefined && s.b !== undefined && s.p !== undefined);
  const edges = (pick: (s: number, b: number) => Array<[number, number]>) => {
    const pairs = supplies.flatMap(({ s, b }) => pick(s, b));
    return [Int32Array.from(pairs, (x) => x[0]), Int32Array.from(pairs, (x) => x[1])] as const;
  };
  const undirected = csr(F, ...edges((s, b) => (s === b ? [] : [[s, b], [b, s]])));
  const buyers = csr(F, ...edges((s, b) => (s === b ? [] : [[s, b]])));
  const suppliersOf = csr(F, ...edges((s, b) => [[b, s]]));
  const pathBound = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    let sum = 0;
    for (let k = undirected.start[f]!; k < undirected.start[f + 1]!; k++) {
      const x = undirected.values[k]!;
      sum += undirected.start[x + 1]! - undirected.start[x]! - 1;
    }
    pathBound[f] = sum;
  }
  const supplyPairs = new Set(supplies.map(({ s, b }) => s * F + b));
  // Other buyers per (supplier, component): distinct buyers, the supplier itself left out.
  const elsewhere = new Map<number, number>();
  for (const key of new Set(supplies.filter(({ s, b }) => s !== b).map(({ s, b, p }) => `${s}|${p}|${b}`))) {
    const [s, p] = key.split('|').map(Number) as [number, number];
    elsewhere.set(s * C + p, (elsewhere.get(s * C + p) ?? 0) + 1);
  }
  const degreeOf = (f: number) => undirected.start[f + 1]! - undirected.start[f]!;
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
  const lists = supplierLists(
    { start: suppliers.start, firm: suppliers.firms, feasibility, elsewhere: otherBuyers },
    { degree: degreeOf, pathBound: (f) => pathBound[f]!, supplying: (f) => buyers.start[f + 1]! > buyers.start[f]! },
  );

  // Demand pairs and what is known of each.
  const pairs = new Map<number, { need: number | null; supplied: Array<{ supplier: string; units: number | null; s: number }>; imports: Array<{ country: string; year: number; valueUsd: number }> }>();
  const pairOf = (b: number, p: number) => {
    const key = b * C + p;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { need: null, supplied: [], imports: [] }));
    return pair;
  };
  for (const n of facts.needs) {
    const b = firmOf(n.buyer);
    const p = compOf(n.component);
    if (b !== undefined && p !== undefined) pairOf(b, p).need = n.units;
  }
  for (const i of facts.imports) {
    const b = firmOf(i.buyer);
    const p = compOf(i.component);
    if (b !== undefined && p !== undefined) pairOf(b, p).imports.push(i);
  }
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  for (const s of supplies) pairs.get(s.b * C + s.p)?.supplied.push(s);
  const pairBuyer = new Int32Array(keys.length);
  const pairComponent = new Int32Array(keys.length);
  const unmetShare = new Float64Array(keys.length);
  const importUsd = new Float64Array(keys.length);
  const exclStart = new Int32Array(keys.length + 1);
  const excl: number[] = [];
  keys.forEach((key, i) => {
    const pair = pairs.get(key)!;
    pairBuyer[i] = Math.floor(key / C);
    pairComponent[i] = key % C;
    // The same sums, in the same order, as derive() takes over a candidate's facts.
    const supplied = [...pair.supplied].sort((x, y) => byCodeUnit(x.supplier, y.supplier));
    unmetShare[i] = unmetShareOf(pair.need, domesticUnitsOf(supplied.map((s) => s.units)), supplied.length);
    if (pair.imports.length > 0) {
      const year = Math.max(...pair.imports.map((x) => x.year));
      const origins = pair.imports.filter((x) => x.year === year).sort((x, y) => byCodeUnit(x.country, y.country));
      importUsd[i] = importUsdOf(origins.map((o) => o.valueUsd));
    }
    for (const s of [...new Set(supplied.map((x) => x.s))].sort((a, b) => a - b)) excl.push(s);
    exclStart[i + 1] = excl.length;
  });

  return {
    firmIds: firms.ids,
    firmIndex: firms.index,
    lat,
    lon,
    membersOf: new Map([...members].map(([c, list]) => [c, Int32Array.from(list).sort()])),
    componentIds: comps.ids,
    componentIndex: comps.index,
    suppliers: lists,
    adjStart: undirected.start,
    adj: undirected.values,
    pathBound,
    buyStart: buyers.start,
    buy: buyers.values,
    suppStart: suppliersOf.start,
    supp: suppliersOf.values,
    supplyPairs,
    pairBuyer,
    pairComponent,
    unmetShare,
    importUsd,
    exclStart,
    excl: Int32Array.from(excl),
  };
}
