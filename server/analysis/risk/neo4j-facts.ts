// The risk facts from Neo4j: runs cypher/analysis/single-source.cypher and failure-impact.cypher
// through a read at one data version (risk.ts keeps them per version) and checks each row's shape.
import type { VersionedRead } from '../../store/index.ts';
import { cypherFile } from '../../store/cypher-files.ts';
import { clusterMembersRowShape, failureRowShape, singleSourceRowShape, type ClusterMembersRow, type FailureRow, type SingleSourceRow } from './facts.ts';

export async function neo4jSingleSourceRows(read: VersionedRead): Promise<SingleSourceRow[]> {
  const rows = await read(await cypherFile('analysis/single-source.cypher'), {});
  return rows.map((row) => singleSourceRowShape.parse(row));
}

/** Loss rows of one failed firm, or of every firm when `firm` is null. */
export async function neo4jFailureRows(read: VersionedRead, firm: string | null = null): Promise<FailureRow[]> {
  const rows = await read(await cypherFile('analysis/failure-impact.cypher'), { firm });
  return rows.map((row) => failureRowShape.parse(row));
}

/** Every cluster with its member firms (firm-clusters.cypher). */
export async function neo4jClusterMembersRows(read: VersionedRead): Promise<ClusterMembersRow[]> {
  const rows = await read(await cypherFile('analysis/firm-clusters.cypher'), {});
  return rows.map((row) => clusterMembersRowShape.parse(row));
}
