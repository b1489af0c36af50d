// A least-recently-used cache bounded by entries and by bytes (the caller says what an entry
// weighs). A Map keeps insertion order, so re-inserting on use makes its first key the oldest.
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private size = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get count(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps `value` unless it alone would take more than a quarter of the byte budget (one huge
   * answer must not push out everything else), evicting the least recently used to make room.
   */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key);
    if (this.maxEntries === 0 || bytes > this.maxBytes / 4) return false;
    this.entries.set(key, { value, bytes });
    this.size += bytes;
    this.evict();
    return true;
  }

  /** Drops the least recently used until the entries and their bytes are within the bounds. */
  private evict(): void {
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.bytes;
    }
  }

  /**
   * Adds `bytes` to what a kept entry weighs (what it holds grew, e.g. the gzip of an answer kept
   * beside it), evicting the least recently used, this entry too if it is the oldest, to stay within
   * the budget. Nothing happens for a key no longer kept.
   */
  grow(key: string, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.bytes += bytes;
    this.size += bytes;
    this.evict();
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.size = 0;
  }
}
