// The risk facts from Neo4j: runs cypher/analysis/single-source.cypher and failure-impact.cypher
// through store.read() and checks each row's shape.
import type { GraphStore } from '../../store/index.ts';
import { cypherFile } from '../../store/cypher-files.ts';
import { failureRowShape, singleSourceRowShape, type FailureRow, type SingleSourceRow } from './facts.ts';

export async function neo4jSingleSourceRows(store: GraphStore): Promise<SingleSourceRow[]> {
  const rows = await store.read(await cypherFile('analysis/single-source.cypher'), {});
  return rows.map((row) => singleSourceRowShape.parse(row));
}

/** Loss rows of one failed firm, or of every firm when `firm` is null. */
export async function neo4jFailureRows(store: GraphStore, firm: string | null = null): Promise<FailureRow[]> {
  const rows = await store.read(await cypherFile('analysis/failure-impact.cypher'), { firm });
  return rows.map((row) => failureRowShape.parse(row));
}
