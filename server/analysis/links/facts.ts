// The facts behind a missing-link candidate: exactly the columns of cypher/analysis/missing-links.cypher.
// The Neo4j store gets them from that query, the embedded store computes the same rows from its
// snapshot (candidates-embedded.ts); normaliseCandidate() puts either into one canonical form
// (lists sorted, link directions named, distance rounded) before anything is scored, so both stores
// score, rank and explain identical facts.
import { z } from 'zod';
import { TIERS } from '../../model/index.ts';

const num = z.number().nullable();
export const refShape = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof refShape>;

/** One row of missing-links.cypher (lists in any order). */
export const candidateRowShape = z.object({
  supplier: z.string(),
  supplierName: z.string(),
  supplierTier: z.enum(TIERS),
  supplierCluster: refShape.nullable(),
  buyer: z.string(),
  buyerName: z.string(),
  buyerTier: z.enum(TIERS),
  component: z.string(),
  componentName: z.string(),
  toleranceMm: num,
  makes: z.boolean(),
  makesUnits: z.object({ units: num }).nullable(),
  capable: z.boolean(),
  processes: z.array(z.object({ process: z.string(), name: z.string(), can: z.boolean(), met: z.boolean(), tolerances: z.array(z.number()) })),
  material: z.object({ material: z.string(), name: z.string(), met: z.boolean() }).nullable(),
  certification: z.object({ certification: z.string(), met: z.boolean() }).nullable(),
  need: z.object({ units: num }).nullable(),
  currentSupply: z.array(z.object({ supplier: z.string(), units: num, valueUsd: num })),
  importYear: num,
  origins: z.array(z.object({ country: z.string(), name: z.string(), valueUsd: z.number(), units: num })),
  km: num,
  alreadySupplies: z.array(refShape),
  suppliesElsewhere: z.array(refShape),
  sharedPartners: z.array(refShape.extend({ degree: z.number(), d1: z.array(z.boolean()), d2: z.array(z.boolean()) })),
  paths3: z.number(),
  example3: z
    .object({ x: z.string(), xName: z.string(), y: z.string(), yName: z.string(), d1: z.array(z.boolean()), d2: z.array(z.boolean()), d3: z.array(z.boolean()) })
    .nullable(),
  peers: z.array(refShape.extend({ shared: z.number(), union: z.number(), suppliesComponent: z.boolean() })),
});
export type CandidateRow = z.infer<typeof candidateRowShape>;

/**
 * How two neighbouring firms u, v of a path are linked: `supplies` (u supplies v), `buys` (v supplies
 * u) or `both`. From the Cypher columns d1/d2/d3, which list `startNode(r) = u` over the links.
 */
export const HOPS = ['supplies', 'buys', 'both'] as const;
export type Hop = (typeof HOPS)[number];

export function hopOf(directions: readonly boolean[]): Hop {
  const forward = directions.includes(true);
  const backward = directions.includes(false);
  return forward && backward ? 'both' : forward ? 'supplies' : 'buys';
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Distances are compared and shown to 0.1 km (both stores compute the same haversine). */
export const roundKm = (km: number | null): number | null => (km === null ? null : Math.round(km * 10) / 10);

/** The canonical form of a candidate row: every list sorted, directions named, km rounded. */
export function normaliseCandidate(row: CandidateRow) {
  return {
    ...row,
    processes: row.processes
      .map((p) => ({ ...p, tolerances: [...p.tolerances].sort((a, b) => a - b) }))
      .sort(byKey((p) => p.process)),
    currentSupply: [...row.currentSupply].sort(byKey((s) => s.supplier)),
    origins: [...row.origins].sort(byKey((o) => o.country)),
    km: roundKm(row.km),
    alreadySupplies: [...row.alreadySupplies].sort(byId),
    suppliesElsewhere: [...row.suppliesElsewhere].sort(byId),
    sharedPartners: row.sharedPartners
      .map(({ d1, d2, ...z }) => ({ ...z, withSupplier: hopOf(d1), withBuyer: hopOf(d2) }))
      .sort(byId),
    example3:
      row.example3 === null
        ? null
        : {
            x: { id: row.example3.x, name: row.example3.xName },
            y: { id: row.example3.y, name: row.example3.yName },
            hops: [hopOf(row.example3.d1), hopOf(row.example3.d2), hopOf(row.example3.d3)] as [Hop, Hop, Hop],
          },
    peers: [...row.peers].sort(byId),
  };
}
export type CandidateFact = ReturnType<typeof normaliseCandidate>;
