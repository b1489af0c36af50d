// What every route handler can reach: the active store and facts about the deployment.
import type { GraphStore } from '../store/index.ts';

export interface ApiContext {
  store: GraphStore;
  /** Where the current dataset came from (a folder, an upload), for health and provenance. */
  datasetName: string;
  /** Whether a Neo4j is configured and, when it is, reachable right now. */
  neo4jStatus: () => Promise<{ configured: boolean; reachable: boolean }>;
}
