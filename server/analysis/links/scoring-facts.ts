// The compact facts the ranking of missing links needs, and nothing more: per firm its location,
// clusters and what it can do, per component its requirements, and the demand, import and supply
// relationships as bare tuples. Both stores hand over exactly these (the embedded store from its
// snapshot, scoring-facts-embedded.ts; Neo4j from cypher/analysis/missing-links-firms.cypher,
// missing-links-components.cypher and missing-links-relations.cypher, neo4j-facts.ts), and
// link-index.ts turns them into the arrays the selection of the best candidates reads (select.ts).
// Names and evidence are fetched afterwards, only for the candidates that are returned (facts.ts,
// cypher/analysis/missing-links.cypher).
import { z } from 'zod';

const num = z.number().nullable();
const ids = z.array(z.string());

export const scoringComponentShape = z.object({
  id: z.string(),
  /** Processes it NEEDS_PROCESS (distinct). */
  processes: ids,
  material: z.string().nullable(),
  toleranceMm: num,
  certification: z.string().nullable(),
});
export type ScoringComponent = z.infer<typeof scoringComponentShape>;

/** The components' requirements and the demand, import and supply relationships (IMPORTS only where the component exists). */
export const scoringRelationsShape = z.object({
  components: z.array(scoringComponentShape),
  needs: z.array(z.object({ buyer: z.string(), component: z.string(), units: num })),
  imports: z.array(z.object({ buyer: z.string(), component: z.string(), country: z.string(), year: z.number(), valueUsd: z.number() })),
  supplies: z.array(z.object({ supplier: z.string(), buyer: z.string(), component: z.string(), units: num })),
});
export type ScoringRelations = z.infer<typeof scoringRelationsShape>;

type Pairs = (visit: (firm: string, other: string) => void) => void;

/**
 * The facts: the relations above as rows, and the firms with what they can do as visits. At
 * national scale the latter are a million relationships; visiting them where they are (the
 * snapshot's relationships, Neo4j's rows) keeps a second copy of them out of memory.
 */
export interface ScoringFacts extends ScoringRelations {
  /** Every firm, with its coordinates (null when unknown). */
  firms: (visit: (id: string, lat: number | null, lon: number | null) => void) => void;
  /** Each certification a firm holds. */
  certifications: Pairs;
  /** Each MEMBER_OF: firm, cluster. */
  memberships: Pairs;
  /** Each CAN: firm, process, toleranceMm (null when not recorded); a firm may have several to one process, for different materials. */
  capabilities: (visit: (firm: string, process: string, toleranceMm: number | null) => void) => void;
  /** Each WORKS: firm, material. */
  works: Pairs;
  /** Each MAKES: firm, component. */
  makes: Pairs;
}
