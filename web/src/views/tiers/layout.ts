// Places the tier view: ordered columns IKM → tier 2 → tier 1 → OEM → other buyers, with the
// origin countries of imports as a column at the side. IKM are ordered by cluster so each
// cluster's members sit together; within a column firms in focus come before the firms around
// them. Supply links of the same component are bundled: each passes through the same waypoints
// (the component's lane) in the gaps between columns. Rows are at least one label line apart and
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
  province?: string | undefined;
  column: Column;
  x: number;
  y: number;
}

export interface TierLayout {
  nodes: PlacedNode[];
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
}

export function placeTiers(graph: GraphOut, clusterNames: Map<string, string>, width = TIERS_WIDTH, measure: TierMeasure = { name: () => 0, title: () => 0 }): TierLayout {
  const columns = new Map<Column, PlacedNode[]>(COLUMNS.map((c) => [c, []]));
  for (const n of graph.nodes) {
    // A cluster (drawn only by an overview) stands for IKM: it goes in their column.
    const column: Column = n.label === 'Country' ? 'Country' : n.label === 'Cluster' ? 'IKM' : ((n.tier ?? 'BUYER') as Column);
    const province = typeof n.province === 'string' ? n.province : undefined;
    columns.get(column)?.push({ id: n.id, name: nodeName(n), label: n.label, tier: n.tier, cluster: n.cluster, role: n.role, members: n.members, province, column, x: 0, y: 0 });
  }
  const clusterKey = (n: PlacedNode) => (n.cluster ? (clusterNames.get(n.cluster) ?? n.cluster) : '~');
  const members = (n: PlacedNode) => n.members ?? -1;
  for (const [col, list] of columns) {
    list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'focus' ? -1 : 1) || members(b) - members(a) || (col === 'IKM' ? byName(clusterKey(a), clusterKey(b)) : 0) || byName(a.name, b.name));
  }
  const top = 40;
  const longest = Math.max(1, ...[...columns.values()].map((l) => l.length));
  const step = Math.max(MIN_STEP, Math.min(24, SCREEN / longest));
  const height = top + longest * step + 20;
  const longestName = (c: Column): number => columns.get(c)!.reduce((w, n) => Math.max(w, measure.name(n)), 0);
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
    const offset = tall ? top : top + ((longest - list.length) * step) / 2;
    // In a tall picture a short column (an overview's eight province nodes of a tier) spreads over
    // the first screen instead of packing into its top 130 px, where the links of 416 clusters
    // converged on labels one line apart.
    const own = tall && list.length * step < SCREEN ? Math.min(SPREAD_STEP, SCREEN / Math.max(1, list.length)) : step;
    list.forEach((n, i) => {
      n.x = columnX[col];
      n.y = offset + i * own + own / 2;
      nodes.push(n);
    });
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
  return { nodes, byId: new Map(nodes.map((n) => [n.id, n])), columnX, left, right, width, height, top, lane };
}
