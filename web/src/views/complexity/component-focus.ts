// A component in the complexity panel's focus (`?component=`): its place in the table (how many
// clusters make it with a comparative advantage, its PCI and rank, or why it has none) and the
// clusters closest to making it, by density. The clusters come from GET /api/analysis/complexity
// with `component` (every cluster that does not make it, densest first: a cluster's own list is cut
// at its first opportunities, so it may not hold the component), narrowed to the app's cluster or
// province when one is set too.
import { formatFixed, t } from '../../app/i18n.ts';
import type { Names } from './ranking.ts';
import { rankText, type ClusterComplexityOut, type Opportunity } from './results.ts';

/** Clusters named in the key figure. */
const NAMED = 3;

/** What the component's sentences are about: the component, and the cluster or province also in focus ('' where not set). */
export interface ComponentFocus {
  component: string;
  cluster: string;
  province: string;
}

/** The component's opportunities in the focus: all of them, or those of the focus's clusters (`ids`) when a cluster or province is set. */
export function componentOpportunities(all: readonly Opportunity[], focus: ComponentFocus, ids: ReadonlySet<string>): Opportunity[] {
  return focus.cluster === '' && focus.province === '' ? [...all] : all.filter((o) => ids.has(o.cluster));
}

/**
 * The component's sentences: its place in the table, then for a cluster in focus its density for it
 * (or that it makes it already), else the clusters closest to making it (in the province, if set).
 * `all` is every cluster that does not make it; `ids` the clusters of the cluster or province focus.
 */
export function componentFigures(out: ClusterComplexityOut, names: Names, focus: ComponentFocus, all: readonly Opportunity[], ids: ReadonlySet<string>): string[] {
  const component = names.component(focus.component);
  const c = out.components.find((x) => x.id === focus.component);
  if (!c) return [t('cx.focusComponentNone', { component })];
  const block = c.block === null ? undefined : out.blocks[c.block];
  const vars = { component, ubiquity: c.ubiquity };
  const lines = [
    c.ubiquity === 0
      ? t('cx.focusComponentNoAdvantage', vars)
      : c.blockPci === null || c.rank === null || !block || (block.status !== 'whole' && block.status !== 'ranked')
        ? t('cx.focusComponentUnranked', vars)
        : t(block.status === 'whole' ? 'cx.focusComponentRanked' : 'cx.focusComponentRankedBlock', {
            ...vars,
            pci: formatFixed(c.blockPci, 2),
            rank: rankText(c),
            n: out.components.filter((x) => x.block === c.block && x.rank !== null).length,
            group: (c.block ?? 0) + 1,
          }),
  ];
  // A cluster or province focus that keeps no cluster of the table is said by the cluster's own lines.
  if ((focus.cluster !== '' || focus.province !== '') && ids.size === 0) return lines;
  if (focus.cluster !== '') {
    const at = all.findIndex((o) => o.cluster === focus.cluster);
    const cluster = names.cluster(focus.cluster);
    if (at >= 0) lines.push(t('cx.focusComponentCluster', { cluster, density: formatFixed(all[at]!.density, 2), rank: at + 1, n: all.length }));
    else if (out.clusters.some((x) => x.id === focus.cluster)) lines.push(t('cx.focusComponentMade', { cluster }));
    return lines;
  }
  const open = componentOpportunities(all, focus, ids);
  // Density 0 shares nothing with what a cluster makes: not a step towards the component.
  const next = open.filter((o) => o.density > 0).slice(0, NAMED);
  const list = next.map((o) => `${names.cluster(o.cluster)} (${formatFixed(o.density, 2)})`).join(', ');
  if (next.length > 0) lines.push(focus.province !== '' ? t('cx.focusComponentNextIn', { province: focus.province, list }) : t('cx.focusComponentNext', { list }));
  else lines.push(t(open.length > 0 ? 'cx.focusComponentNoNext' : 'cx.focusComponentNoOpen'));
  return lines;
}
