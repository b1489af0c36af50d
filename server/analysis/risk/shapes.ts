// Request and response shapes of GET /api/analysis/risk (zod; OpenAPI and types come from here).
import { z } from 'zod';
import { LangSchema, labelMapShape, langParam } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';

const num = z.number().nullable();
const ref = z.object({ id: z.string(), name: z.string() });
/** A firm, with its cluster when it is a member of one (a national dataset's "IKM 15338" says nothing of where it is). */
const firmRef = ref.extend({ tier: z.enum(TIERS), cluster: ref.optional().describe('the cluster the firm is a member of, if any') });

export const riskQueryShape = z.strictObject({ lang: langParam });
export type RiskQuery = z.infer<typeof riskQueryShape>;

export const singleSourceShape = z.object({
  buyer: firmRef,
  component: ref,
  supplier: firmRef,
  unitsPerYear: num,
  valueUsd: num,
  /** The buyer's latest-year imports of the component (context: imports are no domestic alternative). */
  imports: z.object({ year: num, valueUsd: z.number() }),
});
export type SingleSource = z.infer<typeof singleSourceShape>;

export const lostSupplyShape = z.object({
  buyer: firmRef,
  component: ref,
  /** Tiers above the failed firm: 1 for its own buyers, 2 for theirs, … */
  depth: z.number().int(),
  /** Every firm that supplied the component to the buyer (all failed or cut). */
  suppliers: z.array(z.string()),
  unitsPerYear: z.number(),
  valueUsd: z.number(),
});

export const failureImpactShape = z.object({
  rank: z.number().int(),
  firm: firmRef,
  impactedOems: z.array(ref),
  impactedBuyers: z.array(firmRef),
  lostValueUsd: z.number(),
  lost: z.array(lostSupplyShape),
});
export type FailureImpact = z.infer<typeof failureImpactShape>;

export const riskOutShape = z.object({
  singleSource: z.array(singleSourceShape),
  failureImpact: z.array(failureImpactShape),
  summary: z.array(z.string()).describe('the key figures as sentences, in the answer’s language'),
  lang: LangSchema.describe('the language of the summary and labels'),
  labels: z.object({ tiers: labelMapShape(TIERS) }).describe('names of the ids used in this answer, in its language'),
});
export type RiskOut = z.infer<typeof riskOutShape>;
