// The substitution answers (GET /api/analysis/substitution, POST …/what-if, `rantai analyse
// substitution`) and requests, as zod schemas: the OpenAPI document is built from them and the
// types come from them via z.infer.
import { z } from 'zod';
import { LangSchema, langParam, warningShape } from '../../i18n/index.ts';
import { substitutionLabelsShape } from './labels.ts';
import { GapKindSchema, LeverSchema } from './requirements.ts';
import { DEFAULT_STRATEGY, StrategySchema } from './strategies.ts';
import { STATUS } from './evaluate.ts';
import { wholeFromOne } from '../../util/decimal-query.ts';

/** Which import values the import-value term uses (issue 15): the buyers' or national statistics. */
export const IMPORT_BASES = ['buyers', 'national'] as const;
export const ImportBasisSchema = z.enum(IMPORT_BASES, { error: `importBasis must be one of ${IMPORT_BASES.join(', ')}` });
export type ImportBasis = z.infer<typeof ImportBasisSchema>;
const importBasisParam = ImportBasisSchema.optional().describe(
  'buyers (default): the import-value term uses the buyers’ reported imports (imports.csv, each buyer’s latest year); national: the component’s national imports in the latest year of the trade table (trade.csv) through the HS → component concordance (hs_components.csv). Nothing else of the score changes.',
);

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 50;
export const MAX_INTERVENTIONS = 100;
/** At most this many status changes are listed (`changedTotal` counts them all). */
export const MAX_CHANGED = 1000;

const idParam = (field: string) =>
  z
    .string({ error: `${field} must be an id` })
    .min(1, { error: `${field} must not be empty` })
    .max(200, { error: `${field} must be at most 200 characters` });

const limitParam = (fallback: number) => wholeFromOne('limit', MAX_LIMIT, fallback);

export const substitutionQueryShape = z.strictObject({
  strategy: StrategySchema.default(DEFAULT_STRATEGY).describe('ready-now | balanced | strategic'),
  cluster: idParam('cluster').optional().describe('only this cluster'),
  // As /api/graph's province: the generic reasons, which have their Indonesian already.
  province: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('only the clusters located in this province (the cluster\'s own province, matched without regard to case or spacing; a province of the dataset with no cluster is an empty answer, one no firm or cluster is located in a 400); ranks and counts are among them'),
  component: idParam('component').optional().describe('only this component'),
  limit: limitParam(DEFAULT_LIMIT).describe(`at most this many opportunities, best first (1-${MAX_LIMIT})`),
  importBasis: importBasisParam,
  lang: langParam,
});
export type SubstitutionQuery = z.infer<typeof substitutionQueryShape>;

/** The query of POST …/what-if: only the language of its sentences (the request is the body). */
export const whatIfQueryShape = z.strictObject({ lang: langParam });

const positive = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .positive({ error: `${field} must be greater than 0` })
    .finite({ error: `${field} must be finite` });

export const interventionAddShape = z
  .strictObject({
    kind: GapKindSchema.optional().describe('accepted and ignored, so that a gap can be sent back as it is'),
    lever: LeverSchema.optional().describe('accepted and ignored, so that a gap can be sent back as it is'),
    process: idParam('process').optional().describe('a Process id the target can now do'),
    toleranceMm: positive('toleranceMm').optional().describe('the tolerance it holds in that process (needs process)'),
    material: idParam('material').optional().describe('a Material id the target now works'),
    certification: z
      .string({ error: 'certification must be text' })
      .min(1, { error: 'certification must not be empty' })
      .max(200)
      .optional()
      .describe('a certification the target now holds: one a component of the dataset requires or a firm holds (GET /api/catalog lists them; case and spacing are not significant)'),
    capacityTonnes: positive('capacityTonnes').optional().describe('tonnes a year of capacity added'),
  })
  .refine((a) => a.process !== undefined || a.toleranceMm !== undefined || a.material !== undefined || a.certification !== undefined || a.capacityTonnes !== undefined, {
    error: 'add must name at least one of process, material, certification, capacityTonnes',
  })
  .refine((a) => a.toleranceMm === undefined || a.process !== undefined, {
    error: 'toleranceMm needs process (the process whose tolerance improves)',
    path: ['toleranceMm'],
  })
  // The two refinements above, in JSON Schema words, so the OpenAPI document allows no `add` that
  // the server refuses (an empty one, or a tolerance without its process).
  .meta({
    anyOf: [{ required: ['process'] }, { required: ['material'] }, { required: ['certification'] }, { required: ['capacityTonnes'] }],
    dependentRequired: { toleranceMm: ['process'] },
  });

export const interventionShape = z.strictObject({
  target: idParam('target').describe('a Cluster id (pooled capability) or the id of a Firm in a cluster'),
  add: interventionAddShape,
});
export type Intervention = z.infer<typeof interventionShape>;

export const whatIfRequestShape = z.strictObject({
  interventions: z
    .array(interventionShape, { error: 'interventions must be a list of {target, add}' })
    .min(1, { error: 'interventions must hold at least one intervention' })
    .max(MAX_INTERVENTIONS, { error: `interventions may hold at most ${MAX_INTERVENTIONS}` }),
  strategy: StrategySchema.default(DEFAULT_STRATEGY),
  importBasis: importBasisParam,
  limit: z
    .number({ error: 'limit must be a whole number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: `limit must be between 1 and ${MAX_LIMIT}` })
    .max(MAX_LIMIT, { error: `limit must be between 1 and ${MAX_LIMIT}` })
    .default(20),
});
export type WhatIfRequest = z.infer<typeof whatIfRequestShape>;

const ref = z.object({ id: z.string(), name: z.string() });
const statusShape = z.enum(STATUS);

export const gapShape = z.object({
  kind: GapKindSchema,
  lever: LeverSchema,
  process: z.string().optional(),
  toleranceMm: z.number().optional(),
  material: z.string().optional(),
  certification: z.string().optional(),
  capacityTonnes: z.number().optional().describe('the shortfall in whole tonnes a year'),
});

export const requirementShape = z.object({
  kind: z.enum(['process', 'material', 'certification']),
  process: z.string().optional(),
  toleranceMm: z.number().optional(),
  material: z.string().optional(),
  certification: z.string().optional(),
  met: z.boolean(),
  metBy: z.array(z.string()).describe('members that meet it themselves (a pooled what-if capability has none)'),
});

export const candidateShape = z.object({
  id: z.string(),
  name: z.string(),
  meets: z.number().int().describe('requirements this member meets on its own'),
  capacityTonnes: z.number().nullable(),
});

const basisValueShape = z.number().describe('the import value the import-value term used: importValueUsd (buyers), or the national imports of basisYear (national)');

export const opportunityShape = z.object({
  rank: z.number().int(),
  component: ref,
  cluster: ref,
  status: statusShape.describe('ready: no gap; near: one gap; stretch: more'),
  score: z.number(),
  coverage: z.number().describe('met requirements / requirements'),
  requirements: z.array(requirementShape),
  gaps: z.array(gapShape),
  density: z.number(),
  capacityRatio: z.number().nullable().describe('members’ capacity / tonnes imported; null when the tonnage is unknown'),
  capacityTonnes: z.number(),
  importTonnes: z.number().nullable(),
  distanceKm: z.number().nullable().describe('import-value-weighted great-circle distance to the importing buyers'),
  importValueUsd: z.number().describe('the buyers’ latest-year imports of the component'),
  importBasis: ImportBasisSchema.describe('the import values the import-value term used'),
  basisValueUsd: basisValueShape,
  basisYear: z.number().int().nullable().describe('national: the trade table’s year; null for buyers'),
  origins: z.array(z.object({ country: z.string(), name: z.string(), share: z.number() })),
  candidates: z.array(candidateShape),
  explanation: z.string(),
});

const weightsShape = z.object({ coverage: z.number(), density: z.number(), capacity: z.number(), importValue: z.number(), distance: z.number(), complexity: z.number().describe('0 unless the strategy weighs product complexity and a world table gives it') });

/** What the answer's import-value term and complexity term rest on (issue 15). */
const basisFields = {
  importBasis: ImportBasisSchema,
  basisYear: z.number().int().nullable().describe('national: the year of the trade table the values are from'),
  complexityYear: z.number().int().nullable().describe('the year of the world table whose PCI the strategy weighed; null when it weighed none'),
  warnings: z.array(warningShape).describe('no national table for importBasis=national, components without a national figure or a PCI, a strategic ranking without complexity'),
};
const countsShape = z.object({ ready: z.number().int(), near: z.number().int(), stretch: z.number().int() });
const statusValueShape = z.object({ components: z.number().int(), valueUsd: z.number() });
const valueByStatusShape = z
  .object({ ready: statusValueShape, near: statusValueShape, stretch: statusValueShape })
  .describe('each imported component counted once, under the best status any cluster of the answer reaches for it, with the import value the ranking weighed (basisValueUsd): over every matching opportunity, not only those listed');

export const substitutionOutShape = z.object({
  strategy: StrategySchema,
  weights: weightsShape,
  total: z.number().int().describe('opportunities matching the filters'),
  counts: countsShape,
  valueByStatus: valueByStatusShape,
  opportunities: z.array(opportunityShape),
  ...basisFields,
  lang: LangSchema.describe('the language of the explanations and labels'),
  labels: substitutionLabelsShape,
});

const stateShape = z.object({ status: statusShape, coverage: z.number(), score: z.number(), gaps: z.array(gapShape) });

export const whatIfOutShape = z.object({
  strategy: StrategySchema,
  weights: weightsShape,
  counts: z.object({ before: countsShape, after: countsShape }),
  readyImportValueUsd: z.object({
    before: z.number().describe('buyers’ reported import value of components with at least one ready cluster'),
    after: z.number(),
    gained: z.number().describe('buyers’ reported import value of the components that become ready somewhere'),
  }),
  readyBasisValueUsd: z
    .object({ before: z.number(), after: z.number(), gained: z.number() })
    .describe('the same sums of the value the score weighed (basisValueUsd): equal to readyImportValueUsd for buyers, national imports of basisYear for national'),
  becameReady: z.array(z.object({ component: ref, importValueUsd: z.number(), basisValueUsd: basisValueShape, clusters: z.array(z.string()) })),
  changedTotal: z.number().int().describe('opportunities whose status changed'),
  changed: z
    .array(z.object({ component: ref, cluster: ref, importValueUsd: z.number(), basisValueUsd: basisValueShape, before: stateShape, after: stateShape }))
    .describe(`the first ${MAX_CHANGED} of them: better status first, then by rank after`),
  ranking: z.array(opportunityShape),
  ...basisFields,
  lang: LangSchema.describe('the language of the explanations and labels'),
  labels: substitutionLabelsShape,
});

export type GapOut = z.infer<typeof gapShape>;
export type RequirementOut = z.infer<typeof requirementShape>;
export type CandidateOut = z.infer<typeof candidateShape>;
export type Opportunity = z.infer<typeof opportunityShape>;
export type SubstitutionOut = z.infer<typeof substitutionOutShape>;
export type WhatIfOut = z.infer<typeof whatIfOutShape>;
