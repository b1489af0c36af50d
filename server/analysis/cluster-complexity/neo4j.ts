// The cluster × component table (facts.ts) from Neo4j: cypher/analysis/cluster-complexity.cypher
// through the store's read(), each row checked against its shape.
import { cypherFile } from '../../store/cypher-files.ts';
import type { VersionedRead } from '../../store/index.ts';
import { tableRowShape, type ClusterTableRow } from './facts.ts';

/** `read` is the store's read, or the versioned read of a value kept per data version. */
export async function neo4jClusterTable(read: VersionedRead): Promise<ClusterTableRow[]> {
  const rows = await read(await cypherFile('analysis/cluster-complexity.cypher'), {});
  return rows.map((row) => tableRowShape.parse(row));
}
