// When and how /api/graph draws an overview instead of every firm (issue: national scale). One
// rule for both stores, so they group alike:
// - `group=firm` (or no `group`): every firm is a node, as always.
// - `group=cluster,TIER2,…` (a list): with `cluster`, each IKM firm that is a member of a cluster is
//   drawn as its cluster; each tier listed (OEM, TIER1, TIER2, IKM, BUYER) has its firms that are
//   not drawn as a cluster drawn as one node per province. Other firms stay nodes of their own.
// - `group=auto` (what the views ask for): firm level for a focused view (a filter already makes
//   the picture small) and for a dataset of at most OVERVIEW_FIRMS firms (the seed's 104 keep their
//   picture exactly); otherwise `cluster`, plus every tier that would still draw more than
//   OVERVIEW_TIER_FIRMS firms one by one (at national scale: tier 2 with 3,000 and tier 1 with
//   1,000 firms, so 416 clusters, 16 province nodes, 100 OEMs and 200 other buyers are drawn).
// With a filter (tier, cluster, province, component) the view is the focus, drawn firm by firm
// whatever `group` says, unless it holds more than MAX_FOCUS_FIRMS firms: asked with `group`, it is
// then grouped by the same rule applied to its own firms (focused.ts); asked without, refused (413).
// fields.ts, not the model's index: the web views import this rule, and the index brings the
// readers and writers (node:fs, Buffer) that break the browser bundle.
import { TIERS, type Tier } from '../../model/fields.ts';

/** Past this many firms an unfocused view is drawn as an overview under `group=auto`. */
export const OVERVIEW_FIRMS = 3000;
/** Under `group=auto`, a tier with more firms than this left after cluster grouping is grouped by province. */
export const OVERVIEW_TIER_FIRMS = 400;

/**
 * Most firms a focused view draws one by one. A focus whose firm filters (tier, province, cluster,
 * then a component narrowing them to the firms touching it) keep more is refused (413,
 * checkFocusSize in views.ts) before the view is read (GraphStore.focusFirms without a component,
 * then again by each store's graph()),
 * unless the query asks for `group` (the views ask group=auto): then an answer of more firms
 * than this is drawn as an overview of the focus (focused.ts). At national scale a tier filter
 * alone keeps up to 95,700 IKM: their view of single firms, with the recommended links
 * touching them, ran either store's server out of memory, and no browser draws it. The largest
 * province keeps 15,287 firms (answered in about 4 s on either store, drawn firm by firm).
 */
export const MAX_FOCUS_FIRMS = 20_000;

/**
 * Most rows the Tiers view draws (its curves become a wall past them, and a browser spends minutes
 * painting them): it asks `groupPast` this, so that a larger focus (a province of 16,610 firms at
 * national scale) comes grouped instead of being refused by the view.
 */
export const TIERS_VIEW_ROWS = 6000;

/**
 * Most flows the Tiers view draws firm by firm (supply, recommended and latest-year import flows:
 * figures.ts, drawnFlowCount): it asks `groupFlowsPast` this, so that a focus of fewer rows but
 * more flows (tier=TIER1 with its recommended links at national scale: 3,509 firms, 14,747 flows)
 * comes grouped in one answer.
 */
export const TIERS_VIEW_FLOWS = 6000;

/** Most flows a query may set as `groupFlowsPast`. */
export const MAX_GROUP_FLOWS_PAST = 1_000_000;

/** Firms past which a focused answer asked with `group` is drawn grouped: the query's `groupPast`, else MAX_FOCUS_FIRMS. */
export const groupPastOf = (query: { groupPast?: number | undefined }): number => query.groupPast ?? MAX_FOCUS_FIRMS;

export const GROUP_PARTS = ['cluster', ...TIERS] as const;
export type GroupPart = (typeof GROUP_PARTS)[number];

/** What `group` may be: firm, auto, or a comma-separated list of GROUP_PARTS. */
export const GROUP_PATTERN = new RegExp(`^(firm|auto|(${GROUP_PARTS.join('|')})(,(${GROUP_PARTS.join('|')}))*)$`);

export interface Grouping {
  /** IKM members of a cluster are drawn as the cluster. */
  clusters: boolean;
  /** Tiers whose firms (not drawn as a cluster) are drawn as one node per province, in TIERS order. */
  tiers: Tier[];
  /** Whether `group=auto` chose it. */
  auto: boolean;
}

/** Firms per tier, and how many of them are members of a cluster (what `auto` decides on). */
export type FirmStats = Record<Tier, { firms: number; inCluster: number }>;

export const emptyStats = (): FirmStats => Object.fromEntries(TIERS.map((t) => [t, { firms: 0, inCluster: 0 }])) as FirmStats;

/** The grouping a `group` value asks for: null (firm level), 'auto', or an explicit one. */
export function requestedGrouping(group: string | undefined): Grouping | 'auto' | null {
  if (group === undefined || group === 'firm') return null;
  if (group === 'auto') return 'auto';
  const parts = new Set(group.split(','));
  return { clusters: parts.has('cluster'), tiers: TIERS.filter((t) => parts.has(t)), auto: false };
}

export const needsStats = (group: string | undefined, focused: boolean): boolean => group === 'auto' && !focused;

/**
 * The grouping of a query, or null for the firm-level view (always so when focused). `stats` is
 * needed for `group=auto` on an unfocused view only (needsStats).
 */
export function chooseGrouping(group: string | undefined, focused: boolean, stats?: FirmStats): Grouping | null {
  const asked = requestedGrouping(group);
  if (asked === null || focused) return null;
  if (asked !== 'auto') return asked;
  if (!stats) return null;
  const firms = TIERS.reduce((n, t) => n + stats[t].firms, 0);
  if (firms <= OVERVIEW_FIRMS) return null;
  const tiers = TIERS.filter((t) => stats[t].firms - (t === 'IKM' ? stats[t].inCluster : 0) > OVERVIEW_TIER_FIRMS);
  return { clusters: true, tiers, auto: true };
}

/** The id of the node standing for a tier's firms in a province. */
export const groupId = (tier: string, province: string): string => `group:${tier}:${province}`;

/** What a firm is drawn as under a grouping: its cluster, its tier's province node, or itself. */
export function drawnAs(grouping: Grouping, firm: { id: string; tier: unknown; province: unknown; cluster: string | null | undefined }): string {
  if (grouping.clusters && firm.tier === 'IKM' && firm.cluster) return firm.cluster;
  if ((grouping.tiers as readonly unknown[]).includes(firm.tier)) return groupId(String(firm.tier), typeof firm.province === 'string' ? firm.province : '');
  return firm.id;
}

/** The parts of a grouping, as `group` lists them. */
export const groupParts = (g: Grouping): GroupPart[] => [...(g.clusters ? (['cluster'] as const) : []), ...g.tiers];
