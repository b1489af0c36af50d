// The answers of the trade analyses, as zod schemas (OpenAPI and the types come from here):
// national import exposure (GET /api/analysis/imports?basis=national) and product complexity from
// the world table (GET /api/analysis/product-complexity).
import { z } from 'zod';
import { LangSchema, langParam, warningShape } from '../../i18n/index.ts';
import { complexityWarningShape } from '../complexity/index.ts';
import { decimalDigitsOnly } from '../../util/decimal-query.ts';

/** Which import values an analysis uses: the buyers' IMPORTS (imports.csv) or national statistics (trade.csv). */
export const IMPORT_BASES = ['buyers', 'national'] as const;
export const ImportBasisSchema = z.enum(IMPORT_BASES, { error: `basis must be one of ${IMPORT_BASES.join(', ')}` });
export type ImportBasis = z.infer<typeof ImportBasisSchema>;

export const yearParam = z.preprocess(decimalDigitsOnly, z.coerce
  .number({ error: 'year must be a whole year' })
  .int({ error: 'year must be a whole year' })
  .min(1800, { error: 'year must be between 1800 and 2200' })
  .max(2200, { error: 'year must be between 1800 and 2200' }));

const originShape = z.object({
  country: z.string().describe('ISO 3166 alpha-3'),
  name: z.string(),
  valueUsd: z.number(),
  share: z.number().nullable().describe('valueUsd / nationalValueUsd; null when that is 0'),
});

export const nationalComponentShape = z.object({
  component: z.string(),
  name: z.string(),
  nationalValueUsd: z.number().describe('Σ over the component’s concordance rows of the year’s trade value × share'),
  origins: z.array(originShape).describe('in the year, largest first'),
  hhi: z.number().nullable().describe('Herfindahl-Hirschman index of the origins, Σ share² in 0..1; null without imports'),
  years: z.array(z.object({ year: z.number().int(), valueUsd: z.number() })).describe('every year of the trade table, oldest first'),
  annualGrowth: z.number().nullable().describe('compound annual growth from the first year with imports to the year; null with fewer than two such years'),
  buyersValueUsd: z.number().describe('the same component’s imports as the dataset’s buyers report them (each buyer’s latest year; GET /api/analysis/imports)'),
  hs: z.array(z.object({ hs: z.string(), share: z.number(), traded: z.boolean().describe('the trade table has a row of this code in the year') })).describe('its concordance rows'),
});

export const nationalImportsOutShape = z.object({
  basis: z.literal('national'),
  year: z.number().int().nullable().describe('the year asked for, else the latest of the trade table; null without a table'),
  years: z.array(z.number().int()).describe('the years of the trade table'),
  sources: z.array(z.string()).describe('the sources the trade rows of the year name (with lang=id, their source_id where they give one)'),
  components: z.array(nationalComponentShape).describe('every component in the concordance, largest national value first'),
  summary: z.array(z.string()).describe('the key figures as sentences, in the answer’s language'),
  warnings: z.array(warningShape).describe('no trade table, no concordance, concordance codes without trade in the year'),
  lang: LangSchema,
});

export type NationalComponent = z.infer<typeof nationalComponentShape>;
export type NationalImportsOut = z.infer<typeof nationalImportsOutShape>;

export const productComplexityQueryShape = z.strictObject({
  year: yearParam.optional().describe('a year of the world table (default: its latest)'),
  country: z
    .string({ error: 'country must be an ISO 3166 alpha-3 code' })
    .regex(/^[A-Z]{3}$/, { error: 'country must be an ISO 3166 alpha-3 code (three capital letters, e.g. IDN)' })
    .default('IDN')
    .describe('the country whose ECI rank is reported (default IDN)'),
  lang: langParam,
});
export type ProductComplexityQuery = z.infer<typeof productComplexityQueryShape>;

export const productComplexityOutShape = z.object({
  available: z.boolean().describe('a world table (world_trade.csv) is loaded'),
  year: z.number().int().nullable(),
  years: z.array(z.number().int()).describe('the years of the world table'),
  sources: z.array(z.string()).describe('the sources its rows of the year name (with lang=id, their source_id where they give one)'),
  table: z.object({ countries: z.number().int(), products: z.number().int(), valueUsd: z.number() }),
  defined: z.boolean().describe('ECI and PCI of the year are defined (one connected block, clear eigen-gaps)'),
  country: z
    .object({ id: z.string(), name: z.string(), eci: z.number().nullable(), rank: z.number().int().nullable().describe('1 = most complex'), of: z.number().int() })
    .nullable()
    .describe('the asked country; null when it exports nothing in the table'),
  components: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        pci: z.number().nullable().describe('Σ over its HS products of weight × PCI, weights ∝ share × the product’s world exports; null when none is in the table'),
        percentile: z.number().nullable().describe('share of the table’s HS products with a lower PCI (0..1)'),
        hs: z.array(z.object({ hs: z.string(), share: z.number(), pci: z.number().nullable(), weight: z.number().describe('its part of the component’s PCI (0..1)') })),
      }),
    )
    .describe('the components of the concordance, most complex first'),
  summary: z.array(z.string()),
  warnings: z.array(warningShape),
  complexityWarnings: z.array(complexityWarningShape).describe('what the complexity computation says about the table (as POST /api/complexity)'),
  lang: LangSchema,
});
export type ProductComplexityOut = z.infer<typeof productComplexityOutShape>;
