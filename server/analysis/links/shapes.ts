// Request and response shapes of GET /api/analysis/missing-links (zod; the OpenAPI document and the
// TypeScript types come from here).
import { z } from 'zod';
import { LangSchema, labelMapShape, langParam } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { HOPS, refShape } from './facts.ts';
import { decimalDigitsOnly } from '../../util/decimal-query.ts';

export const MISSING_LINKS_DEFAULT_LIMIT = 50;
export const MISSING_LINKS_MAX_LIMIT = 1000;

const id = (field: string, what: string) =>
  z
    .string({ error: `${field} must be a ${what} id` })
    .min(1, { error: `${field} must not be empty` })
    .max(200, { error: `${field} must be at most 200 characters` })
    .optional();

export const missingLinksQueryShape = z.strictObject({
  buyer: id('buyer', 'firm').describe('only candidates for this buyer (a Firm id)'),
  cluster: id('cluster', 'cluster').describe('only suppliers that are members of this cluster'),
  component: id('component', 'component').describe('only this component'),
  tier: z
    .enum(TIERS, { error: `tier must be one of ${TIERS.join(', ')}` })
    .optional()
    .describe('only candidates whose supplier or buyer is of this tier (as the views\' tier filter; ranked and counted among themselves)'),
  province: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('only candidates whose supplier or buyer is located in this province (the firm\'s own province, as the views\' province filter; ranked and counted among themselves); matched without regard to case or spacing, and a province no firm or cluster of the dataset is located in is a 400'),
  limit: z.preprocess(decimalDigitsOnly, z.coerce
    .number({ error: 'limit must be a whole number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: `limit must be between 1 and ${MISSING_LINKS_MAX_LIMIT}` })
    .max(MISSING_LINKS_MAX_LIMIT, { error: `limit must be between 1 and ${MISSING_LINKS_MAX_LIMIT}` })
    .default(MISSING_LINKS_DEFAULT_LIMIT)
    .describe(
      `how many recommendations, best first: the first \`limit\` of the full ranking (default ${MISSING_LINKS_DEFAULT_LIMIT}, at most ${MISSING_LINKS_MAX_LIMIT}); \`total\` counts every candidate`,
    )),
  lang: langParam,
});
export type MissingLinksQuery = z.infer<typeof missingLinksQueryShape>;

/** Filters of the candidate facts (null: no filter): buyer firm, supplier's cluster, component. */
export interface CandidateFilter {
  buyer: string | null;
  cluster: string | null;
  component: string | null;
}

const num = z.number().nullable();
const hop = z.enum(HOPS);

export const GAP_KINDS = ['process', 'tolerance', 'material', 'certification'] as const;
export const FEASIBILITIES = ['makes', 'capable'] as const;

export const gapShape = z.object({
  kind: z.enum(GAP_KINDS),
  lever: z.string().describe('the policy lever that closes the gap, named in the answer’s language'),
  process: z.string().optional(),
  toleranceMm: z.number().optional(),
  material: z.string().optional(),
  certification: z.string().optional(),
});
/** An unmet requirement of a supplier that makes the component anyway, and the lever that closes it. */
export type Gap = z.infer<typeof gapShape>;

export const recommendationShape = z.object({
  rank: z.number().int(),
  score: z.number(),
  supplier: refShape.extend({ tier: z.enum(TIERS), cluster: refShape.nullable() }),
  buyer: refShape.extend({ tier: z.enum(TIERS) }),
  component: refShape,
  feasibility: z.enum(FEASIBILITIES),
  gaps: z.array(gapShape),
  finestToleranceMm: num,
  requiredToleranceMm: num,
  demand: z.object({ unitsPerYear: num, domesticUnits: z.number(), unmetShare: z.number() }),
  imports: z.object({ year: num, valueUsd: z.number(), origins: z.array(z.object({ country: z.string(), name: z.string(), valueUsd: z.number() })) }),
  distanceKm: num,
  evidence: z.object({
    alreadySupplies: z.array(refShape),
    suppliesElsewhere: z.array(refShape),
    sharedPartners: z.array(refShape.extend({ degree: z.number().int(), withSupplier: hop, withBuyer: hop })),
    resourceAllocation: z.number(),
    paths3: z.object({ count: z.number().int(), example: z.object({ path: z.array(refShape), hops: z.array(hop) }).nullable() }),
    peer: refShape.extend({ jaccard: z.number(), shared: z.number().int(), union: z.number().int(), suppliesComponent: z.boolean() }).nullable(),
  }),
  terms: z.object({ feasibility: z.number(), demand: z.number(), imports: z.number(), distance: z.number(), network: z.number() }),
  sentence: z.string().describe('the evidence in one sentence, in the answer’s language'),
});
export type Recommendation = z.infer<typeof recommendationShape>;

export const noOemClusterShape = z.object({
  cluster: z.string(),
  name: z.string(),
  members: z.number().int(),
  suppliers: z.number().int(),
  buyers: z.array(refShape.extend({ tier: z.enum(TIERS) })),
});
export type NoOemCluster = z.infer<typeof noOemClusterShape>;

export const missingLinksOutShape = z.object({
  filters: z.object({ buyer: z.string().nullable(), cluster: z.string().nullable(), component: z.string().nullable(), tier: z.enum(TIERS).nullable(), province: z.string().nullable(), limit: z.number().int().nullable() }),
  /** Candidates before the limit. */
  total: z.number().int().describe('every candidate under the filters (counted; only the best `limit` are returned)'),
  recommendations: z.array(recommendationShape),
  /** Clusters none of whose members reach an OEM along a directed supply chain (never filtered). */
  clustersWithoutOemPath: z.array(noOemClusterShape),
  lang: LangSchema.describe('the language of the sentences and labels'),
  labels: z
    .object({ tiers: labelMapShape(TIERS), gapKinds: labelMapShape(GAP_KINDS), feasibility: labelMapShape(FEASIBILITIES), hops: labelMapShape(HOPS) })
    .describe('names of the ids used in this answer, in its language'),
});
export type MissingLinksOut = z.infer<typeof missingLinksOutShape>;
export type MissingLinksLabels = MissingLinksOut['labels'];
