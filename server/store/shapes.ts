// The JSON shapes the stores hand to the API, as zod schemas: the API's OpenAPI document and the
// TypeScript types both come from here, and the contract tests parse store answers with them.
import { z } from 'zod';
import { NODE_LABELS, REL_TYPES } from '../model/index.ts';
import { TIERS } from '../model/index.ts';
import { wholeFromOne } from '../util/decimal-query.ts';
import { GROUP_PARTS, GROUP_PATTERN, MAX_FOCUS_FIRMS, MAX_GROUP_FLOWS_PAST, OVERVIEW_FIRMS, OVERVIEW_TIER_FIRMS, TIERS_VIEW_FLOWS, TIERS_VIEW_ROWS } from './overview/rule.ts';

const propValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const countsShape = z.object({
  nodes: z.record(z.string(), z.number().int()),
  relationships: z.record(z.string(), z.number().int()),
});
export type Counts = z.infer<typeof countsShape>;

export const GRAPH_VIEWS = ['network', 'tiers', 'map'] as const;
export type GraphView = (typeof GRAPH_VIEWS)[number];

/** Where a node or link stands in a focused view (see server/store/views.ts for the rule). */
export const ROLES = ['focus', 'context'] as const;
export const roleShape = z
  .enum(ROLES)
  .describe(
    'focus: a firm matching every filter, a cluster or country reached from one, a link between two of them; context: one hop away (a supply partner, the other end of a recommended link, an origin of imports of a component in focus) or a link leaving the focus. Without filters everything is focus.',
  );
export type Role = z.infer<typeof roleShape>;

/** Node labels of /api/graph: the stored ones, and `Group` for a tier's firms in a province in an overview. */
export const GRAPH_NODE_LABELS = [...NODE_LABELS, 'Group'] as const;

export const graphNodeShape = z
  .object({
    id: z.string(),
    label: z.enum(GRAPH_NODE_LABELS).describe('Group (overviews only): the firms of one tier in one province, drawn as one node (id group:<tier>:<province>)'),
    name: z.string().describe('as the dataset names it; a Group is named "<province> · <tier>" in the answer\'s language ("Jawa Barat · Tier 2")'),
    tier: z.enum(TIERS).optional(),
    /** A firm's cluster id (from MEMBER_OF), so views can group firms. */
    cluster: z.string().optional(),
    role: roleShape,
    members: z.number().int().min(0).optional().describe('Overviews: the firms drawn as this cluster or province node'),
    memberCapacityTonnes: z.number().optional().describe('Overviews: the summed capacity (tonnes) of those firms'),
  })
  .catchall(propValue);
export type GraphNodeOut = z.infer<typeof graphNodeShape>;

/** A recommended missing link is not a stored relationship: the missing-links analysis proposes it. */
export const LINK_TYPES = [...REL_TYPES, 'RECOMMENDED'] as const;

export const graphLinkShape = z
  .object({
    id: z.string().describe('the relationship key; for RECOMMENDED links `supplier|buyer|component`'),
    source: z.string(),
    target: z.string(),
    type: z.enum(LINK_TYPES),
    component: z.string().optional(),
    role: roleShape,
    rank: z.number().int().optional().describe('RECOMMENDED: rank in the missing-links answer it comes from'),
    score: z.number().optional().describe('RECOMMENDED: the missing-links score'),
    sentence: z.string().optional().describe('RECOMMENDED: the evidence sentence'),
    links: z.number().int().min(0).optional().describe('Overviews, SUPPLIES: how many supply relationships join the two nodes (their value and units are summed; `component` is the one of largest value)'),
    components: z.number().int().min(0).optional().describe('Overviews, SUPPLIES: how many distinct components they carry'),
    flows: z.number().int().min(0).optional().describe('Overviews, IMPORTS: import flows (importer, component, origin at its latest year) behind the link; `valueUsd` is theirs'),
    records: z.number().int().min(0).optional().describe('Overviews, IMPORTS: IMPORTS relationships of every year behind the link'),
    supplier: z.string().optional().describe('Overviews, RECOMMENDED: the supplying firm (source is the node it is drawn as)'),
    buyer: z.string().optional().describe('Overviews, RECOMMENDED: the buying firm (target is the node it is drawn as)'),
  })
  .catchall(propValue);
export type GraphLinkOut = z.infer<typeof graphLinkShape>;

const count = z.number().int().min(0);

/**
 * The key figures of a view, computed in one place (server/store/figures.ts) from the nodes and
 * links of the answer itself, so a view that shows them and a researcher who counts the links agree.
 */
export const keyFiguresShape = z.object({
  firms: z.object({ focus: count, context: count }).describe('Firm nodes: matching the filters (focus) and one hop away (context)'),
  clusters: z.object({ focus: count, context: count }).describe('Cluster nodes shown'),
  countries: z.object({ focus: count, context: count }).describe('Country nodes shown (origins of import flows)'),
  supplyLinks: z
    .object({ inside: count, outside: count, insideValueUsd: z.number(), outsideValueUsd: z.number() })
    .describe('SUPPLIES links: inside = both ends in focus, outside = one end in focus, the other outside (context); values in USD a year'),
  importFlows: z
    .object({ flows: count, focus: count, context: count, valueUsd: z.number(), countries: count, records: count })
    .describe(
      'An import flow is one (importer, component, origin country) at its latest year: flows = how many, focus/context by the importer, valueUsd = their value; records = IMPORTS relationships of every year behind them; countries = distinct origins',
    ),
  recommended: z
    .object({ shown: count, total: count })
    .describe('RECOMMENDED links drawn, and how many recommendations touch the focus in all (the view draws the best ones)'),
});
export type KeyFigures = z.infer<typeof keyFiguresShape>;

/** What an overview grouped (server/store/overview/rule.ts); absent from a firm-level answer. */
export const groupingShape = z
  .object({
    group: z.string().describe('what was grouped, as `group` lists it: cluster (IKM members of a cluster drawn as the cluster) and the tiers drawn as one node per province'),
    auto: z.boolean().describe('whether group=auto chose it'),
    firms: count.describe('firms in the dataset; a grouped focus: firms in the answer (focus and context)'),
    past: count.optional().describe('a grouped focus: the firms past which it is grouped (groupPast, or the default)'),
    flows: z
      .object({ count, past: count })
      .optional()
      .describe('a focus grouped for its flows (groupFlowsPast): the flows its firm-level answer held, and the limit it passed'),
    kept: count.describe('firms drawn one by one'),
    grouped: count.describe('firms drawn as a cluster or a province node'),
    clusters: count.describe('clusters standing for at least one firm'),
    groups: count.describe('province nodes (label Group)'),
    tiers: z.record(z.enum(TIERS), z.object({ firms: count, grouped: count })).describe('per tier: firms in the dataset, and how many are drawn as a cluster or province node'),
  })
  .describe('An overview: the unfocused view (or a focus of more firms than a view draws one by one) with IKM firms drawn as their clusters (and crowded tiers as one node per province); figures still count firm by firm (the whole dataset, or the focus and its context)');
export type GroupingOut = z.infer<typeof groupingShape>;

export const graphShape = z.object({
  view: z.enum(GRAPH_VIEWS),
  /** Whether any filter was given: false means every node and link is focus. */
  focused: z.boolean(),
  nodes: z.array(graphNodeShape),
  links: z.array(graphLinkShape),
  recommended: z
    .object({ shown: count, total: count, limit: count, pinned: z.string().nullable() })
    .optional()
    .describe('With links=recommended or pin: how many recommended links are drawn, how many touch the focus, the limit, and the pinned link'),
  grouping: groupingShape.optional(),
  figures: keyFiguresShape,
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
  sourceIds: z
    .record(z.string(), z.string())
    .describe('For each source that relationships cite without a sourceId of their own: the sourceId the dataset gives the same source on this entity or on the other end of one of them (its text in Bahasa Indonesia)'),
});
export type EntityOut = z.infer<typeof entityShape>;

/** Filters of `GET /api/graph`; empty means no filter. */
export const graphQueryShape = z.strictObject({
  view: z
    .enum(GRAPH_VIEWS, { error: 'view must be "network", "tiers" or "map"' })
    .default('network')
    .describe('network: firms and clusters with SUPPLIES and MEMBER_OF; tiers: firms and countries with SUPPLIES and IMPORTS; map: all three kinds of node and link'),
  tier: z.enum(TIERS, { error: `tier must be one of ${TIERS.join(', ')}` }).optional(),
  cluster: z.string().min(1).max(200).optional(),
  component: z.string().min(1).max(200).optional(),
  province: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('only the firms located in this province (the firm\'s own province), matched without regard to case or spacing; a province no firm or cluster of the dataset is located in is a 400 listing those it has'),
  links: z
    .enum(['recommended'], { error: 'links must be "recommended"' })
    .optional()
    .describe('recommended: also the best recommended missing links touching the focus (type RECOMMENDED), from the missing-links analysis with the same cluster and component filters'),
  pin: z
    .string()
    .max(620)
    .regex(/^[^|]+\|[^|]+\|[^|]+$/, { error: 'pin must be "supplier|buyer|component" (three ids separated by |)' })
    .optional()
    .describe('supplier|buyer|component: a recommended link drawn whatever the focus (its ends become context if they are outside it)'),
  group: z
    .string()
    .max(100)
    .regex(GROUP_PATTERN, { error: `group must be "firm", "auto" or a comma-separated list of ${GROUP_PARTS.join(', ')}` })
    .optional()
    .describe(
      `firm (the default): every firm is a node. A list (e.g. cluster,TIER2): an overview of the unfocused view — cluster draws each IKM firm of a cluster as its cluster (with \`members\`), each tier listed draws its other firms as one node per province (label Group); supply links are summed per pair of nodes, import flows per importer node and origin. auto: firm level up to ${OVERVIEW_FIRMS} firms, otherwise cluster plus every tier with more than ${OVERVIEW_TIER_FIRMS} firms left (what the web views ask for). With a filter the view is the focus, drawn firm by firm whatever group says (the answer then has no \`grouping\`), unless its answer holds more than ${MAX_FOCUS_FIRMS} firms: with a group other than firm it is then grouped (auto: the rule above applied to its own firms); without one, filters keeping more than ${MAX_FOCUS_FIRMS} firms are refused (413).`,
    ),
  groupPast: wholeFromOne('groupPast', MAX_FOCUS_FIRMS)
    .optional()
    .describe(
      `with group: a focus whose answer holds more than this many firms is drawn grouped (by default ${MAX_FOCUS_FIRMS}); a view that draws fewer rows asks for its own limit (the Tiers view: ${TIERS_VIEW_ROWS})`,
    ),
  groupFlowsPast: wholeFromOne('groupFlowsPast', MAX_GROUP_FLOWS_PAST)
    .optional()
    .describe(
      `with group: a focus whose firm-level answer would hold more flows than this (supply and recommended links, and import flows of each importer, component and origin's latest year) is drawn grouped too, and its grouping says so (flows); by default no such limit. The Tiers view asks ${TIERS_VIEW_FLOWS}, the flows it draws one by one`,
    ),
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
  synthetic: z.boolean().describe('every firm comes from `rantai generate`: its figures, names and places are made up for testing at scale, not statistics'),
});
export type DatasetInfo = z.infer<typeof datasetInfoShape>;

/** Provenance from what a caller gave: a name alone, or name and source. */
export const provenanceOf = (about: DatasetProvenance | string | undefined): DatasetProvenance =>
  about === undefined ? { name: 'dataset', source: 'unknown' } : typeof about === 'string' ? { name: about, source: about } : about;
