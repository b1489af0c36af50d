// Builds an overview answer of /api/graph from a store's aggregated input (input.ts), under a
// grouping (rule.ts). What it draws:
// - every cluster, with `members` (the firms drawn as it) and `memberCapacityTonnes`; every
//   province node (label `Group`, id `group:<tier>:<province>`, at the mean coordinates of its
//   members); every firm not grouped; every country in the tier and map views;
// - one SUPPLIES link per pair of drawn nodes: `links` supply relationships between them,
//   `valueUsd` and `unitsPerYear` summed, `component` the one of largest value (ties: smallest id),
//   `components` how many distinct ones; a pair inside one node (IKM of a cluster supplying each
//   other) is a link from the node to itself, so the totals stay whole;
// - one IMPORTS link per drawn importer and origin: `flows` (importer, component, origin at the
//   latest year), `records` (IMPORTS of every year), `valueUsd` of the flows, the latest `year`;
// - MEMBER_OF of the firms drawn on their own (network, map); recommended links between the nodes
//   their supplier and buyer are drawn as (`supplier` and `buyer` name the firms).
// Everything is `focus` (an overview is never focused). `figures` count the whole dataset, as the
// firm-level answer of the same view does: firms, supply links and their value, import flows.
// Sums are rounded to cents (values), whole units and 4 decimals (coordinates) after adding, so
// both stores' answers are identical whatever order they added in.
import type { Tier } from '../../model/index.ts';
import { TIERS } from '../../model/index.ts';
import type { GraphLinkOut, GraphNodeOut, GraphOut, GraphQuery, GroupingOut } from '../shapes.ts';
import { linkOut, nodeOut, recommendedId, VIEW_REL_TYPES, type RecommendedLink, type ViewExtras } from '../views.ts';
import type { OverviewInput, OverviewSupply } from './input.ts';
import { groupId, groupParts, type Grouping } from './rule.ts';
import { DEFAULT_LANG, say, type Lang } from '../../i18n/index.ts';

/** Sums rounded after adding (cents, 4-decimal degrees) and id order: shared with focused.ts so both overviews round and order alike. */
export const cents = (x: number): number => Math.round(x * 100) / 100;
export const degrees = (x: number): number => Math.round(x * 1e4) / 1e4;
export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The labels an overview of each view draws (firm-level views: VIEW_LABELS). */
export const OVERVIEW_LABELS = {
  network: ['Firm', 'Cluster', 'Group'],
  tiers: ['Firm', 'Cluster', 'Group', 'Country'],
  map: ['Firm', 'Cluster', 'Group', 'Country'],
} as const;

/** One SUPPLIES link per pair of drawn nodes, from the per-component sums. */
export function supplyLinks(rows: readonly OverviewSupply[]): { links: GraphLinkOut[]; count: number; valueUsd: number } {
  const sorted = [...rows].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target) || compare(a.component, b.component));
  const links: GraphLinkOut[] = [];
  let count = 0;
  let total = 0;
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i]!;
    let j = i;
    let n = 0;
    let value = 0;
    let units = 0;
    let main = first;
    for (; j < sorted.length && sorted[j]!.source === first.source && sorted[j]!.target === first.target; j++) {
      const r = sorted[j]!;
      n += r.links;
      value += r.valueUsd;
      units += r.unitsPerYear;
      if (cents(r.valueUsd) > cents(main.valueUsd)) main = r;
    }
    links.push({ id: `SUPPLIES:${first.source}>${first.target}`, source: first.source, target: first.target, type: 'SUPPLIES', role: 'focus', component: main.component, components: j - i, links: n, valueUsd: cents(value), unitsPerYear: Math.round(units) });
    count += n;
    total += value;
    i = j;
  }
  return { links, count, valueUsd: cents(total) };
}

/** A province node's name in the reader's language, as the views write it: "Jawa Barat · Tier 2". */
export function groupName(tier: Tier, province: string, lang: Lang): string {
  return say(lang, 'overview.group', { province: province === '' ? say(lang, 'overview.noProvince') : province, tier: say(lang, `overview.tier.${tier}`) });
}

function recommendedOut(r: RecommendedLink, drawn: (id: string) => string): GraphLinkOut {
  return { id: recommendedId(r), source: drawn(r.supplier), target: drawn(r.buyer), type: 'RECOMMENDED', component: r.component, rank: r.rank, score: r.score, sentence: r.sentence, role: 'focus', supplier: r.supplier, buyer: r.buyer };
}

export function buildOverview(input: OverviewInput, query: GraphQuery, grouping: Grouping, extras: ViewExtras = {}): GraphOut {
  const view = query.view;
  const labels = new Set<string>(OVERVIEW_LABELS[view]);
  const types = new Set<string>(VIEW_REL_TYPES[view]);
  const nodes: GraphNodeOut[] = [];
  for (const c of input.clusters) {
    nodes.push({ ...nodeOut({ id: c.id, label: 'Cluster', props: c.props }, 'focus'), members: c.members, memberCapacityTonnes: cents(c.capacityTonnes) });
  }
  for (const g of input.groups) {
    const node: GraphNodeOut = { id: groupId(g.tier, g.province), label: 'Group', name: groupName(g.tier, g.province, extras.lang ?? DEFAULT_LANG), tier: g.tier, role: 'focus', members: g.members, memberCapacityTonnes: cents(g.capacityTonnes) };
    if (g.province !== '') node.province = g.province;
    if (g.placed > 0) Object.assign(node, { lat: degrees(g.latSum / g.placed), lon: degrees(g.lonSum / g.placed) });
    nodes.push(node);
  }
  for (const f of input.firms) nodes.push(nodeOut({ id: f.id, label: 'Firm', props: f.props }, 'focus', f.cluster ?? undefined));
  // The countries imports come from (a country only in the world trade table is no origin).
  const originIds = labels.has('Country') ? new Set(input.imports.map((r) => r.target)) : new Set<string>();
  const drawnCountries = input.countries.filter((c) => originIds.has(c.id));
  for (const c of drawnCountries) nodes.push(nodeOut(c, 'focus'));

  const supplies = supplyLinks(input.supplies);
  const links: GraphLinkOut[] = [...supplies.links];
  if (types.has('MEMBER_OF')) for (const r of input.memberOf) links.push(linkOut(r, 'focus'));
  let flows = 0;
  let records = 0;
  let importValue = 0;
  const origins = new Set<string>();
  if (types.has('IMPORTS')) {
    const rows = [...input.imports].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
    for (const r of rows) {
      links.push({ id: `IMPORTS:${r.source}>${r.target}`, source: r.source, target: r.target, type: 'IMPORTS', role: 'focus', flows: r.flows, records: r.records, valueUsd: cents(r.valueUsd), year: r.year });
      flows += r.flows;
      records += r.records;
      importValue += r.valueUsd;
      if (r.flows > 0) origins.add(r.target);
    }
  }

  // Recommended links (unfocused: every one passed), best first, at most `limit`; the pinned one too.
  const rec = extras.recommended;
  const recommended = rec ? rec.links.slice(0, rec.limit) : [];
  const recommendedTotal = rec ? rec.total : 0;
  const pinned = extras.pinned;
  const drawnRecs = pinned && !recommended.some((x) => recommendedId(x) === recommendedId(pinned)) ? [...recommended, pinned] : recommended;
  const drawn = (id: string): string => input.drawnAs.get(id) ?? id;
  for (const r of drawnRecs) links.push(recommendedOut(r, drawn));

  nodes.sort(byId);
  links.sort(byId);
  const stats = input.stats;
  const firms = TIERS.reduce((n, t) => n + stats[t].firms, 0);
  const groupedOf = (t: Tier): number => (grouping.tiers.includes(t) ? stats[t].firms : t === 'IKM' && grouping.clusters ? stats[t].inCluster : 0);
  const out: GroupingOut = {
    group: groupParts(grouping).join(','),
    auto: grouping.auto,
    firms,
    kept: input.firms.length,
    grouped: TIERS.reduce((n, t) => n + groupedOf(t), 0),
    clusters: input.clusters.filter((c) => c.members > 0).length,
    groups: input.groups.length,
    tiers: Object.fromEntries(TIERS.map((t) => [t, { firms: stats[t].firms, grouped: groupedOf(t) }])) as GroupingOut['tiers'],
  };
  const clusterCount = input.clusters.length;
  const shown = drawnRecs.length;
  return {
    view,
    focused: false,
    nodes,
    links,
    ...(rec || pinned ? { recommended: { shown, total: recommendedTotal, limit: rec?.limit ?? 0, pinned: pinned ? recommendedId(pinned) : null } } : {}),
    grouping: out,
    figures: {
      firms: { focus: firms, context: 0 },
      clusters: { focus: clusterCount, context: 0 },
      countries: { focus: drawnCountries.length, context: 0 },
      supplyLinks: { inside: supplies.count, outside: 0, insideValueUsd: supplies.valueUsd, outsideValueUsd: 0 },
      importFlows: { flows, focus: flows, context: 0, valueUsd: cents(importValue), countries: origins.size, records },
      recommended: { shown, total: Math.max(shown, recommendedTotal) },
    },
  };
}
