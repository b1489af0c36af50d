// The demand pairs of the ranking index (link-index.ts): every (buyer b, component p) where b NEEDS
// or IMPORTS p, with what the score reads of it — the share of b's yearly need nobody supplies, b's
// latest-year import value of p — and the firms that already supply p to b (no candidates). The sums
// run in the order derive() takes them over a candidate's facts (by supplier, by country), so the
// numbers are the same to the last bit.
import { domesticUnitsOf, importUsdOf, unmetShareOf } from './score.ts';
import type { ScoringFacts } from './scoring-facts.ts';
import type { Supply } from './supply-graph.ts';

export interface DemandPairs {
  /** Ordered by buyer, then component. */
  pairBuyer: Int32Array;
  pairComponent: Int32Array;
  unmetShare: Float64Array;
  importUsd: Float64Array;
  /** Firms that already supply the pair's component to its buyer: excl[exclStart[i] … exclStart[i+1]-1], ascending. */
  exclStart: Int32Array;
  excl: Int32Array;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function demandPairs(facts: ScoringFacts, firmOf: (id: string) => number | undefined, compOf: (id: string) => number | undefined, C: number, supplies: readonly Supply[]): DemandPairs {
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

  return { pairBuyer, pairComponent, unmetShare, importUsd, exclStart, excl: Int32Array.from(excl) };
}
