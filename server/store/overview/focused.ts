// A focused view too large to draw firm by firm, drawn as an overview of its own. At national
// scale tier=IKM keeps 95,700 firms: asked with `group` (the views ask group=auto), the answer is
// the focus grouped the way the unfocused overview groups (rule.ts), not a refusal. It starts from
// the firm-level answer buildView gives, so the focus rule and the key figures are exactly the
// focused view's, on either store:
// - every firm of the answer (focus and context) is drawn as its cluster, its tier's province node
//   or itself; the grouping is auto's rule applied to the answer's own firms (a tier with more than
//   OVERVIEW_TIER_FIRMS firms left after the clusters is drawn per province), or the asked list;
// - a drawn node is `focus` when a focus firm is drawn as it, else `context`; `members` counts the
//   answer's firms drawn as it, `memberCapacityTonnes` their capacity, a province node sits at
//   the mean coordinates of its placed members; clusters the answer reaches without members keep 0;
// - links are summed between drawn nodes as in build.ts: SUPPLIES per pair (`focus` when one of
//   the links behind it is), import flows (latest year per importer, component and origin) per
//   drawn importer and origin, MEMBER_OF of the firms drawn on their own, RECOMMENDED between the
//   nodes of their ends (`supplier` and `buyer` still name the firms);
// - `figures` are the firm-level answer's (the focus and its context counted firm by firm), with
//   the clusters counted as drawn; `grouping` counts the answer's firms, not the dataset's.
import { TIERS, type GraphNode, type Props, type Tier } from '../../model/index.ts';
import { drawnFlowCount, importFlowKey, latestImportFlows } from '../figures.ts';
import type { GraphLinkOut, GraphNodeOut, GraphOut, GraphQuery, GroupingOut, Role } from '../shapes.ts';
import { buildView, nodeOut, type ViewExtras, type ViewInput } from '../views.ts';
import { byId, cents, compare, degrees, groupName, supplyLinks } from './build.ts';
import { chooseGrouping, drawnAs, emptyStats, groupParts, groupPastOf, MAX_FOCUS_FIRMS, requestedGrouping, type Grouping } from './rule.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.ts';

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/**
 * The firm properties the focus rule and the grouping read: the firm filters' tier and province,
 * a drawn node's capacity and place. A store may hand buildView the firms of a focus larger than
 * MAX_FOCUS_FIRMS (drawn grouped) with only these, and then give the
 * firms the answer still draws one by one all of theirs (withFirmProps): at national scale 95,700
 * firms read lean and a few hundred in full, instead of every property of every firm.
 */
export const GROUPING_FIRM_PROPS = ['tier', 'province', 'capacityTonnes', 'lat', 'lon'] as const;

/**
 * `out` with each firm of `full` drawn with all its properties (`full`: a firm's properties by id,
 * for the firms handed over with GROUPING_FIRM_PROPS alone), as buildView draws a firm (nodeOut).
 */
export function withFirmProps(out: GraphOut, full: ReadonlyMap<string, Props>): GraphOut {
  const nodes = out.nodes.map((n) => {
    const props = n.label === 'Firm' ? full.get(n.id) : undefined;
    return props ? nodeOut({ id: n.id, label: 'Firm', props }, n.role, typeof n.cluster === 'string' ? n.cluster : undefined) : n;
  });
  return { ...out, nodes };
}

/**
 * The answer to a focused query: buildView's firm-level answer, or, when it holds more than
 * MAX_FOCUS_FIRMS firms (or the query's groupPast), or more flows than the query's groupFlowsPast,
 * and the query asks for `group`, that answer grouped (groupFocusedView).
 * Both stores call this with their ViewInput.
 */
export function focusedView(input: ViewInput, query: GraphQuery, extras: ViewExtras = {}): GraphOut {
  const out = buildView(input, query, extras);
  const asked = requestedGrouping(query.group);
  if (asked === null) return out;
  const past = groupPastOf(query);
  const clusters = () => input.nodes.filter((n) => n.label === 'Cluster');
  const lang = extras.lang ?? DEFAULT_LANG;
  if (out.figures.firms.focus + out.figures.firms.context > past) return groupFocusedView(out, clusters(), asked, lang, past);
  // Few enough firms, but more flows than the asking view draws one by one: grouped as well, in
  // this one answer (the Tiers view asked a second time for it, after a firm-level answer of
  // 5.8 MB at tier=TIER1, national scale).
  const flowsPast = query.groupFlowsPast;
  const flows = flowsPast === undefined ? 0 : drawnFlowCount(out.links);
  if (flowsPast === undefined || flows <= flowsPast) return out;
  const grouped = groupFocusedView(out, clusters(), asked, lang, past);
  return grouped.grouping ? { ...grouped, grouping: { ...grouped.grouping, flows: { count: flows, past: flowsPast } } } : grouped;
}

interface Drawn {
  node: GraphNodeOut;
  focus: boolean;
  members: number;
  capacity: number;
  latSum: number;
  lonSum: number;
  placed: number;
}

/**
 * `out` grouped: see the head of this file. `clusters`: every Cluster node (for those `out` does
 * not draw); `past`: the firms past which the focus is grouped (said in the answer's grouping).
 */
export function groupFocusedView(out: GraphOut, clusters: readonly GraphNode[], asked: Grouping | 'auto', lang: Lang = DEFAULT_LANG, past = MAX_FOCUS_FIRMS): GraphOut {
  const firms = out.nodes.filter((n) => n.label === 'Firm');
  const stats = emptyStats();
  for (const f of firms) {
    const s = stats[f.tier as Tier];
    if (!s) continue;
    s.firms++;
    if (f.cluster) s.inCluster++;
  }
  const grouping = asked === 'auto' ? chooseGrouping('auto', false, stats) : asked;
  if (!grouping) return out;

  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const drawn = new Map<string, Drawn>();
  const kept: GraphNodeOut[] = [];
  for (const n of out.nodes) {
    if (n.label === 'Cluster') drawn.set(n.id, { node: n, focus: n.role === 'focus', members: 0, capacity: 0, latSum: 0, lonSum: 0, placed: 0 });
    else if (n.label !== 'Firm') kept.push(n);
  }
  const as = new Map<string, string>();
  const groupedOf = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const f of firms) {
    const to = drawnAs(grouping, { id: f.id, tier: f.tier, province: f.province, cluster: f.cluster });
    as.set(f.id, to);
    if (to === f.id) {
      kept.push(f);
      continue;
    }
    if (f.tier) groupedOf[f.tier]++;
    let d = drawn.get(to);
    if (!d) {
      const cluster = clusterById.get(to);
      const node: GraphNodeOut = cluster
        ? nodeOut(cluster, 'context')
        : { id: to, label: 'Group', name: groupName(f.tier as Tier, typeof f.province === 'string' ? f.province : '', lang), tier: f.tier as Tier, role: 'context', ...(typeof f.province === 'string' && f.province !== '' ? { province: f.province } : {}) };
      drawn.set(to, (d = { node, focus: false, members: 0, capacity: 0, latSum: 0, lonSum: 0, placed: 0 }));
    }
    d.members++;
    d.capacity += num(f.capacityTonnes);
    d.focus ||= f.role === 'focus';
    if (d.node.label === 'Group' && typeof f.lat === 'number' && typeof f.lon === 'number') {
      d.latSum += f.lat;
      d.lonSum += f.lon;
      d.placed++;
    }
  }
  const nodes: GraphNodeOut[] = [...kept];
  for (const d of drawn.values()) {
    const node: GraphNodeOut = { ...d.node, role: d.focus ? 'focus' : 'context', members: d.members, memberCapacityTonnes: cents(d.capacity) };
    if (d.node.label === 'Group' && d.placed > 0) Object.assign(node, { lat: degrees(d.latSum / d.placed), lon: degrees(d.lonSum / d.placed) });
    nodes.push(node);
  }
  const at = (id: string): string => as.get(id) ?? id;
  const links = [...supplies(out.links, at), ...imports(out.links, at)];
  for (const l of out.links) {
    if (l.type === 'MEMBER_OF' && at(l.source) === l.source) links.push(l);
    else if (l.type === 'RECOMMENDED') links.push({ ...l, source: at(l.source), target: at(l.target), supplier: l.source, buyer: l.target });
  }
  nodes.sort(byId);
  links.sort(byId);

  const inAnswer = firms.length;
  const grouped = TIERS.reduce((n, t) => n + groupedOf[t], 0);
  const summary: GroupingOut = {
    group: groupParts(grouping).join(','),
    auto: grouping.auto,
    firms: inAnswer,
    past,
    kept: inAnswer - grouped,
    grouped,
    clusters: [...drawn.values()].filter((d) => d.node.label === 'Cluster' && d.members > 0).length,
    groups: [...drawn.values()].filter((d) => d.node.label === 'Group').length,
    tiers: Object.fromEntries(TIERS.map((t) => [t, { firms: stats[t].firms, grouped: groupedOf[t] }])) as GroupingOut['tiers'],
  };
  const clusterRoles = nodes.filter((n) => n.label === 'Cluster');
  const figures = { ...out.figures, clusters: { focus: clusterRoles.filter((n) => n.role === 'focus').length, context: clusterRoles.filter((n) => n.role !== 'focus').length } };
  return { ...out, nodes, links, grouping: summary, figures };
}

/** SUPPLIES summed per pair of drawn nodes (build.ts's rule), `focus` when a link behind it is. */
function supplies(links: readonly GraphLinkOut[], at: (id: string) => string): GraphLinkOut[] {
  const rows = new Map<string, { source: string; target: string; component: string; links: number; valueUsd: number; unitsPerYear: number }>();
  const focusPairs = new Set<string>();
  for (const l of links) {
    if (l.type !== 'SUPPLIES') continue;
    const source = at(l.source);
    const target = at(l.target);
    const component = String(l.component ?? '');
    const key = `${source}\u0000${target}\u0000${component}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { source, target, component, links: 0, valueUsd: 0, unitsPerYear: 0 }));
    row.links++;
    row.valueUsd += num(l.valueUsd);
    row.unitsPerYear += num(l.unitsPerYear);
    if (l.role === 'focus') focusPairs.add(`${source}\u0000${target}`);
  }
  return supplyLinks([...rows.values()]).links.map((l) => ({ ...l, role: (focusPairs.has(`${l.source}\u0000${l.target}`) ? 'focus' : 'context') as Role }));
}

/** Import flows (latest year of each importer, component and origin) summed per drawn importer and origin. */
function imports(links: readonly GraphLinkOut[], at: (id: string) => string): GraphLinkOut[] {
  const records = new Map<string, number>();
  for (const l of links) if (l.type === 'IMPORTS') records.set(importFlowKey(l), (records.get(importFlowKey(l)) ?? 0) + 1);
  const rows = new Map<string, { source: string; target: string; flows: number; records: number; valueUsd: number; year: number; focus: boolean }>();
  for (const f of latestImportFlows(links)) {
    const source = at(f.source);
    const key = `${source}\u0000${f.target}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { source, target: f.target, flows: 0, records: 0, valueUsd: 0, year: 0, focus: false }));
    row.flows++;
    row.records += records.get(importFlowKey(f)) ?? 0;
    row.valueUsd += num(f.valueUsd);
    row.year = Math.max(row.year, num(f.year));
    row.focus ||= f.role === 'focus';
  }
  return [...rows.values()]
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target))
    .map((r) => ({ id: `IMPORTS:${r.source}>${r.target}`, source: r.source, target: r.target, type: 'IMPORTS', role: r.focus ? 'focus' : 'context', flows: r.flows, records: r.records, valueUsd: cents(r.valueUsd), year: r.year }));
}
