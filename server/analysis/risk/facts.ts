// The facts behind the risk analysis: exactly the columns of cypher/analysis/single-source.cypher,
// failure-impact.cypher and firm-clusters.cypher. Neo4j answers them with those queries, the
// embedded store computes the same rows from its snapshot (embedded.ts); the shared code in
// single-source.ts, failure-impact.ts and clusters.ts sorts, sums, ranks and names them, so both
// stores give identical results.
import { z } from 'zod';
import { TIERS } from '../../model/index.ts';

const num = z.number().nullable();
const tier = z.enum(TIERS);

/** One row of single-source.cypher. */
export const singleSourceRowShape = z.object({
  buyer: z.string(),
  buyerName: z.string(),
  buyerTier: tier,
  component: z.string(),
  componentName: z.string(),
  supplier: z.string(),
  supplierName: z.string(),
  supplierTier: tier,
  units: num,
  valueUsd: num,
  importYear: num,
  imports: z.array(z.object({ country: z.string(), valueUsd: z.number() })),
});
export type SingleSourceRow = z.infer<typeof singleSourceRowShape>;

/** One row of failure-impact.cypher: a (failed firm, buyer, component) loss. */
export const failureRowShape = z.object({
  firm: z.string(),
  firmName: z.string(),
  firmTier: tier,
  buyer: z.string(),
  buyerName: z.string(),
  buyerTier: tier,
  component: z.string(),
  componentName: z.string(),
  links: z.array(z.object({ supplier: z.string(), units: num, valueUsd: num })),
});
export type FailureRow = z.infer<typeof failureRowShape>;

/** One row of firm-clusters.cypher: a cluster and its member firms. */
export const clusterMembersRowShape = z.object({ cluster: z.string(), name: z.string(), firms: z.array(z.string()) });
export type ClusterMembersRow = z.infer<typeof clusterMembersRowShape>;
