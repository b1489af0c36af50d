// The missing-link facts from Neo4j, through store.read() (executeRead, so a cluster can route them
// to followers): the ranking's compact facts (missing-links-firms/-components/-relations.cypher,
// about 180,000 small rows at national scale, read once per data version: missing-links.ts), the
// full facts of chosen candidates (missing-links.cypher with $candidates, per request) and the
// clusters without an OEM path (once per data version).
import { cypherFile } from '../../store/cypher-files.ts';
import type { GraphStore, VersionedRead } from '../../store/index.ts';
import { list, num, numOrNull, str, strOrNull, strings } from '../imports/rows.ts';
import { candidateRowShape, type CandidateRow } from './facts.ts';
import { noOemRowShape, type NoOemRow } from './no-oem-path.ts';
import type { ScoringFacts } from './scoring-facts.ts';
import type { CandidateFilter } from './shapes.ts';

export interface CandidateTriple {
  supplier: string;
  buyer: string;
  component: string;
}

/**
 * The rows of missing-links.cypher: every candidate under the filter, or (with `candidates`) only
 * those triples. Rows are checked with the published shape.
 */
export async function neo4jCandidateRows(store: GraphStore, filter: CandidateFilter, candidates: readonly CandidateTriple[] | null = null): Promise<CandidateRow[]> {
  if (candidates !== null && candidates.length === 0) return [];
  const rows = await store.read(await cypherFile('analysis/missing-links.cypher'), { ...filter, candidates });
  return rows.map((row) => candidateRowShape.parse(row));
}

/** `from`: the store, or a read at one data version (GraphStore.keepAtVersion). */
const readerOf = (from: GraphStore | VersionedRead): VersionedRead => (typeof from === 'function' ? from : (query, params) => from.read(query, params));

export async function neo4jNoOemRows(from: GraphStore | VersionedRead): Promise<NoOemRow[]> {
  const rows = await readerOf(from)(await cypherFile('analysis/clusters-without-oem.cypher'), {});
  return rows.map((row) => noOemRowShape.parse(row));
}

/**
 * The ranking's compact facts (scoring-facts.ts): the firms' relationships are visited in the rows
 * of missing-links-firms.cypher. Rows are checked field by field with the plain readers of
 * imports/rows.ts rather than zod: at national scale there are 100,000 firm rows.
 */
export async function neo4jScoringFacts(from: GraphStore | VersionedRead): Promise<ScoringFacts> {
  const read = readerOf(from);
  const [firmRows, componentRows, relationRows] = await Promise.all(
    ['missing-links-firms', 'missing-links-components', 'missing-links-relations'].map(async (name) => read(await cypherFile(`analysis/${name}.cypher`), {})),
  );
  const pairs = (column: string) => (visit: (firm: string, other: string) => void) => {
    for (const r of firmRows!) for (const x of strings(r[column])) visit(str(r.id), x);
  };
  const facts: ScoringFacts = {
    firms: (visit) => {
      for (const r of firmRows!) visit(str(r.id), numOrNull(r.lat), numOrNull(r.lon));
    },
    certifications: pairs('certifications'),
    memberships: pairs('clusters'),
    capabilities: (visit) => {
      for (const r of firmRows!) {
        for (const pair of list(r.can)) {
          const [process, toleranceMm] = list(pair);
          visit(str(r.id), str(process), numOrNull(toleranceMm));
        }
      }
    },
    works: pairs('materials'),
    makes: pairs('makes'),
    components: componentRows!.map((r) => ({ id: str(r.id), processes: strings(r.processes), material: strOrNull(r.material), toleranceMm: numOrNull(r.toleranceMm), certification: strOrNull(r.certification) })),
    needs: [],
    imports: [],
    supplies: [],
  };
  for (const r of relationRows!) {
    const kind = str(r.kind);
    if (kind === 'needs') facts.needs.push({ buyer: str(r.firm), component: str(r.component), units: numOrNull(r.units) });
    else if (kind === 'imports') facts.imports.push({ buyer: str(r.firm), component: str(r.component), country: str(r.other), year: num(r.year), valueUsd: num(r.valueUsd) });
    else if (kind === 'supplies') facts.supplies.push({ supplier: str(r.firm), buyer: str(r.other), component: str(r.component), units: numOrNull(r.units) });
  }
  return facts;
}
