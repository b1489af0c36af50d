// What the graph views share when /api/graph answers an overview (server/store/overview: IKM
// drawn as their clusters, crowded tiers as one node per province): the notice saying the picture
// is an overview and how to see firms, the key-figure line saying what it groups, node names with
// their member counts, node sizes by members, and the filter a grouped node focuses.
import './messages.ts';
import { MAX_FOCUS_FIRMS, OVERVIEW_FIRMS } from '../../../server/store/overview/rule.ts';
import type { GraphOut } from '../../../server/store/shapes.ts';
import { h } from '../app/dom.ts';
import { formatNumber, t } from '../app/i18n.ts';
import type { AppState } from '../app/state.ts';
import type { FigureLine } from './key-figures.ts';

/** What these helpers read of a node (an /api/graph node, or a view's placed copy of one). */
type Node = { id: string; label: string; name: string; tier?: string | undefined; members?: number | undefined; province?: unknown };

export const isOverview = (graph: GraphOut | null | undefined): boolean => graph?.grouping !== undefined;

/** Whether a node stands for several firms (a cluster or a province node of an overview). */
export const isGrouped = (n: { label: string; members?: number | undefined }): boolean => (n.label === 'Cluster' || n.label === 'Group') && typeof n.members === 'number';

/**
 * A node's name as the views write it: a grouped node with its member count ("Sentra X (231)").
 * A province node's name ("Jawa Barat · Tier 2") comes from /api/graph in the page's language.
 */
export function overviewName(n: Node, base: string = n.name): string {
  return isGrouped(n) ? `${base} (${formatNumber(n.members ?? 0)})` : base;
}

/** Radius of a grouped node: area by members, between `min` and `max` pixels. */
export function memberRadius(members: number, largest: number, min = 5, max = 18): number {
  return min + (max - min) * Math.sqrt(largest > 0 ? Math.min(1, members / largest) : 0);
}

/** The filter a grouped node opens: its cluster, or its tier in its province; null for a firm. */
export function focusOf(n: Node): Partial<AppState> | null {
  if (n.label === 'Cluster') return { cluster: n.id, sel: '' };
  if (n.label === 'Group' && n.tier) return { tier: n.tier, ...(typeof n.province === 'string' && n.province !== '' ? { province: n.province } : {}), sel: '' };
  return null;
}

/**
 * The sentences of the notice: what is grouped (or `lead`, a view's own reason for asking it
 * grouped), then how to see firms.
 */
export function noticeLines(graph: GraphOut, lead?: string): string[] {
  const g = graph.grouping;
  if (!g) return [];
  // A focus too large to draw firm by firm (server/store/overview/focused.ts) says so in its own
  // words, with the limit it was grouped past (a view may ask a lower one: groupPast).
  const lines = [lead ?? (graph.focused ? t('overview.focusTitle', { firms: g.firms, kept: g.kept, max: g.past ?? MAX_FOCUS_FIRMS }) : t('overview.title', { firms: g.firms, kept: g.kept }))];
  if (g.group.split(',').includes('cluster')) lines.push(t('overview.clusters', { clusters: g.clusters, members: g.tiers.IKM.grouped }));
  const tiers = (Object.keys(g.tiers) as Array<keyof typeof g.tiers>).filter((k) => g.group.split(',').includes(k));
  if (tiers.length > 0) lines.push(t('overview.provinces', { tiers: tiers.map((k) => t(`overview.tier.${k}`)).join(', '), groups: g.groups }));
  // A focus already picks a cluster, province or component: it is narrowed further, not picked again.
  lines.push(t(graph.focused ? 'overview.pickFocused' : 'overview.pick'));
  return lines;
}

/**
 * The notice above an overview (null for a firm-level answer): the sentences, and when a grouped
 * node is selected a button that focuses it.
 */
export function overviewNotice(graph: GraphOut, selected: Node | undefined, focus: (patch: Partial<AppState>) => void, lead?: string): HTMLElement | null {
  if (!isOverview(graph)) return null;
  const box = h('div', { class: 'overview-notice', role: 'note', 'data-overview': graph.grouping!.group }, h('p', {}, noticeLines(graph, lead).join(' ')));
  const patch = selected ? focusOf(selected) : null;
  if (selected && patch) box.append(h('button', { type: 'button', class: 'overview-focus', onclick: () => focus(patch) }, t('overview.focus', { name: overviewName(selected) })));
  return box;
}

/**
 * The key-figure line saying what the overview groups and why (its numbers as data, for tests). A
 * focus grouped for its flows (groupFlowsPast) says so: the firm limit it is under would leave an
 * export's reader asking why 3,509 firms, fewer than the 6,000 drawn one by one, are an overview.
 */
export function overviewFigure(graph: GraphOut): FigureLine | null {
  const g = graph.grouping;
  if (!g) return null;
  const text = t('overview.figure', { grouped: g.grouped, firms: g.firms, nodes: g.clusters + g.groups });
  const values = { firms: g.firms, kept: g.kept, grouped: g.grouped, clusters: g.clusters, groups: g.groups };
  if (g.flows) {
    return {
      key: 'overview',
      text: `${text} ${t('overview.figureFlows', { flows: g.flows.count, max: g.flows.past })}`,
      definition: t('overview.flowsFigureDef', { max: g.flows.past }),
      values: { ...values, flows: g.flows.count, flowsPast: g.flows.past },
    };
  }
  return {
    key: 'overview',
    text,
    definition: graph.focused ? t('overview.focusFigureDef', { max: g.past ?? MAX_FOCUS_FIRMS }) : t('overview.figureDef', { threshold: OVERVIEW_FIRMS }),
    values,
  };
}
