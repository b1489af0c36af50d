// One work gate per store instance, made on first use with the limits of the environment (or the
// ones a server or test attaches first): the bound on analyses in flight is per store.
import { readConfig } from '../config.ts';
import type { GraphStore } from '../store/types.ts';
import { resolveWorkLimits, workLimitsFromConfig, type WorkLimits } from './limits.ts';
import { Work } from './work.ts';

const gates = new WeakMap<GraphStore, Work>();

export function workFor(store: GraphStore): Work {
  let work = gates.get(store);
  if (!work) {
    work = new Work(store, workLimitsFromConfig(readConfig()));
    gates.set(store, work);
  }
  return work;
}

/** Gives `store` a new gate with these limits (the rest from the defaults); returns it. */
export function attachWork(store: GraphStore, limits: Partial<WorkLimits> = {}): Work {
  const work = new Work(store, resolveWorkLimits(limits));
  gates.set(store, work);
  return work;
}
