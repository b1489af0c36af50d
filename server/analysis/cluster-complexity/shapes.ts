// GET /api/analysis/complexity: the query and the answer, as zod schemas (types and OpenAPI
// come from here).
import { z } from 'zod';
import { complexityWarningShape } from '../complexity/index.ts';
import { langParam } from '../../i18n/index.ts';
import { decimalDigitsOnly } from '../../util/decimal-query.ts';

/** Opportunities per cluster at most (the answer keeps the densest). */
export const MAX_OPPORTUNITIES = 100;

export const clusterComplexityQueryShape = z.strictObject({
  lang: langParam,
  limit: z.preprocess(decimalDigitsOnly, z.coerce
    .number({ error: 'limit must be a whole number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(MAX_OPPORTUNITIES, { error: `limit must be at most ${MAX_OPPORTUNITIES}` })
    .default(10)),
  component: z
    .string()
    .min(1, { error: 'component must be a component id' })
    .max(200, { error: 'component must be at most 200 characters' })
    .optional()
    .describe('a component id: the opportunities are then every cluster that does not make it yet, densest first (limit does not apply); none when no cluster of the table makes it; an id that names no component is a 400'),
});
export type ClusterComplexityQuery = z.infer<typeof clusterComplexityQueryShape>;

const entry = z.object({ id: z.string(), name: z.string() });

export const blockStatusShape = z.enum(['whole', 'ranked', 'too-small', 'undefined']);

export const clusterComplexityOutShape = z.object({
  /** The table: clusters and components with a value, and its total value a year (USD). */
  table: z.object({ clusters: z.number().int(), components: z.number().int(), valueUsd: z.number() }),
  /** Clusters whose members make nothing with a known price (not in the table). */
  leftOut: z.array(entry),
  /** Whether ECI and PCI of the whole table are defined (one connected block, clear eigen-gaps). */
  defined: z.boolean(),
  warnings: z.array(complexityWarningShape),
  /** The smallest block that gets ECI/PCI of its own. */
  minBlock: z.object({ clusters: z.number().int(), components: z.number().int() }),
  /**
   * The connected blocks of the presence matrix, largest first. status 'whole': the table is one
   * block and ECI/PCI are the table's; 'ranked': ECI/PCI computed within this block only;
   * 'too-small' or 'undefined': none.
   */
  blocks: z.array(z.object({ clusters: z.array(z.string()), components: z.array(z.string()), status: blockStatusShape })),
  clusters: z.array(
    entry.extend({
      valueUsd: z.number(),
      diversity: z.number().int(),
      /** ECI of the whole table; null when it is not defined. */
      eci: z.number().nullable(),
      /** Index into blocks. */
      block: z.number().int(),
      /** ECI within the block (equal to eci for a 'whole' block); null when not computed. */
      blockEci: z.number().nullable(),
      /** Rank by blockEci within the block, ties sharing a rank; null when not ranked. */
      rank: z.number().int().nullable(),
      tied: z.boolean(),
    }),
  ),
  components: z.array(
    entry.extend({
      ubiquity: z.number().int(),
      pci: z.number().nullable(),
      /** Index into blocks; null for a component no cluster has a comparative advantage in. */
      block: z.number().int().nullable(),
      blockPci: z.number().nullable(),
      rank: z.number().int().nullable(),
      tied: z.boolean(),
    }),
  ),
  /**
   * Per cluster, the components it does not make with a comparative advantage, densest first (at
   * most `limit`); with `component`, that component's row for every cluster that does not make it,
   * densest first: density (defined whatever the structure), PCI within the cluster's block when
   * ranked, COG only when the whole table's ECI is defined.
   */
  opportunities: z.array(z.object({ cluster: z.string(), component: z.string(), density: z.number(), pci: z.number().nullable(), cog: z.number().nullable() })),
});
export type ClusterComplexityOut = z.infer<typeof clusterComplexityOutShape>;
