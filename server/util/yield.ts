// Long synchronous work on the main thread holds every other request, /api/health included, until
// it ends. Work that can be cut into steps (building the embedded graph after an upload, one warmer
// after another) lets the event loop run between them: a Slicer says when a step has run long
// enough, yieldToEventLoop lets pending I/O callbacks and timers run before the next one.

/** Resolves after the I/O callbacks and timers waiting now have run (setImmediate). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Tells a loop when it has held the thread for `sliceMs` since it last yielded. */
export class Slicer {
  private started = performance.now();
  constructor(private readonly sliceMs = 30) {}

  /** Yields when the slice is used up (cheap enough to ask every few thousand iterations). */
  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < this.sliceMs) return;
    await yieldToEventLoop();
    this.started = performance.now();
  }
}

/** Runs a computation written as a generator (it yields where it may pause) to its end at once. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same computation in slices, with the event loop let run between them. */
export async function runInSlices<T>(steps: Generator<unknown, T>): Promise<T> {
  const slicer = new Slicer();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.maybeYield();
  }
}

/** Items per chunk of inChunks, unless told otherwise (cheap items: a relationship indexed). */
const CHUNK = 65_536;

/**
 * Runs `pass(start, end)` over [0, length) in chunks, letting the event loop run between them when
 * the slicer's slice is used up. Each pass is an ordinary function, which V8 optimises: the loops of
 * a generator, or a loop around an await, stayed unoptimised (links/supplier-lists.ts).
 */
export async function inChunks(length: number, pass: (start: number, end: number) => void, slicer = new Slicer(), chunk = CHUNK): Promise<void> {
  for (let start = 0; start < length; start += chunk) {
    pass(start, Math.min(length, start + chunk));
    await slicer.maybeYield();
  }
}

/** `items.map(convert)` in chunks of `chunk`, the event loop let run between them (inChunks). */
export async function mapInChunks<T, U>(items: readonly T[], convert: (item: T) => U, chunk = CHUNK): Promise<U[]> {
  const out = new Array<U>(items.length);
  await inChunks(items.length, (start, end) => {
    for (let i = start; i < end; i++) out[i] = convert(items[i]!);
  }, undefined, chunk);
  return out;
}
