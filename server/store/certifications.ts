// Certifications a request may name (a what-if that adds one to a cluster or firm): those a component
// of the dataset requires and those a firm holds, as the dataset writes them. One that names none of
// them is a 400 listing them (dataset-terms.ts): "IATF16949" used to be accepted and change nothing.
// The list is kept per data version on both stores.
import { atVersion, wholeGraph } from './derived.ts';
import { datasetTerm, distinctTerms } from './dataset-terms.ts';
import type { GraphStore } from './types.ts';

const NEO4J_CERTIFICATIONS = `MATCH (c:Component) WHERE c.certification IS NOT NULL RETURN DISTINCT c.certification AS certification
  UNION MATCH (f:Firm) WHERE f.certifications IS NOT NULL UNWIND f.certifications AS certification RETURN DISTINCT certification`;

/** The certifications components require and firms hold, sorted. */
export function knownCertifications(store: GraphStore): Promise<string[]> {
  if (store.kind === 'neo4j') return atVersion(store, 'certifications', async (read) => distinctTerms((await read(NEO4J_CERTIFICATIONS, {})).map((r) => r.certification)));
  return wholeGraph(store, 'certifications', (snap) =>
    distinctTerms(
      snap.nodes.flatMap((n) => {
        if (n.label === 'Component') return [n.props.certification];
        if (n.label === 'Firm' && Array.isArray(n.props.certifications)) return n.props.certifications as unknown[];
        return [];
      }),
    ),
  );
}

/** The certification as the dataset writes it, for a name given in a request's `field` (a 400 when it names none). */
export async function datasetCertification(store: GraphStore, name: string, field: string): Promise<string> {
  return datasetTerm(await knownCertifications(store), name, field, 'error.unknownCertification');
}
