// The import-exposure answer (GET /api/analysis/imports, `rantai analyse imports`), as zod schemas
// for the OpenAPI document; the types come from them.
import { z } from 'zod';
import { LangSchema, labelMapShape, langParam } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { decimalDigitsOnly } from '../../util/decimal-query.ts';

export const originShape = z.object({
  country: z.string().describe('ISO 3166 alpha-3'),
  name: z.string(),
  valueUsd: z.number(),
  share: z.number().nullable().describe('valueUsd / importedValueUsd'),
});

const exposureFields = {
  id: z.string(),
  name: z.string(),
  importedValueUsd: z.number().describe('value imported in each buyer’s latest reported year'),
  domesticValueUsd: z.number().describe('Σ SUPPLIES valueUsd'),
  importShare: z.number().nullable().describe('imported / (imported + domestic); null when both are 0'),
  hhi: z.number().nullable().describe('Herfindahl-Hirschman index of the origins, Σ share² in 0..1; null without imports'),
  origins: z.array(originShape).describe('largest first'),
  suppliers: z.number().int().describe('distinct domestic suppliers'),
};

export const componentExposureShape = z.object({ ...exposureFields, buyers: z.number().int().describe('buyers importing it') });
export const buyerExposureShape = z.object({
  ...exposureFields,
  tier: z.string().nullable(),
  components: z.number().int().describe('components it imports'),
});

export const importsOutShape = z.object({
  basis: z.literal('buyers').describe('the buyers’ IMPORTS (imports.csv); basis=national answers from national trade statistics instead'),
  components: z.array(componentExposureShape).describe('largest imported value first'),
  buyers: z.array(buyerExposureShape).describe('largest imported value first'),
  summary: z.array(z.string()).describe('the key figures as sentences, in the answer’s language'),
  lang: LangSchema.describe('the language of the summary and labels'),
  labels: z.object({ tiers: labelMapShape(TIERS) }).describe('names of the ids used in this answer, in its language'),
});

// basis and year: issue 15. The national answer's shape is server/analysis/trade/shapes.ts.
export const importsQueryShape = z.strictObject({
  basis: z
    .enum(['buyers', 'national'], { error: 'basis must be one of buyers, national' })
    .default('buyers')
    .describe('buyers: the buyers’ reported imports (imports.csv); national: national trade statistics (trade.csv) through the HS → component concordance (hs_components.csv)'),
  year: z.preprocess(decimalDigitsOnly, z.coerce
    .number({ error: 'year must be a whole year' })
    .int({ error: 'year must be a whole year' })
    .min(1800, { error: 'year must be between 1800 and 2200' })
    .max(2200, { error: 'year must be between 1800 and 2200' })
    .optional()
    .describe('basis=national: a year of the trade table (default: its latest)')),
  lang: langParam,
});
export type ImportsQuery = z.infer<typeof importsQueryShape>;

export type OriginOut = z.infer<typeof originShape>;
export type ComponentExposure = z.infer<typeof componentExposureShape>;
export type BuyerExposure = z.infer<typeof buyerExposureShape>;
export type ImportsOut = z.infer<typeof importsOutShape>;
