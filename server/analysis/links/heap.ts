// A bounded binary heap that keeps the k best items seen: its root is the worst of them, so a new
// item enters only when it beats the root (Williams 1964; the usual top-k selection in O(n log k)).
export class TopK<T> {
  private readonly items: T[] = [];
  private readonly capacity: number;
  /** True when a is worse than b (ranks after it). */
  private readonly worse: (a: T, b: T) => boolean;

  constructor(capacity: number, worse: (a: T, b: T) => boolean) {
    this.capacity = capacity;
    this.worse = worse;
  }

  get size(): number {
    return this.items.length;
  }

  get full(): boolean {
    return this.items.length >= this.capacity;
  }

  /** The worst item kept (the one a newcomer must beat), when full. */
  get worst(): T | undefined {
    return this.items[0];
  }

  offer(item: T): void {
    const a = this.items;
    if (this.capacity === Infinity) {
      // Keeping everything: no heap order needed, sorted() sorts once.
      a.push(item);
      return;
    }
    if (a.length < this.capacity) {
      a.push(item);
      let i = a.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(a[i]!, a[parent]!)) break;
        [a[i], a[parent]] = [a[parent]!, a[i]!];
        i = parent;
      }
      return;
    }
    if (this.capacity === 0 || !this.worse(a[0]!, item)) return;
    a[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && this.worse(a[l]!, a[m]!)) m = l;
      if (r < a.length && this.worse(a[r]!, a[m]!)) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }
}
