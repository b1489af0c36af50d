// The cluster × component table (facts.ts) from Neo4j: cypher/analysis/cluster-complexity.cypher
// through the store's read(), each row checked against its shape.
import { cypherFile } from '../../store/cypher-files.ts';
import type { GraphStore } from '../../store/index.ts';
import { tableRowShape, type ClusterTableRow } from './facts.ts';

export async function neo4jClusterTable(store: GraphStore): Promise<ClusterTableRow[]> {
  const rows = await store.read(await cypherFile('analysis/cluster-complexity.cypher'), {});
  return rows.map((row) => tableRowShape.parse(row));
}
