// What the map draws, from a /api/graph?view=map answer: clusters at their coordinates (their
// member firms are drawn as the cluster, which sits within a few kilometres of them), other plants
// at theirs, supply and recommended links as arcs between those points, and import flows
// aggregated per origin country (one arc from the country to the importer on the map nearest the
// value-weighted centre of its importers: importers of one origin spread from Sumatra to Papua put
// that centre in the sea, where an arc ended at nothing drawn). Pure: projection in, points out.
// In an overview (server/store/overview) a cluster already stands for its IKM (`members`), and
// province nodes (label Group) are drawn at the mean coordinates of their firms; links arrive
// summed per pair of drawn nodes.
import type { GraphLinkOut, GraphNodeOut, GraphOut } from '../../../../server/store/shapes.ts';
import { latestImportFlows } from '../../../../server/store/figures.ts';
import { nodeName } from '../../app/countries.ts';

export type Point = [number, number];

export interface Place {
  id: string;
  name: string;
  label: string;
  tier?: string | undefined;
  role: 'focus' | 'context';
  at: Point;
  /** Member firms of the view drawn as this cluster (or, in an overview, as this province node). */
  members: number;
  /** Province nodes of an overview: their province. */
  province?: string | undefined;
}

export interface Arc {
  id: string;
  kind: 'supply' | 'missing';
  role: 'focus' | 'context';
  from: Point;
  to: Point;
  /** Bend of the arc (fraction of its length), varied for links between the same two points. */
  bend: number;
  link: GraphLinkOut;
}

export interface ImportArc {
  country: string;
  name: string;
  /** Where the arc starts: the country's point, or the map edge in its direction. */
  from: Point;
  /** The drawn point (a plant, or the cluster it is drawn as) of the importer nearest the importers' value-weighted centre. */
  to: Point;
  valueUsd: number;
  flows: number;
  importers: string[];
}

export interface MapPicture {
  places: Place[];
  arcs: Arc[];
  imports: ImportArc[];
  /** Firms drawn as their cluster, firms without coordinates, links not drawn for lack of them. */
  represented: number;
  unplaced: number;
  supplyTotal: number;
  missingTotal: number;
  importFlows: number;
  importFlowsMapped: number;
}

const hasCoords = (n: GraphNodeOut): boolean => typeof n.lat === 'number' && typeof n.lon === 'number';

export function mapPicture(
  graph: GraphOut,
  project: (lonLat: Point) => Point | null,
  countryPoint: (country: string) => Point | null,
  edge: (from: Point, towards: Point | null) => Point,
): MapPicture {
  const clusters = new Map<string, Place>();
  for (const n of graph.nodes) {
    if (n.label !== 'Cluster' || !hasCoords(n)) continue;
    const at = project([n.lon as number, n.lat as number]);
    if (at) clusters.set(n.id, { id: n.id, name: n.name, label: n.label, role: n.role, at, members: n.members ?? 0 });
  }
  const places: Place[] = [];
  const pointOf = new Map<string, Point>();
  let represented = 0;
  let unplaced = 0;
  for (const c of clusters.values()) represented += c.members;
  for (const n of graph.nodes) {
    if (n.label === 'Group') {
      const at = hasCoords(n) ? project([n.lon as number, n.lat as number]) : null;
      if (!at) {
        unplaced += n.members ?? 0;
        continue;
      }
      pointOf.set(n.id, at);
      places.push({ id: n.id, name: n.name, label: n.label, tier: n.tier, role: n.role, at, members: n.members ?? 0, province: typeof n.province === 'string' ? n.province : undefined });
      continue;
    }
    if (n.label !== 'Firm') continue;
    const cluster = n.cluster ? clusters.get(n.cluster) : undefined;
    if (cluster) {
      cluster.members++;
      represented++;
      pointOf.set(n.id, cluster.at);
      continue;
    }
    const at = hasCoords(n) ? project([n.lon as number, n.lat as number]) : null;
    if (!at) {
      unplaced++;
      continue;
    }
    pointOf.set(n.id, at);
    places.push({ id: n.id, name: n.name, label: n.label, tier: n.tier, role: n.role, at, members: 0 });
  }
  for (const c of clusters.values()) pointOf.set(c.id, c.at);

  const arcs: Arc[] = [];
  const perPair = new Map<string, number>();
  let supplyTotal = 0;
  let missingTotal = 0;
  for (const l of graph.links) {
    if (l.type !== 'SUPPLIES' && l.type !== 'RECOMMENDED') continue;
    const kind = l.type === 'SUPPLIES' ? 'supply' : 'missing';
    if (kind === 'supply') supplyTotal++;
    else missingTotal++;
    const from = pointOf.get(l.source);
    const to = pointOf.get(l.target);
    if (!from || !to) continue;
    // Links between the same two points (members of one cluster to one buyer) fan out.
    const pair = `${kind}|${from.join(',')}|${to.join(',')}`;
    const i = perPair.get(pair) ?? 0;
    perPair.set(pair, i + 1);
    const bend = (kind === 'supply' ? 1 : -1) * (0.16 + 0.025 * Math.min(i, 8));
    arcs.push({ id: l.id, kind, role: l.role, from, to, bend, link: l });
  }

  // An overview's IMPORTS link stands for the `flows` of a place and origin (server/store/overview);
  // a firm-level one is one flow.
  const flowsIn = (l: GraphLinkOut): number => (typeof l.flows === 'number' ? l.flows : 1);
  const flows = latestImportFlows(graph.links);
  const byCountry = new Map<string, { value: number; flows: number; x: number; y: number; w: number; importers: Map<string, Point> }>();
  let mapped = 0;
  let flowCount = 0;
  for (const f of flows) {
    flowCount += flowsIn(f);
    const at = pointOf.get(f.source);
    if (!at) continue;
    mapped += flowsIn(f);
    const value = typeof f.valueUsd === 'number' ? f.valueUsd : 0;
    const entry = byCountry.get(f.target) ?? { value: 0, flows: 0, x: 0, y: 0, w: 0, importers: new Map<string, Point>() };
    const weight = value > 0 ? value : 1;
    entry.value += value;
    entry.flows += flowsIn(f);
    entry.x += at[0] * weight;
    entry.y += at[1] * weight;
    entry.w += weight;
    entry.importers.set(f.source, at);
    byCountry.set(f.target, entry);
  }
  const names = new Map(graph.nodes.filter((n) => n.label === 'Country').map((n) => [n.id, nodeName(n)]));
  const imports: ImportArc[] = [...byCountry]
    .map(([country, e]) => {
      const importers = [...e.importers.keys()].sort();
      const to = nearest([e.x / e.w, e.y / e.w], importers.map((id) => e.importers.get(id)!));
      return { country, name: names.get(country) ?? country, from: edge(to, countryPoint(country)), to, valueUsd: e.value, flows: e.flows, importers };
    })
    .sort((a, b) => b.valueUsd - a.valueUsd || a.country.localeCompare(b.country));

  places.unshift(...clusters.values());
  return { places, arcs, imports, represented, unplaced, supplyTotal, missingTotal, importFlows: flowCount, importFlowsMapped: mapped };
}

/** The point of `points` (at least one) nearest `centre`; the first of equals. */
export function nearest(centre: Point, points: readonly Point[]): Point {
  let best = points[0]!;
  let bestD = Infinity;
  for (const p of points) {
    const d = (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best;
}

/** A quadratic arc from a to b, bent sideways by `bend` of its length. */
export function arcPath(a: Point, b: Point, bend: number): string {
  const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * bend;
  const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend;
  return `M${a[0]},${a[1]}Q${mx},${my} ${b[0]},${b[1]}`;
}

/** The point at parameter t (0..1) of arcPath(a, b, bend). */
export function arcPoint(a: Point, b: Point, bend: number, t: number): Point {
  const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * bend;
  const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend;
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * mx + t * t * b[0], u * u * a[1] + 2 * u * t * my + t * t * b[1]];
}
