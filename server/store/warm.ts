// Warming a store after a load (issue 16): the values analyses derive from the whole graph (the
// substitution facts, their densities and distances) cost more at national scale than the answer
// that reads them, so a store builds them once after each replace() — before the load is reported
// done — instead of on the first request. The store layer only runs the warmers it was given; what
// to warm is the runtime's choice (server/analysis/warm.ts), since analyses sit above the stores.
import { DEFAULT_LANG, say, type Lang } from '../i18n/index.ts';
import type { GraphStore, Warmer } from './types.ts';
import { yieldToEventLoop } from '../util/yield.ts';

export interface WarmOptions {
  /** Where a failed warmer is reported (the load itself has succeeded; a request will retry). */
  log?: (text: string) => void;
  /** The language of that report (the server's --lang). */
  lang?: Lang;
}

/** Runs the warmers one after another; a failure is logged and does not stop the others. */
export async function runWarmers(store: GraphStore, warmers: readonly Warmer[], options: WarmOptions = {}): Promise<void> {
  for (const warm of warmers) {
    // Each warmer is one synchronous computation: requests waiting are answered between them.
    await yieldToEventLoop();
    try {
      await warm(store);
    } catch (error) {
      options.log?.(say(options.lang ?? DEFAULT_LANG, 'runtime.warmFailed', { reason: (error as Error).message }));
    }
  }
  if (warmers.length > 0) {
    // The collection holds the thread about a second at national scale: requests waiting since the
    // last warmer's step are answered first.
    await yieldToEventLoop();
    collectLoadGarbage();
  }
}

/**
 * A load leaves hundreds of megabytes of garbage at national scale (the rows read, the previous
 * dataset), which V8 otherwise collects while the next requests run: over the embedded store's
 * graph (about 0.65 GB live at 100,000 firms) a full collection takes 1.2 s, and the what-ifs right
 * after a load ran at 0.52–0.63 s instead of 0.35–0.47 s (bench/README.md, issue 16's "Fifth round").
 * Collected here instead, while the load is still being reported, when the process was started
 * with --expose-gc (`npm start`, the `rantai` command).
 */
function collectLoadGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
