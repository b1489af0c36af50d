// Brandes' betweenness accumulation from a list of sources, on CSR arrays only (so that it runs the
// same in a worker thread): raw sums over ordered (s, t) pairs before NetworkX's rescaling.
// Reference: U. Brandes (2001), A faster algorithm for betweenness centrality, J. Math. Sociol.
// 25(2):163-177; endpoints as Brandes (2008), On variants of shortest-path betweenness centrality,
// Social Networks 30(2):136-145. It follows NetworkX 3.6's `_single_source_shortest_path_basic`
// (BFS), `_single_source_dijkstra_path_basic` (Dijkstra with a (distance, insertion count) heap,
// paths of equal length counted when their float sums are equal) and `_accumulate_basic` /
// `_accumulate_endpoints`, so directed, weighted (a weight is a length) and endpoint variants agree
// with `nx.betweenness_centrality`.

export interface BrandesArrays {
  n: number;
  /** Out-adjacency (successors; neighbours when undirected). */
  offsets: Int32Array;
  targets: Int32Array;
  /** Edge lengths per out-entry (the smallest of parallel edges); null for BFS. */
  lengths: Float64Array | null;
  /** In-adjacency offsets (bounds how many predecessors a node can have); = offsets when undirected. */
  inOffsets: Int32Array;
}

export interface BrandesTask {
  sources: Int32Array;
  endpoints: boolean;
  /**
   * Edge betweenness (NetworkX `_accumulate_edges`): the edge id of each out-entry (an undirected
   * edge's two entries share one) and the array the edges' raw sums are added to.
   */
  edges?: { idOfEntry: Int32Array; out: Float64Array };
  /** Called every few sources; may throw to stop (the work gate's checkpoint). */
  checkpoint?: () => void;
  /**
   * Degree-1 leaves folded away, per node (brandes-folded.ts, undirected and without endpoints):
   * a node's delta starts at its leaves, a source counts 1 + its leaves times, and a source with
   * leaves gets leaves × (its component's size − 2).
   */
  leaves?: Int32Array;
}

class MinHeap {
  dist: Float64Array;
  order: Float64Array;
  pred: Int32Array;
  node: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.dist = new Float64Array(capacity);
    this.order = new Float64Array(capacity);
    this.pred = new Int32Array(capacity);
    this.node = new Int32Array(capacity);
  }
  private less(a: number, b: number): boolean {
    return this.dist[a]! < this.dist[b]! || (this.dist[a] === this.dist[b] && this.order[a]! < this.order[b]!);
  }
  private swap(a: number, b: number): void {
    const d = this.dist[a]!, o = this.order[a]!, p = this.pred[a]!, v = this.node[a]!;
    this.dist[a] = this.dist[b]!;
    this.order[a] = this.order[b]!;
    this.pred[a] = this.pred[b]!;
    this.node[a] = this.node[b]!;
    this.dist[b] = d;
    this.order[b] = o;
    this.pred[b] = p;
    this.node[b] = v;
  }
  push(dist: number, order: number, pred: number, node: number): void {
    if (this.size === this.dist.length) this.grow();
    let i = this.size++;
    this.dist[i] = dist;
    this.order[i] = order;
    this.pred[i] = pred;
    this.node[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  /** Removes the top; its fields are left at index `size` (read them right after). */
  pop(): number {
    const last = --this.size;
    this.swap(0, last);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.less(l, m)) m = l;
      if (r < last && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return last;
  }
  private grow(): void {
    const cap = this.dist.length * 2;
    const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.dist = grow(this.dist, (k) => new Float64Array(k));
    this.order = grow(this.order, (k) => new Float64Array(k));
    this.pred = grow(this.pred, (k) => new Int32Array(k));
    this.node = grow(this.node, (k) => new Int32Array(k));
  }
}

/** Raw betweenness sums (NetworkX before `_rescale`) from the given sources. */
export function brandesFrom(g: BrandesArrays, task: BrandesTask): Float64Array {
  const { n, offsets, targets, lengths, inOffsets } = g;
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const preds = new Int32Array(Math.max(1, inOffsets[n]!));
  // The out-entry each predecessor was reached by (edge betweenness only).
  const edges = task.edges;
  const predEntry = edges ? new Int32Array(Math.max(1, inOffsets[n]!)) : null;
  const predCount = new Int32Array(n);
  const reached = new Uint8Array(n);
  const dist = new Float64Array(n);
  // Dijkstra's tentative distances ("seen" in NetworkX) and whether a node has one.
  const seen = new Float64Array(n);
  const hasSeen = new Uint8Array(n);
  const heap = lengths ? new MinHeap(Math.max(16, offsets[n]! + 1)) : null;
  const queue = new Int32Array(n);
  const { sources, endpoints } = task;
  for (let si = 0; si < sources.length; si++) {
    if (task.checkpoint && (si & 63) === 0) task.checkpoint();
    const s = sources[si]!;
    let count = 0;
    sigma[s] = 1;
    if (!heap || !lengths) {
      // BFS: predecessors are the neighbours one level up, found in BFS order.
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      reached[s] = 1;
      dist[s] = 0;
      while (head < tail) {
        const v = queue[head++]!;
        stack[count++] = v;
        const dv = dist[v]!;
        const sv = sigma[v]!;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          if (!reached[w]) {
            reached[w] = 1;
            dist[w] = dv + 1;
            queue[tail++] = w;
          }
          if (dist[w] === dv + 1) {
            sigma[w] += sv;
            if (predEntry) predEntry[inOffsets[w]! + predCount[w]!] = k;
            preds[inOffsets[w]! + predCount[w]!++] = v;
          }
        }
      }
    } else {
      let counter = 0;
      seen[s] = 0;
      hasSeen[s] = 1;
      heap.push(0, counter++, s, s);
      while (heap.size > 0) {
        const top = heap.pop();
        const d = heap.dist[top]!;
        const pred = heap.pred[top]!;
        const v = heap.node[top]!;
        if (reached[v]) continue;
        // NetworkX adds sigma[pred] here, doubling sigma[s] on the source's own entry; every sigma
        // derives from sigma[s], so that doubling cancels in sigma[v] / sigma[w]: it is skipped.
        if (v !== s) sigma[v] += sigma[pred]!;
        stack[count++] = v;
        reached[v] = 1;
        dist[v] = d;
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const w = targets[k]!;
          const vw = d + lengths[k]!;
          if (!reached[w] && (!hasSeen[w] || vw < seen[w]!)) {
            seen[w] = vw;
            hasSeen[w] = 1;
            heap.push(vw, counter++, v, w);
            sigma[w] = 0;
            predCount[w] = 1;
            preds[inOffsets[w]!] = v;
            if (predEntry) predEntry[inOffsets[w]!] = k;
          } else if (hasSeen[w] && vw === seen[w]) {
            sigma[w] += sigma[v]!;
            if (predEntry) predEntry[inOffsets[w]! + predCount[w]!] = k;
            preds[inOffsets[w]! + predCount[w]!++] = v;
          }
        }
      }
    }
    if (endpoints) bc[s] += count - 1;
    const leaves = task.leaves;
    let times = 1;
    if (leaves) {
      let component = 0;
      for (let i = 0; i < count; i++) {
        const v = stack[i]!;
        delta[v] = leaves[v]!;
        component += 1 + leaves[v]!;
      }
      times += leaves[s]!;
      if (leaves[s]! > 0) bc[s] += leaves[s]! * (component - 2);
    }
    for (let i = count - 1; i >= 0; i--) {
      const w = stack[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let k = inOffsets[w]!, end = k + predCount[w]!; k < end; k++) {
        const v = preds[k]!;
        const c = sigma[v]! * coeff;
        if (edges) edges.out[edges.idOfEntry[predEntry![k]!]!] += c;
        delta[v] += c;
      }
      if (w !== s) bc[w] += endpoints ? delta[w]! + 1 : times * delta[w]!;
    }
    for (let i = 0; i < count; i++) {
      const v = stack[i]!;
      sigma[v] = 0;
      delta[v] = 0;
      predCount[v] = 0;
      reached[v] = 0;
      hasSeen[v] = 0;
    }
  }
  return bc;
}
