// The tier view: OEMs ← tier 1 ← tier 2 ← IKM (by cluster) as ordered columns, other buyers beside
// the OEMs, supply links bundled by component and coloured by component category, import flows
// entering from the origin countries at the side. Click selects; the selection's whole chain
// (upstream and downstream) stays bright.
import './messages.ts';
import '../../graph/graph.css';
import * as d3 from 'd3';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { GraphOut } from '../../../../server/store/shapes.ts';
import { getCached, getJson } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { formatUsd, t } from '../../app/i18n.ts';
import { filtersChanged, graphFilters } from '../../app/state.ts';
import type { LegendItem, MountedView, ViewContext, ViewDef, ViewExport } from '../../app/view.ts';
import { colourOf, legendElement, nodeLegend, shapeOf, symbolPath } from '../../graph/symbols.ts';
import { Tooltip } from '../../graph/tooltip.ts';
import { COLUMNS, placeTiers, type TierLayout } from './layout.ts';

/** Okabe–Ito colours for component categories (colour-blind safe), then greys. */
const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#999999'];
const IMPORT_STROKE = '#8c7a00';

interface Flow {
  id: string;
  source: string;
  target: string;
  component: string;
  value: number;
  kind: 'supply' | 'import';
  year?: number;
}

function flowsOf(graph: GraphOut): Flow[] {
  const supply: Flow[] = [];
  const latest = new Map<string, Flow>();
  for (const l of graph.links) {
    const value = Number(l.valueUsd ?? 0);
    const component = String(l.component ?? '');
    if (l.type === 'SUPPLIES') supply.push({ id: l.id, source: l.source, target: l.target, component, value, kind: 'supply' });
    else if (l.type === 'IMPORTS') {
      // Imports: the latest year of each (buyer, component, country); drawn from the country.
      const key = `${l.source}|${component}|${l.target}`;
      const year = Number(l.year ?? 0);
      const prev = latest.get(key);
      if (!prev || year > (prev.year ?? 0)) latest.set(key, { id: l.id, source: l.target, target: l.source, component, value, kind: 'import', year });
    }
  }
  return [...supply, ...latest.values()];
}

/** Everything upstream and downstream of a node along the flows. */
function chainOf(id: string, flows: Flow[]): Set<string> {
  const out = new Set([id]);
  for (const dir of ['up', 'down'] as const) {
    const queue = [id];
    const seen = new Set([id]);
    while (queue.length > 0) {
      const cur = queue.pop()!;
      for (const f of flows) {
        const next = dir === 'up' ? (f.target === cur ? f.source : null) : f.source === cur ? f.target : null;
        if (next && !seen.has(next)) {
          seen.add(next);
          out.add(next);
          queue.push(next);
        }
      }
    }
  }
  return out;
}

function mount(el: HTMLElement, ctx: ViewContext): MountedView {
  const root = h('div', { class: 'graph-layout', id: 'tiers-view' });
  const main = h('div', { class: 'graph-main', style: 'overflow:auto' });
  const side = h('div', { class: 'graph-side' });
  const picture = h('div', { class: 'tiers-picture' });
  main.append(picture);
  root.append(main, side);
  el.append(root);
  const tooltip = new Tooltip(main);
  let svg: SVGSVGElement | null = null;
  let flows: Flow[] = [];
  let layout: TierLayout | null = null;
  let categoryOf = new Map<string, string>();
  let categories: string[] = [];
  let ticket = 0;

  const colourOfComponent = (component: string): string => CATEGORY_COLOURS[categories.indexOf(categoryOf.get(component) ?? '') % CATEGORY_COLOURS.length] ?? '#999999';

  const legend = (): LegendItem[] => [
    ...nodeLegend(layout?.nodes ?? []),
    ...categories.map((c) => ({ label: t('tiers.category', { category: c }), colour: colourOfComponent([...categoryOf].find(([, v]) => v === c)?.[0] ?? ''), shape: 'line' as const })),
    { label: t('tiers.import'), colour: IMPORT_STROKE, shape: 'dash' },
  ];

  const figures = (): string[] => {
    const supply = flows.filter((f) => f.kind === 'supply');
    const imports = flows.filter((f) => f.kind === 'import');
    const sum = (l: Flow[]) => l.reduce((a, f) => a + f.value, 0);
    const out = [t('tiers.figure.supply', { count: supply.length, value: formatUsd(sum(supply)) }), t('tiers.figure.import', { count: imports.length, value: formatUsd(sum(imports)) })];
    const byCountry = d3.rollups(imports, (v) => sum(v), (f) => f.source).sort((a, b) => b[1] - a[1]);
    if (byCountry[0]) out.push(t('tiers.figure.top', { country: layout?.byId.get(byCountry[0][0])?.name ?? byCountry[0][0], value: formatUsd(byCountry[0][1]) }));
    return out;
  };

  const draw = () => {
    if (!layout) return;
    const L = layout;
    const gap = L.columnX.TIER2 - L.columnX.IKM;
    const maxValue = d3.max(flows, (f) => f.value) ?? 1;
    const width = d3.scaleSqrt().domain([0, maxValue || 1]).range([0.8, 7]);
    const line = d3.line().curve(d3.curveBundle.beta(0.85));
    const s = d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`).attr('font-family', 'sans-serif').attr('role', 'img').attr('class', 'tiers');
    s.append('rect').attr('width', L.width).attr('height', L.height).attr('fill', '#ffffff');
    for (const c of COLUMNS) s.append('text').attr('x', L.columnX[c]).attr('y', 20).attr('text-anchor', 'middle').attr('font-size', 12).attr('font-weight', 600).attr('fill', '#1f2933').attr('class', 'column-title').text(t(`tiers.col.${c}`));
    const links = s.append('g').attr('fill', 'none');
    for (const f of flows) {
      const a = L.byId.get(f.source);
      const b = L.byId.get(f.target);
      if (!a || !b) continue;
      const dir = b.x >= a.x ? 1 : -1;
      const laneY = f.kind === 'import' ? b.y : (L.lane.get(f.component) ?? (a.y + b.y) / 2);
      const pts: Array<[number, number]> = [[a.x + 6 * dir, a.y], [a.x + dir * gap * 0.45, laneY], [b.x - dir * gap * 0.45, laneY], [b.x - 6 * dir, b.y]];
      links
        .append('path')
        .attr('d', line(pts))
        .attr('stroke', f.kind === 'import' ? IMPORT_STROKE : colourOfComponent(f.component))
        .attr('stroke-width', width(f.value))
        .attr('stroke-opacity', 0.55)
        .attr('stroke-dasharray', f.kind === 'import' ? '5 3' : null)
        .attr('data-flow', f.id)
        .attr('data-kind', f.kind)
        .append('title')
        .text(`${a.name} → ${b.name}: ${f.component} (${formatUsd(f.value)})`);
    }
    const nodes = s.append('g');
    for (const n of L.nodes) {
      const g = nodes.append('g').attr('transform', `translate(${n.x},${n.y})`);
      g.append('path').attr('d', symbolPath(shapeOf(n), 5)).attr('fill', colourOf(n)).attr('stroke', '#fff').attr('stroke-width', 0.8).attr('data-id', n.id).attr('class', 'node').append('title').text(n.name);
      const right = n.column === 'Country' || n.column === 'IKM';
      g.append('text').attr('x', right ? (n.column === 'IKM' ? -8 : 8) : 8).attr('text-anchor', n.column === 'IKM' ? 'end' : 'start').attr('y', 3).attr('font-size', 9).attr('fill', '#1f2933').attr('pointer-events', 'none').text(n.name.length > 26 ? `${n.name.slice(0, 24)}…` : n.name);
    }
    svg = s.node()!;
    svg.addEventListener('click', (e) => {
      const id = (e.target as Element).getAttribute('data-id');
      if (id) ctx.state.set({ sel: id });
    });
    svg.addEventListener('mousemove', (e) => {
      const target = e.target as Element;
      const id = target.getAttribute('data-id');
      const n = id ? L.byId.get(id) : undefined;
      if (n) tooltip.show([n.name, n.tier ? t(`tier.${n.tier}`) : t(`label.${n.label}`)], e.clientX, e.clientY);
      else tooltip.hide();
    });
    picture.replaceChildren(svg);
    root.dataset.nodeCount = String(L.nodes.length);
    root.dataset.flowCount = String(flows.length);
    side.replaceChildren(legendElement(legend(), t('tiers.legend')), h('h3', {}, t('tiers.figures')), h('ul', { class: 'key-figures' }, ...figures().map((f) => h('li', {}, f))));
    highlight();
  };

  const highlight = () => {
    if (!svg) return;
    const sel = ctx.state.get().sel;
    const chain = sel && layout?.byId.has(sel) ? chainOf(sel, flows) : null;
    root.dataset.highlighted = String(chain?.size ?? 0);
    for (const p of svg.querySelectorAll<SVGPathElement>('path.node')) {
      const on = !chain || chain.has(p.getAttribute('data-id') ?? '');
      p.setAttribute('fill-opacity', on ? '1' : '0.15');
      p.setAttribute('stroke', p.getAttribute('data-id') === sel ? '#000' : '#fff');
      p.setAttribute('stroke-width', p.getAttribute('data-id') === sel ? '2.5' : '0.8');
    }
    const flowById = new Map(flows.map((f) => [f.id, f]));
    for (const p of svg.querySelectorAll<SVGPathElement>('path[data-flow]')) {
      const f = flowById.get(p.getAttribute('data-flow') ?? '');
      const on = !chain || (f !== undefined && chain.has(f.source) && chain.has(f.target));
      p.setAttribute('stroke-opacity', on ? '0.6' : '0.05');
    }
  };

  const reload = async () => {
    const mine = ++ticket;
    root.dataset.ready = 'false';
    try {
      const [graph, catalog] = await Promise.all([getJson<GraphOut>('graph', { view: 'tiers', ...graphFilters(ctx.state.get()) }), getCached<CatalogOut>('catalog')]);
      if (mine !== ticket) return;
      categoryOf = new Map(catalog.components.map((c) => [c.id, c.category ?? '']));
      flows = flowsOf(graph);
      categories = [...new Set(flows.filter((f) => f.kind === 'supply').map((f) => categoryOf.get(f.component) ?? ''))].sort();
      layout = placeTiers(graph, new Map(catalog.clusters.map((c) => [c.id, c.name])));
      if (graph.nodes.length === 0) {
        picture.replaceChildren(h('p', { class: 'panel' }, t('tiers.empty')));
        svg = null;
      } else draw();
      root.dataset.ready = 'true';
    } catch (error) {
      if (mine === ticket) ctx.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  void reload();

  return {
    update(s, previous) {
      if (filtersChanged(s, previous)) void reload();
      else if (s.sel !== previous.sel) highlight();
    },
    destroy() {
      ticket++;
    },
    exportable(): ViewExport {
      const name = (id: string) => layout?.byId.get(id)?.name ?? id;
      return {
        title: t('tiers.title'),
        ...(svg ? { svg: () => svg!.cloneNode(true) as SVGSVGElement } : {}),
        legend: legend(),
        summary: figures(),
        tables: [
          { title: t('tiers.flows'), columns: ['supplier', 'buyer', 'component', 'valueUsd'], rows: flows.filter((f) => f.kind === 'supply').map((f) => ({ supplier: name(f.source), buyer: name(f.target), component: f.component, valueUsd: f.value })) },
          { title: t('tiers.imports'), columns: ['country', 'buyer', 'component', 'year', 'valueUsd'], rows: flows.filter((f) => f.kind === 'import').map((f) => ({ country: name(f.source), buyer: name(f.target), component: f.component, year: f.year, valueUsd: f.value })) },
        ],
      };
    },
  };
}

export const tiersView: ViewDef = { id: 'tiers', titleKey: 'view.tiers', filters: true, mount };
