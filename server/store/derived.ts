// Values derived from a store's whole graph (analysis indexes and facts): kept by a store that can
// keep them (the embedded one, until its dataset is replaced), built afresh from snapshot() on any
// other. And values built from a store's reads (Neo4j's Cypher facts): kept until the data version
// moves on where the store can (Neo4j), built afresh on any other.
import type { GraphData } from '../model/index.ts';
import type { GraphStore, VersionedRead } from './types.ts';

export function wholeGraph<T>(store: GraphStore, key: string, build: (snap: GraphData) => T | Promise<T>): Promise<T> {
  return store.derived ? store.derived(key, build) : store.snapshot().then(build);
}

export function atVersion<T>(store: GraphStore, key: string, build: (read: VersionedRead) => Promise<T>): Promise<T> {
  return store.keepAtVersion ? store.keepAtVersion(key, build) : build((query, params) => store.read(query, params));
}
