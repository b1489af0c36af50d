// A warmer (server/store/warm.ts) that runs until the test lets it go: a store "preparing the
// analyses" for as long as a test needs (the health route, both stores, the page's notice).
import type { Warmer } from '../../server/store/index.ts';

export interface HeldWarmer {
  warmer: Warmer;
  /** Resolves once the store has started the warmer. */
  started: Promise<void>;
  /** Lets the warmer finish (harmless before it starts, or twice). */
  release: () => void;
}

export function heldWarmer(): HeldWarmer {
  let began = () => {};
  const started = new Promise<void>((resolve) => (began = resolve));
  let released = false;
  let finish = () => {};
  const warmer: Warmer = () => {
    began();
    return released ? Promise.resolve() : new Promise<void>((resolve) => (finish = resolve));
  };
  return {
    warmer,
    started,
    release: () => {
      released = true;
      finish();
    },
  };
}
