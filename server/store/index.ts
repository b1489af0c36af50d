// Public face of the stores.
export type { GraphStore, StoreKind, DataVersion } from './types.ts';
export * from './shapes.ts';
export { EmbeddedStore } from './embedded/embedded-store.ts';
export { wholeGraph } from './derived.ts';
export { buildView, nodeOut, linkOut } from './views.ts';
export { entityOut, countGraph } from './entity.ts';
export { cypherFile, splitStatements } from './cypher-files.ts';
