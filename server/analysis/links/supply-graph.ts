// The supply graph of the ranking index (link-index.ts) over firm numbers: every SUPPLIES as a
// (supplier, buyer, component) triple, the undirected neighbours (the firm graph the network
// analyses and link prediction use: firms joined by any SUPPLIES, no self-loops), the distinct
// buyers and suppliers of every firm, and for each firm a bound of its paths of length 3.

export interface Supply {
  s: number;
  b: number;
  p: number;
  units: number | null;
  /** The supplier's id (sums over supplies run in id order). */
  supplier: string;
}

export interface SupplyGraph {
  /** Distinct neighbours of f at adj[adjStart[f] … adjStart[f+1]-1], ascending. */
  adjStart: Int32Array;
  adj: Int32Array;
  /** Distinct firms f supplies (f left out), ascending. */
  buyStart: Int32Array;
  buy: Int32Array;
  /** Distinct firms that supply f (any component; f itself when it supplies itself), ascending. */
  suppStart: Int32Array;
  supp: Int32Array;
  /** Σ over f's neighbours x of (degree(x) − 1): at least the number of paths of length 3 from f. */
  pathBound: Float64Array;
  /** supplier * firmCount + buyer, for every pair with a SUPPLIES. */
  supplyPairs: Set<number>;
}

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

export function supplyGraph(F: number, supplies: readonly Supply[]): SupplyGraph {
  const edges = (pick: (s: number, b: number) => Array<[number, number]>) => {
    const pairs = supplies.flatMap(({ s, b }) => pick(s, b));
    return [Int32Array.from(pairs, (x) => x[0]), Int32Array.from(pairs, (x) => x[1])] as const;
  };
  const undirected = csr(F, ...edges((s, b) => (s === b ? [] : [[s, b], [b, s]])));
  const buyers = csr(F, ...edges((s, b) => (s === b ? [] : [[s, b]])));
  const suppliers = csr(F, ...edges((s, b) => [[b, s]]));
  const pathBound = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    let sum = 0;
    for (let k = undirected.start[f]!; k < undirected.start[f + 1]!; k++) {
      const x = undirected.values[k]!;
      sum += undirected.start[x + 1]! - undirected.start[x]! - 1;
    }
    pathBound[f] = sum;
  }
  return {
    adjStart: undirected.start,
    adj: undirected.values,
    buyStart: buyers.start,
    buy: buyers.values,
    suppStart: suppliers.start,
    supp: suppliers.values,
    pathBound,
    supplyPairs: new Set(supplies.map(({ s, b }) => s * F + b)),
  };
}
