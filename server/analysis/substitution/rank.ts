// Picking the best k of n ranked items without sorting all n (a bounded binary heap, O(n log k)):
// at national scale there are ~800,000 pairs and a page needs a few dozen.

/** Indices 0..n-1 that pass `keep`, best first by `compare` (negative: a ranks before b), at most k. */
export function topK(n: number, k: number, compare: (a: number, b: number) => number, keep: (i: number) => boolean = () => true): number[] {
  if (k <= 0) return [];
  // A max-heap on "worse": heap[0] is the worst of the best k so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => compare(a, b) > 0;
  const up = (j: number) => {
    while (j > 0) {
      const p = (j - 1) >> 1;
      if (!worse(heap[j]!, heap[p]!)) break;
      [heap[j], heap[p]] = [heap[p]!, heap[j]!];
      j = p;
    }
  };
  const down = (j: number) => {
    for (;;) {
      const l = 2 * j + 1;
      const r = l + 1;
      let m = j;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === j) return;
      [heap[j], heap[m]] = [heap[m]!, heap[j]!];
      j = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (compare(i, heap[0]!) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(compare);
}
