// The network evidence of a supplier s and a buyer b as numbers, from the ranking index: how many
// shared partners (common neighbours on the undirected supply graph), how many simple paths
// s–x–y–b of length 3, and the best peer's Jaccard index (b's current suppliers t ≠ s whose buyers
// overlap s's buyers, b left out of both sets). The same definitions, item for item, as the facts of
// candidates-embedded.ts and cypher/analysis/missing-links.cypher (weights.ts says how they score);
// computed only for the candidates whose upper bound can still reach the best k (select.ts).
import type { LinkIndex } from './link-index.ts';

export interface NetworkNumbers {
  sharedPartners: number;
  paths3: number;
  peerJaccard: number;
}

export class NetworkEvidence {
  private readonly ix: LinkIndex;
  /** mark[f] === stamp: f is a neighbour of the current buyer (or a buyer of the current supplier, in peers). */
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(ix: LinkIndex) {
    this.ix = ix;
    this.mark = new Int32Array(ix.firmIds.length);
  }

  private stampAll(start: Int32Array, values: Int32Array, f: number): number {
    const stamp = ++this.stamp;
    for (let k = start[f]!; k < start[f + 1]!; k++) this.mark[values[k]!] = stamp;
    return stamp;
  }

  numbers(s: number, b: number): NetworkNumbers {
    const { adjStart, adj } = this.ix;
    const nearB = this.stampAll(adjStart, adj, b);
    let shared = 0;
    let paths = 0;
    for (let k = adjStart[s]!; k < adjStart[s + 1]!; k++) {
      const x = adj[k]!;
      if (x === b) continue;
      if (this.mark[x] === nearB) shared++;
      for (let j = adjStart[x]!; j < adjStart[x + 1]!; j++) {
        const y = adj[j]!;
        if (y !== s && y !== b && this.mark[y] === nearB) paths++;
      }
    }
    return { sharedPartners: shared, paths3: paths, peerJaccard: this.peerJaccard(s, b) };
  }

  private peerJaccard(s: number, b: number): number {
    const { buyStart, buy, suppStart, supp } = this.ix;
    const mine = this.stampAll(buyStart, buy, s);
    const mineSize = buyStart[s + 1]! - buyStart[s]! - (this.mark[b] === mine ? 1 : 0);
    let best = 0;
    for (let k = suppStart[b]!; k < suppStart[b + 1]!; k++) {
      const t = supp[k]!;
      if (t === s) continue;
      let shared = 0;
      let theirsHasB = false;
      for (let j = buyStart[t]!; j < buyStart[t + 1]!; j++) {
        const o = buy[j]!;
        if (o === b) theirsHasB = true;
        else if (this.mark[o] === mine) shared++;
      }
      if (shared === 0) continue;
      const theirSize = buyStart[t + 1]! - buyStart[t]! - (theirsHasB ? 1 : 0);
      const jaccard = shared / (mineSize + theirSize - shared);
      if (jaccard > best) best = jaccard;
    }
    return best;
  }
}
