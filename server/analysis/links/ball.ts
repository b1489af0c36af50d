// The firms within 3 steps of a firm on the undirected supply graph (breadth-first, Moore 1959).
// Only these can share a partner with it (2 steps), reach it by a path of length 3, be its peer
// (s–o–t–b: s and a supplier t of b sell to the same o) or already supply it (1 step): select.ts
// computes network evidence only for them.
import type { LinkIndex } from './link-index.ts';

export const EVIDENCE_REACH = 3;

export class Ball {
  private readonly ix: LinkIndex;
  private readonly mark: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private centre = -1;

  constructor(ix: LinkIndex) {
    this.ix = ix;
    this.mark = new Int32Array(ix.firmIds.length);
    this.queue = new Int32Array(ix.firmIds.length);
  }

  /** Marks the firms within EVIDENCE_REACH steps of f (f included); has() then answers for them. */
  around(f: number): this {
    if (f === this.centre) return this;
    const { adjStart, adj } = this.ix;
    const stamp = ++this.stamp;
    this.centre = f;
    this.mark[f] = stamp;
    this.queue[0] = f;
    let [head, tail] = [0, 1];
    for (let depth = 0; depth < EVIDENCE_REACH; depth++) {
      const end = tail;
      for (; head < end; head++) {
        const u = this.queue[head]!;
        for (let k = adjStart[u]!; k < adjStart[u + 1]!; k++) {
          const v = adj[k]!;
          if (this.mark[v] !== stamp) {
            this.mark[v] = stamp;
            this.queue[tail++] = v;
          }
        }
      }
    }
    return this;
  }

  has(f: number): boolean {
    return this.mark[f] === this.stamp;
  }
}
