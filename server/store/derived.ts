// Values derived from a store's whole graph (analysis indexes and facts): kept by a store that can
// keep them (the embedded one, until its dataset is replaced), built afresh from snapshot() on any
// other.
import type { GraphData } from '../model/index.ts';
import type { GraphStore } from './types.ts';

export function wholeGraph<T>(store: GraphStore, key: string, build: (snap: GraphData) => T): Promise<T> {
  return store.derived ? store.derived(key, build) : store.snapshot().then(build);
}
