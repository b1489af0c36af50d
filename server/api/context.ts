// What every route handler can reach: the active store and facts about the deployment. The dataset's
// name and provenance are not here: they are read from the store (GraphStore.info()) on each
// request, so a load by anyone into the same Neo4j shows at once.
import type { Dataset } from '../model/index.ts';
import type { DatasetProvenance, GraphStore } from '../store/index.ts';

export interface ApiContext {
  store: GraphStore;
  /** Whether a Neo4j is configured and, when it is, reachable right now. */
  neo4jStatus: () => Promise<{ configured: boolean; reachable: boolean }>;
  /**
   * Keeps an accepted upload beyond the process (the embedded store's data folder), called before
   * the store is replaced; absent when the store keeps its data itself (Neo4j) or in tests.
   */
  keepUpload?: (dataset: Dataset, about: DatasetProvenance & { loadedAt: string }) => Promise<void>;
  /** Heap (MB) of the worker thread that writes one export (RANTAI_EXPORT_HEAP_MB; server/export/off-thread.ts). */
  exportHeapMb?: number;
}
