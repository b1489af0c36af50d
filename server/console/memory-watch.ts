// Bounds the memory one console query may hold in Neo4j. Neo4j's own limit is global by default
// (dbms.memory.transaction.total.max, 70 % of the heap): a console query collecting a cartesian
// product of the national firms took all of it for a minute, and every other transaction (the
// views' analyses, a load) had no memory meanwhile; with the heap full, its time limit came late
// (60 s for a 30 s limit). A per-transaction limit in neo4j.conf would bind the atomic national load
// as well, so the console watches its own transactions instead: while a query runs it reads their
// estimatedUsedHeapMemory from SHOW TRANSACTIONS (tracked in Community and Enterprise alike) and ends
// them past CONSOLE_LIMITS.maxQueryMemoryBytes, as an administrator would.
import type { Driver } from 'neo4j-driver';
import { consoleTransactionMemory, terminateTransactions } from './transactions.ts';

export interface MemoryWatch {
  /** The bytes the query held when it was ended for passing the limit; null while it has not been. */
  exceeded(): number | null;
  /** Stops watching (the query has answered or failed). */
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Watches console query `id` every `pollMs` and ends it once it holds more than `limitBytes`. */
export function watchMemory(driver: Driver, database: string, id: string, limitBytes: number, pollMs: number, log: (text: string) => void): MemoryWatch {
  let running = true;
  let over: number | null = null;
  // The pause between looks ends when the watch stops: waiting it out had added up to pollMs
  // (250 ms) to every console answer.
  let wake: () => void = () => {};
  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, pollMs).unref();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    // A short query answers before the first look and costs nothing more.
    await pause();
    while (running) {
      const listed = await consoleTransactionMemory(driver, database, id).catch(() => []);
      const heavy = listed.filter((t) => t.bytes > limitBytes);
      if (running && heavy.length > 0) {
        over = Math.max(...heavy.map((t) => t.bytes));
        await terminateTransactions(driver, database, heavy.map((t) => t.transactionId)).catch(() => undefined);
        log(`console: query ${id} held ${over} bytes of Neo4j's memory, more than ${limitBytes}; asked Neo4j to end it`);
        return;
      }
      await pause();
    }
  })();
  return {
    exceeded: () => over,
    // A look already asked finishes first (it may end the query), but no longer than a second:
    // a Neo4j short of memory can be slow to answer, and the caller's answer must not wait on it.
    stop: async () => {
      running = false;
      wake();
      await Promise.race([loop, sleep(1_000)]);
    },
  };
}
