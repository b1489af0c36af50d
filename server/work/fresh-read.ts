// Coalesces reads of a value that must be fresh, such as the data version behind a cache lookup:
// a caller may share a read only if that read started after the caller arrived (a read already in
// flight may miss a write committed just before the caller came). So callers arriving while a
// read is in flight all wait for the next one, which starts when the current one ends: at most
// one read is in flight and one is pending, however many requests arrive. A read is started on the
// next microtask, so callers arriving in the same tick (a health check asking for counts and
// provenance) share it: it has not begun when they arrive.
export class FreshRead<T> {
  private current: Promise<T> | undefined;
  /** Whether the current read has been sent (after that, newcomers wait for the next). */
  private begun = false;
  private next: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.current) return this.start();
    if (!this.begun) return this.current;
    this.next ??= this.current.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  private startNext(): Promise<T> {
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<T> {
    this.begun = false;
    const read = Promise.resolve().then(() => {
      if (this.current === read) this.begun = true;
      return this.read();
    });
    this.current = read;
    const done = () => {
      if (this.current === read) this.current = undefined;
    };
    read.then(done, done);
    return read;
  }
}
