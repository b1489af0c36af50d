// The analysis a request's work belongs to, carried through every await with AsyncLocalStorage:
// its abort signal (client gone, time budget spent) and its deadline. The stores read it where
// they wait (the Neo4j store sets the transaction timeout from the deadline and closes its session
// on abort, which terminates the transaction in Neo4j), so an analysis module need not pass a signal
// through each of its calls. Long synchronous loops can call checkpoint() to stop early.
import { AsyncLocalStorage } from 'node:async_hooks';
import { heapShare } from './heap.ts';
import { memoryBudgetExceeded, timeBudgetExceeded } from './errors.ts';

export interface WorkContext {
  /** Aborted (with an AppError or ClientGoneError as reason) when the work must stop. */
  readonly signal: AbortSignal;
  /** Date.now() after which the work is over its time budget. */
  readonly deadline: number;
  /** The time budget, for messages. */
  readonly budgetMs: number;
  /** Whether what the work builds is kept for a retry (timeBudgetExceeded's `kept`). */
  readonly kept: boolean;
  /** Highest share of the heap limit (0..1) the work may find in use at a checkpoint. */
  readonly heapShare: number;
  /**
   * Neo4j bookmarks of the data version the work answers for: reads wait until the server they
   * are routed to has at least that version (matters on a cluster; a no-op on a single server).
   */
  readonly bookmarks?: readonly string[];
}

const storage = new AsyncLocalStorage<WorkContext>();

export function runWithin<T>(context: WorkContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The work the caller runs for, if any (requests outside the gate, CLI and loads have none). */
export function currentWork(): WorkContext | undefined {
  return storage.getStore();
}

/** Milliseconds left in the current work's budget (undefined outside any work). */
export function remainingMs(): number | undefined {
  const work = storage.getStore();
  return work ? Math.max(0, work.deadline - Date.now()) : undefined;
}

let lastHeapCheck = 0;

/**
 * Throws why the current work must stop, if it must: aborted (client gone, budget), past its
 * deadline, or the heap fuller than allowed (looked at no more than every 50 ms). Cheap enough for
 * a loop that calls it every few thousand iterations; does nothing outside a work.
 */
export function checkpoint(): void {
  const work = storage.getStore();
  if (!work) return;
  if (work.signal.aborted) throw work.signal.reason;
  const now = Date.now();
  if (now > work.deadline) throw timeBudgetExceeded(work.budgetMs, work.kept);
  if (now - lastHeapCheck >= 50) {
    lastHeapCheck = now;
    const share = heapShare();
    if (share > work.heapShare) throw memoryBudgetExceeded(share, work.heapShare);
  }
}
