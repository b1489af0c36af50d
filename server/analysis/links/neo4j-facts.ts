// The missing-link facts from Neo4j: runs cypher/analysis/missing-links.cypher and
// clusters-without-oem.cypher through store.read() and checks each row's shape.
import type { GraphStore } from '../../store/index.ts';
import { cypherFile } from '../../store/cypher-files.ts';
import { candidateRowShape, type CandidateRow } from './facts.ts';
import { noOemRowShape, type NoOemRow } from './no-oem-path.ts';
import type { CandidateFilter } from './shapes.ts';

export async function neo4jCandidateRows(store: GraphStore, filter: CandidateFilter): Promise<CandidateRow[]> {
  const rows = await store.read(await cypherFile('analysis/missing-links.cypher'), { ...filter });
  return rows.map((row) => candidateRowShape.parse(row));
}

export async function neo4jNoOemRows(store: GraphStore): Promise<NoOemRow[]> {
  const rows = await store.read(await cypherFile('analysis/clusters-without-oem.cypher'), {});
  return rows.map((row) => noOemRowShape.parse(row));
}
