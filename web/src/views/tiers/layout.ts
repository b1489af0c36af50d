// Places the tier view: ordered columns IKM → tier 2 → tier 1 → OEM → other buyers, with the
// origin countries of imports as a column at the side. IKM are ordered by cluster so each
// cluster's members sit together, two or more under a heading that names the cluster and one alone
// with the cluster after its name (a generated national dataset's firms are "IKM 239", which says
// nothing of where they are; a heading over each lone firm of a component's 60 clusters doubled
// the column); within a column firms in focus come before the firms around them. Supply links of
// the same component are bundled: each passes through the same waypoints (the component's lane)
// in the gaps between columns. Rows are at least one label line apart and
// the margins hold the IKM and country names, so no label overlaps another or leaves the picture.
// In an overview (graph/overview.ts) the IKM column lists the clusters, largest first, and a
// crowded tier's column its province nodes, largest first, spread over the first screen when the
// picture is taller than one.
import type { GraphOut } from '../../../../server/store/shapes.ts';
import { nodeName } from '../../app/countries.ts';
// Natural order ("OEM 2" before "OEM 10"), as the pickers list names: a generated national dataset numbers its firms.
import { byName } from '../../app/picker/index.ts';
import { shareWidth } from './columns.ts';

/**
 * The picture's width: laid out 1,200 px wide where its pane has the room (and always for a
 * document), narrower to fit a narrower pane down to TIERS_MIN_WIDTH, below which it scrolls
 * sideways. Drawn at the pane's own width, its 11 px labels stay 11 px: shrunk instead (as before),
 * a picture laid out at 1,200 px in the 776 px left beside an open detail panel would have had
 * 7 px labels, so it stopped at 960 px and cut off the last two columns. The least width is what a
 * 1,024 px screen leaves with the detail panel open (640 px) less the scroll bar of a picture
 * taller than its pane (15 px): at 640 that picture scrolled 15 px sideways.
 */
export const TIERS_WIDTH = 1200;
export const TIERS_MIN_WIDTH = 600;
/** The width to lay the picture out at for a pane `pane` px wide. */
export const tiersWidthFor = (pane: number): number => Math.round(Math.min(TIERS_WIDTH, Math.max(TIERS_MIN_WIDTH, pane)));
/** Smallest row step: one 11 px label line and a little air. */
const MIN_STEP = 16;
/** The height of a first screen of the picture, and the widest row step of a short column spread over it. */
const SCREEN = 900;
const SPREAD_STEP = 64;

export const COLUMNS = ['IKM', 'TIER2', 'TIER1', 'OEM', 'BUYER', 'Country'] as const;
export type Column = (typeof COLUMNS)[number];

export interface PlacedNode {
  id: string;
  name: string;
  label: string;
  tier?: string | undefined;
  cluster?: string | undefined;
  role: 'focus' | 'context';
  /** Overviews: the firms a cluster or province node stands for. */
  members?: number | undefined;
  /** An IKM alone of its cluster in its run (no heading over it): the cluster to name after its own (undefined name: in no cluster). */
  alone?: { name: string | undefined } | undefined;
  province?: string | undefined;
  column: Column;
  x: number;
  y: number;
}

/** A heading over a run of IKM of one cluster (or of none) in the IKM column. */
export interface PlacedGroup {
  /** The cluster's id; undefined for IKM in no cluster. */
  cluster: string | undefined;
  /** The cluster's name; undefined for IKM in no cluster (the view names that in the reader's language). */
  name: string | undefined;
  role: 'focus' | 'context';
  /** Its firms' ids, in the order drawn. */
  members: string[];
  x: number;
  y: number;
}

export interface TierLayout {
  nodes: PlacedNode[];
  /** Headings of the IKM column's clusters, each a row above its firms. */
  groups: PlacedGroup[];
  byId: Map<string, PlacedNode>;
  columnX: Record<Column, number>;
  /** The margins that hold the IKM names (left) and the country names (right), as columns.ts shared the width. */
  left: number;
  right: number;
  width: number;
  height: number;
  top: number;
  /** y of each component's lane (bundling waypoint). */
  lane: Map<string, number>;
}

/**
 * Places the rows and columns of `graph` in a picture `width` px wide, the columns sharing the width
 * by the widths of their labels and titles as drawn (`measure`, index.ts; columns.ts).
 */
/** Widths of a node's label and of a column's title as the picture draws them (px). */
export interface TierMeasure {
  name: (n: PlacedNode) => number;
  title: (c: Column) => number;
  /** A cluster heading's width (index.ts draws it bold); none given, 0. */
  heading?: (g: PlacedGroup) => number;
}

/** Firms of a cluster, as opposed to an overview's cluster and province nodes (which name themselves). */
export const isFirm = (n: PlacedNode): boolean => n.label !== 'Cluster' && n.label !== 'Group';

/**
 * The IKM column's headings: one over each run of two or more firms of one cluster (the column is
 * sorted by focus, then cluster), a context run apart from a focus run of the same cluster.
 */
function groupsOf(list: PlacedNode[], clusterNames: Map<string, string>): Array<{ group: PlacedGroup; first: PlacedNode }> {
  const runs: Array<{ group: PlacedGroup; first: PlacedNode }> = [];
  let last: PlacedGroup | undefined;
  for (const n of list) {
    if (!isFirm(n)) {
      last = undefined;
      continue;
    }
    if (!last || last.cluster !== n.cluster || last.role !== n.role) {
      last = { cluster: n.cluster, name: n.cluster ? (clusterNames.get(n.cluster) ?? n.cluster) : undefined, role: n.role, members: [], x: 0, y: 0 };
      runs.push({ group: last, first: n });
    }
    last.members.push(n.id);
  }
  // A run of one firm gets no heading: its label names the cluster.
  for (const { group, first } of runs) if (group.members.length === 1) first.alone = { name: group.name };
  return runs.filter(({ group }) => group.members.length > 1);
}

export function placeTiers(graph: GraphOut, clusterNames: Map<string, string>, width = TIERS_WIDTH, measure: TierMeasure = { name: () => 0, title: () => 0 }): TierLayout {
  const columns = new Map<Column, PlacedNode[]>(COLUMNS.map((c) => [c, []]));
  for (const n of graph.nodes) {
    // A cluster (drawn only by an overview) stands for IKM: it goes in their column.
    const column: Column = n.label === 'Country' ? 'Country' : n.label === 'Cluster' ? 'IKM' : ((n.tier ?? 'BUYER') as Column);
    const province = typeof n.province === 'string' ? n.province : undefined;
    columns.get(column)?.push({ id: n.id, name: nodeName(n), label: n.label, tier: n.tier, cluster: n.cluster, role: n.role, members: n.members, province, column, x: 0, y: 0 });
  }
  const clusterKey = (n: PlacedNode) => (n.cluster ? (clusterNames.get(n.cluster) ?? n.cluster) : '');
  // IKM in no cluster after every cluster's (a '~' key meant to sort last came first in byName's order).
  const byCluster = (a: PlacedNode, b: PlacedNode) => Number(!a.cluster) - Number(!b.cluster) || byName(clusterKey(a), clusterKey(b));
  const members = (n: PlacedNode) => n.members ?? -1;
  for (const [col, list] of columns) {
    list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'focus' ? -1 : 1) || members(b) - members(a) || (col === 'IKM' ? byCluster(a, b) : 0) || byName(a.name, b.name));
  }
  const headed = groupsOf(columns.get('IKM')!, clusterNames);
  const headingBefore = new Map(headed.map(({ group, first }) => [first.id, group]));
  // A column's rows: its nodes, and in the IKM column a heading row before each cluster's run.
  const rowsOf = (col: Column, list: PlacedNode[]): number => list.length + (col === 'IKM' ? headed.length : 0);
  const top = 40;
  const longest = Math.max(1, ...[...columns].map(([c, l]) => rowsOf(c, l)));
  const step = Math.max(MIN_STEP, Math.min(24, SCREEN / longest));
  const height = top + longest * step + 20;
  const headingWidth = measure.heading ?? (() => 0);
  const longestName = (c: Column): number =>
    Math.max(
      columns.get(c)!.reduce((w, n) => Math.max(w, measure.name(n)), 0),
      c === 'IKM' ? headed.reduce((w, { group }) => Math.max(w, headingWidth(group)), 0) : 0,
    );
  // The gap after each column but the last holds that column's names, except after IKM (theirs are on the left).
  const shares = shareWidth(width, { left: longestName('IKM'), gaps: COLUMNS.slice(0, -1).map((c) => (c === 'IKM' ? 0 : longestName(c))), right: longestName('Country'), titles: COLUMNS.map(measure.title) });
  const columnX = {} as Record<Column, number>;
  COLUMNS.forEach((c, i) => (columnX[c] = i === 0 ? shares.left : columnX[COLUMNS[i - 1]!] + shares.gaps[i - 1]!));
  const [left, right] = [shares.left, shares.right];
  const nodes: PlacedNode[] = [];
  // Centre shorter columns vertically, unless the picture is taller than a screen (an overview's
  // 416 clusters): centred, the other columns would sit thousands of pixels down and the first
  // screen would show them empty, so they start at the top.
  const tall = longest * step > SCREEN;
  for (const [col, list] of columns) {
    const rows = rowsOf(col, list);
    const offset = tall ? top : top + ((longest - rows) * step) / 2;
    // In a tall picture a short column (an overview's eight province nodes of a tier) spreads over
    // the first screen instead of packing into its top 130 px, where the links of 416 clusters
    // converged on labels one line apart.
    const own = tall && rows * step < SCREEN ? Math.min(SPREAD_STEP, SCREEN / Math.max(1, rows)) : step;
    let row = 0;
    const nextRow = () => offset + row++ * own + own / 2;
    for (const n of list) {
      const heading = col === 'IKM' ? headingBefore.get(n.id) : undefined;
      if (heading) [heading.x, heading.y] = [columnX[col], nextRow()];
      n.x = columnX[col];
      n.y = nextRow();
      nodes.push(n);
    }
  }
  // A component's lane: the median height of its links' ends, so its bundle runs near its firms.
  const ends = new Map<string, number[]>();
  const at = new Map(nodes.map((n) => [n.id, n.y]));
  for (const l of graph.links) {
    if (l.type !== 'SUPPLIES') continue;
    const key = String(l.component ?? '');
    const list = ends.get(key) ?? [];
    for (const id of [l.source, l.target]) if (at.has(id)) list.push(at.get(id)!);
    ends.set(key, list);
  }
  const lane = new Map([...ends].map(([c, ys]) => [c, ys.sort((a, b) => a - b)[Math.floor(ys.length / 2)] ?? height / 2]));
  return { nodes, groups: headed.map(({ group }) => group), byId: new Map(nodes.map((n) => [n.id, n])), columnX, left, right, width, height, top, lane };
}
