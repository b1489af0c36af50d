// The JSON shapes the stores hand to the API, as zod schemas: the API's OpenAPI document and the
// TypeScript types both come from here, and the contract tests parse store answers with them.
import { z } from 'zod';
import { NODE_LABELS, REL_TYPES } from '../model/index.ts';
import { TIERS } from '../model/index.ts';

const propValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const countsShape = z.object({
  nodes: z.record(z.string(), z.number().int()),
  relationships: z.record(z.string(), z.number().int()),
});
export type Counts = z.infer<typeof countsShape>;

export const graphNodeShape = z
  .object({
    id: z.string(),
    label: z.enum(NODE_LABELS),
    name: z.string(),
    tier: z.enum(TIERS).optional(),
    /** A firm's cluster id (from MEMBER_OF), so views can group firms. */
    cluster: z.string().optional(),
  })
  .catchall(propValue);
export type GraphNodeOut = z.infer<typeof graphNodeShape>;

export const graphLinkShape = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: z.enum(REL_TYPES),
    component: z.string().optional(),
  })
  .catchall(propValue);
export type GraphLinkOut = z.infer<typeof graphLinkShape>;

export const graphShape = z.object({
  view: z.enum(['network', 'tiers']),
  nodes: z.array(graphNodeShape),
  links: z.array(graphLinkShape),
});
export type GraphOut = z.infer<typeof graphShape>;

export const entityShape = z.object({
  id: z.string(),
  label: z.enum(NODE_LABELS),
  properties: z.record(z.string(), propValue),
  relationships: z.array(
    z.object({
      type: z.enum(REL_TYPES),
      direction: z.enum(['out', 'in']),
      other: z.object({ id: z.string(), label: z.enum(NODE_LABELS), name: z.string() }),
      properties: z.record(z.string(), propValue),
    }),
  ),
});
export type EntityOut = z.infer<typeof entityShape>;

/** Filters of `GET /api/graph`; empty means no filter. */
export const graphQueryShape = z.strictObject({
  view: z.enum(['network', 'tiers'], { error: 'view must be "network" or "tiers"' }).default('network'),
  tier: z.enum(TIERS, { error: `tier must be one of ${TIERS.join(', ')}` }).optional(),
  cluster: z.string().min(1).max(200).optional(),
  component: z.string().min(1).max(200).optional(),
  province: z.string().min(1).max(200).optional(),
});
export type GraphQuery = z.infer<typeof graphQueryShape>;

/** What a dataset is called and where it came from, given when it is loaded. */
export const datasetProvenanceShape = z.object({
  name: z.string().describe('what the dataset is called: the folder, file or workbook name, or the name given on upload'),
  source: z.string().describe('where it came from: a folder, an uploaded file, a `rantai load`'),
});
export type DatasetProvenance = z.infer<typeof datasetProvenanceShape>;

/** The dataset a store holds now, as the store records it (RantaiMeta on Neo4j, the loaded snapshot in process). */
export const datasetInfoShape = datasetProvenanceShape.extend({
  loadedAt: z.string().nullable().describe('when it was loaded (ISO 8601); null when not recorded'),
  hash: z.string().nullable().describe('content hash, "sha256:…" over the graph in canonical form (independent of row order and file format); null when not recorded'),
  counts: countsShape.describe('nodes per label and relationships per type, as loaded'),
});
export type DatasetInfo = z.infer<typeof datasetInfoShape>;

/** Provenance from what a caller gave: a name alone, or name and source. */
export const provenanceOf = (about: DatasetProvenance | string | undefined): DatasetProvenance =>
  about === undefined ? { name: 'dataset', source: 'unknown' } : typeof about === 'string' ? { name: about, source: about } : about;
