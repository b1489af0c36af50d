// Warming a store after a load (issue 16): the values analyses derive from the whole graph (the
// substitution facts, their densities and distances) cost more at national scale than the answer
// that reads them, so a store builds them once after each replace() — before the load is reported
// done — instead of on the first request. The store layer only runs the warmers it was given; what
// to warm is the runtime's choice (server/analysis/warm.ts), since analyses sit above the stores.
import type { GraphStore, Warmer } from './types.ts';

export interface WarmOptions {
  /** Where a failed warmer is reported (the load itself has succeeded; a request will retry). */
  log?: (text: string) => void;
}

/** Runs the warmers one after another; a failure is logged and does not stop the others. */
export async function runWarmers(store: GraphStore, warmers: readonly Warmer[], options: WarmOptions = {}): Promise<void> {
  for (const warm of warmers) {
    try {
      await warm(store);
    } catch (error) {
      options.log?.(`warming after the load failed (the first request will build it instead): ${(error as Error).message}`);
    }
  }
}
