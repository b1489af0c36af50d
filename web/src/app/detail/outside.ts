// "Not in this picture": the address keeps a selection when the filters change (Koperasi Batur Jaya
// selected under Ceper, then the cluster filter moved to Tegal), so the panel shows an entity the
// picture beside it does not draw, and the picture highlights nothing. The panel says so, and for a
// firm of a cluster (or a cluster) offers the focus that draws it: its cluster, the other filters
// cleared, the selection kept. On an overview a firm is drawn within its cluster or province node:
// the panel names that node, and offers its focus.
import type { EntityOut } from '../../../../server/store/shapes.ts';
import { firmClusterOf, firmOf } from '../../graph/pictured.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { StateStore } from '../state.ts';
import type { Pictured } from '../view.ts';

/** The note, or null when the picture holds the entity or does not draw its kind one by one. */
export function outsideNote(entity: EntityOut, pictured: Pictured, state: StateStore): HTMLElement | null {
  if (pictured.has(entity.id)) return null;
  // A firm the overview stands for by a node is not left out; one with no such node (outside a
  // grouped focus) is.
  const within = entity.label === 'Firm' && pictured.within ? withinNote(entity, pictured.within, state) : null;
  if (within) return within;
  if (!pictured.labels.includes(entity.label)) return null;
  const note = h('div', { id: 'detail-outside', class: 'detail-outside', role: 'note' }, h('p', {}, t('detail.outside')));
  const cluster = clusterOf(entity);
  if (cluster) {
    const text = entity.label === 'Cluster' ? t('detail.outsideFocusCluster') : t('detail.outsideFocus', { name: cluster.name });
    const focus = () => state.set({ cluster: cluster.id, tier: '', province: '', component: '' });
    note.append(h('button', { type: 'button', class: 'link', id: 'detail-outside-focus', title: t('detail.outsideFocusHint'), onclick: focus }, text));
  }
  return note;
}

/** On an overview: "In this overview it is drawn within Sentra 341 (221)", and the focus that draws its firms. */
function withinNote(entity: EntityOut, within: NonNullable<Pictured['within']>, state: StateStore): HTMLElement | null {
  const node = within(firmOf(entity));
  if (!node) return null;
  return h(
    'div',
    { id: 'detail-outside', class: 'detail-outside', role: 'note' },
    h('p', {}, t('detail.within', { name: node.name })),
    h('button', { type: 'button', class: 'link', id: 'detail-outside-focus', onclick: () => state.set(node.focus) }, t('overview.focus', { name: node.name })),
  );
}

/** The cluster whose focus draws the entity: itself, or a firm's. */
function clusterOf(entity: EntityOut): { id: string; name: string } | null {
  if (entity.label === 'Cluster') return { id: entity.id, name: typeof entity.properties.name === 'string' ? entity.properties.name : entity.id };
  return entity.label === 'Firm' ? firmClusterOf(entity) : null;
}
