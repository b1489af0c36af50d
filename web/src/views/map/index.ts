/// <reference types="vite/client" />
// The map view: Indonesia's outline (world-atlas, Natural Earth 1:50m, bundled with the app so it
// works offline), clusters and plants at their coordinates, supply flows as arcs between plants,
// import flows as arcs from the origin country, recommended missing links dashed. Zoom and pan,
// a "zoom to Java" button, hover tooltip, click to select.
import './messages.ts';
import '../../graph/graph.css';
import * as d3 from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { GraphOut } from '../../../../server/store/shapes.ts';
import { getCached, getJson } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { formatUsd, t } from '../../app/i18n.ts';
import { MISSING_COLOUR } from '../../app/palette.ts';
import { filtersChanged, graphFilters } from '../../app/state.ts';
import type { LegendItem, MountedView, ViewContext, ViewDef, ViewExport } from '../../app/view.ts';
import { colourOf, legendElement, nodeLegend, shapeOf, symbolPath } from '../../graph/symbols.ts';
import { Tooltip } from '../../graph/tooltip.ts';
import { loadMissing, missingId, type Recommendation } from '../network/data.ts';
import { COUNTRY_POINTS } from './countries.ts';

const WIDTH = 1000;
const HEIGHT = 560;
const INDONESIA = '360'; // ISO 3166 numeric, the ids world-atlas uses
const SUPPLY_STROKE = '#0072B2';
const IMPORT_STROKE = '#8c7a00';
/** Java and Madura, lon/lat box. */
const JAVA: [[number, number], [number, number]] = [[105.0, -5.7], [114.8, -8.9]];

type Place = { id: string; name: string; label: string; tier?: string | undefined; lon: number; lat: number };

let worldPromise: Promise<Topology> | null = null;
const world = () => (worldPromise ??= fetch(worldUrl).then((r) => r.json() as Promise<Topology>));

function mount(el: HTMLElement, ctx: ViewContext): MountedView {
  const root = h('div', { class: 'graph-layout', id: 'map-view' });
  const main = h('div', { class: 'graph-main' });
  const toolbar = h('div', { class: 'graph-toolbar' });
  const surface = h('div', { class: 'graph-surface' });
  const side = h('div', { class: 'graph-side' });
  main.append(toolbar, surface);
  root.append(main, side);
  el.append(root);
  const tooltip = new Tooltip(main);
  let svg: SVGSVGElement | null = null;
  let zoomTo: ((box: [[number, number], [number, number]] | null) => void) | null = null;
  let places: Place[] = [];
  let counts = { clusters: 0, firms: 0, unplaced: 0, supplies: 0, imports: 0, missing: 0 };
  let ticket = 0;
  let showSupplies = true;
  let showImports = true;

  const check = (id: string, label: string, get: () => boolean, set: (v: boolean) => void) => {
    const box = h('input', { type: 'checkbox', id, onchange: (e: Event) => { set((e.target as HTMLInputElement).checked); void reload(); } });
    box.checked = get();
    return h('label', { class: 'check' }, box, ` ${label}`);
  };
  toolbar.append(
    h('button', { type: 'button', id: 'map-java', onclick: () => zoomTo?.(JAVA) }, t('map.java')),
    h('button', { type: 'button', id: 'map-all', onclick: () => zoomTo?.(null) }, t('map.all')),
    check('map-supplies', t('map.supplies'), () => showSupplies, (v) => (showSupplies = v)),
    check('map-imports', t('map.imports'), () => showImports, (v) => (showImports = v)),
  );

  const legend = (): LegendItem[] => [
    ...nodeLegend(places),
    { label: t('map.supply'), colour: SUPPLY_STROKE, shape: 'line' },
    { label: t('map.import'), colour: IMPORT_STROKE, shape: 'dash' },
    ...(counts.missing > 0 ? [{ label: t('map.missing'), colour: MISSING_COLOUR, shape: 'dash' as const }] : []),
  ];
  const figures = (): string[] => [
    t('map.figure.places', { clusters: counts.clusters, firms: counts.firms }),
    ...(counts.unplaced > 0 ? [t('map.figure.unplaced', { count: counts.unplaced })] : []),
    t('map.figure.flows', { supplies: counts.supplies, imports: counts.imports, missing: counts.missing }),
  ];

  const draw = (topo: Topology, network: GraphOut, tiers: GraphOut, missing: Recommendation[]) => {
    const countries = feature(topo, topo.objects.countries as GeometryCollection);
    const indonesia = countries.features.find((f) => String(f.id) === INDONESIA);
    const projection = d3.geoMercator().fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], indonesia ?? countries);
    const path = d3.geoPath(projection);
    const s = d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', WIDTH).attr('height', HEIGHT).attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('class', 'map').attr('role', 'img').attr('font-family', 'sans-serif');
    s.append('rect').attr('width', WIDTH).attr('height', HEIGHT).attr('fill', '#eaf2f8');
    const g = s.append('g');
    g.append('g')
      .selectAll('path')
      .data(countries.features)
      .join('path')
      .attr('d', (f) => path(f) ?? '')
      .attr('fill', (f) => (String(f.id) === INDONESIA ? '#f4f1e8' : '#e3e3de'))
      .attr('stroke', '#9aa5b1')
      .attr('stroke-width', 0.5)
      .attr('vector-effect', 'non-scaling-stroke')
      .attr('class', (f) => (String(f.id) === INDONESIA ? 'indonesia' : 'country'));

    places = network.nodes
      .filter((n) => typeof n.lat === 'number' && typeof n.lon === 'number')
      .map((n) => ({ id: n.id, name: n.name, label: n.label, tier: n.tier, lon: n.lon as number, lat: n.lat as number }));
    const at = new Map(places.map((p) => [p.id, projection([p.lon, p.lat])!]));
    const edgePoint = (from: [number, number], towards: [number, number]): [number, number] => {
      // Walk from the buyer towards the country point until the frame's edge.
      const [x0, y0] = from;
      const dx = towards[0] - x0;
      const dy = towards[1] - y0;
      let k = 1;
      if (x0 + dx * k < 0) k = Math.min(k, -x0 / dx);
      if (x0 + dx * k > WIDTH) k = Math.min(k, (WIDTH - x0) / dx);
      if (y0 + dy * k < 0) k = Math.min(k, -y0 / dy);
      if (y0 + dy * k > HEIGHT) k = Math.min(k, (HEIGHT - y0) / dy);
      return [x0 + dx * k, y0 + dy * k];
    };
    const arc = (a: [number, number], b: [number, number], bend = 0.2) => {
      const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * bend;
      const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend;
      return `M${a[0]},${a[1]}Q${mx},${my} ${b[0]},${b[1]}`;
    };
    const flows = g.append('g').attr('fill', 'none');
    counts = { clusters: places.filter((p) => p.label === 'Cluster').length, firms: places.filter((p) => p.label === 'Firm').length, unplaced: network.nodes.length - places.length, supplies: 0, imports: 0, missing: 0 };
    if (showSupplies) {
      for (const l of network.links) {
        if (l.type !== 'SUPPLIES') continue;
        const a = at.get(l.source);
        const b = at.get(l.target);
        if (!a || !b) continue;
        counts.supplies++;
        flows.append('path').attr('d', arc(a, b)).attr('stroke', SUPPLY_STROKE).attr('stroke-opacity', 0.45).attr('stroke-width', 1.2).attr('vector-effect', 'non-scaling-stroke').attr('data-flow', l.id).attr('data-kind', 'supply');
      }
    }
    if (showImports) {
      const value = new Map<string, number>();
      const latest = new Map<string, number>();
      for (const l of tiers.links) {
        if (l.type !== 'IMPORTS') continue;
        const key = `${l.source}|${String(l.component)}|${l.target}`;
        const year = Number(l.year ?? 0);
        if (year >= (latest.get(key) ?? -1)) {
          latest.set(key, year);
          value.set(key, Number(l.valueUsd ?? 0));
        }
      }
      const byPair = d3.rollup([...value], (v) => d3.sum(v, (x) => x[1]), ([key]) => `${key.split('|')[0]}|${key.split('|')[2]}`);
      const max = d3.max(byPair.values()) ?? 1;
      for (const [pair, v] of byPair) {
        const [buyer, country] = pair.split('|') as [string, string];
        const b = at.get(buyer);
        if (!b) continue;
        const point = COUNTRY_POINTS[country];
        const projected = point ? projection(point) : null;
        const start = projected ? edgePoint(b, projected) : ([WIDTH, 0] as [number, number]);
        counts.imports++;
        flows.append('path').attr('d', arc(start, b, 0.1)).attr('stroke', IMPORT_STROKE).attr('stroke-dasharray', '5 3').attr('stroke-opacity', 0.6).attr('stroke-width', 0.8 + 4 * Math.sqrt(v / max)).attr('vector-effect', 'non-scaling-stroke').attr('data-kind', 'import').append('title').text(`${country} → ${buyer}: ${formatUsd(v)}`);
      }
    }
    if (ctx.state.get().missing) {
      for (const r of missing) {
        const a = at.get(r.supplier.id);
        const b = at.get(r.buyer.id);
        if (!a || !b) continue;
        counts.missing++;
        const selected = ctx.state.get().sel === missingId(r);
        flows.append('path').attr('d', arc(a, b, -0.2)).attr('stroke', MISSING_COLOUR).attr('stroke-dasharray', '6 4').attr('stroke-width', selected ? 4 : 1.6).attr('vector-effect', 'non-scaling-stroke').attr('data-link', missingId(r)).attr('data-kind', 'missing').append('title').text(r.sentence);
      }
    }
    const nodes = g.append('g');
    // Clusters first (below), plants on top.
    for (const p of [...places].sort((a, b) => (a.label === 'Cluster' ? -1 : 0) - (b.label === 'Cluster' ? -1 : 0))) {
      const [x, y] = at.get(p.id)!;
      nodes.append('path').attr('d', symbolPath(shapeOf(p), p.label === 'Cluster' ? 8 : 4)).attr('transform', `translate(${x},${y})`).attr('fill', colourOf(p)).attr('fill-opacity', p.label === 'Cluster' ? 0.55 : 1).attr('stroke', '#fff').attr('stroke-width', 0.6).attr('data-id', p.id).attr('class', `node ${p.label === 'Cluster' ? 'cluster' : 'firm'}`).append('title').text(p.name);
    }
    const node = s.node()!;
    const zoom = d3.zoom<SVGSVGElement, undefined>().scaleExtent([1, 60]).on('zoom', (e: d3.D3ZoomEvent<SVGSVGElement, undefined>) => {
      g.attr('transform', e.transform.toString());
      // Keep symbols the same size on screen.
      nodes.selectAll<SVGPathElement, unknown>('path').each(function () {
        const tr = this.getAttribute('transform')?.replace(/ scale\([^)]*\)/, '') ?? '';
        this.setAttribute('transform', `${tr} scale(${1 / Math.sqrt(e.transform.k)})`);
      });
    });
    s.call(zoom);
    zoomTo = (box) => {
      if (!box) return void s.transition().duration(500).call(zoom.transform, d3.zoomIdentity);
      const [[x0, y0], [x1, y1]] = [projection(box[0])!, projection(box[1])!];
      const k = Math.min(WIDTH / Math.abs(x1 - x0), HEIGHT / Math.abs(y1 - y0)) * 0.95;
      s.transition().duration(500).call(zoom.transform, d3.zoomIdentity.translate(WIDTH / 2, HEIGHT / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
    };
    node.addEventListener('click', (e) => {
      const target = e.target as Element;
      const id = target.getAttribute('data-id') ?? target.parentElement?.getAttribute('data-id');
      const link = target.getAttribute('data-link');
      if (id) ctx.state.set({ sel: id });
      else if (link) ctx.state.set({ sel: link });
    });
    node.addEventListener('mousemove', (e) => {
      const id = (e.target as Element).getAttribute('data-id');
      const p = places.find((x) => x.id === id);
      if (p) tooltip.show([p.name, p.tier ? t(`tier.${p.tier}`) : t(`label.${p.label}`)], e.clientX, e.clientY);
      else tooltip.hide();
    });
    node.style.width = '100%';
    node.style.height = '100%';
    svg = node;
    surface.replaceChildren(node);
    root.dataset.clusterCount = String(counts.clusters);
    root.dataset.firmCount = String(counts.firms);
    side.replaceChildren(legendElement(legend(), t('map.legend')), h('h3', {}, t('map.figures')), h('ul', { class: 'key-figures' }, ...figures().map((f) => h('li', {}, f))), h('p', { class: 'graph-note' }, t('map.note')));
    highlight();
  };

  const highlight = () => {
    const sel = ctx.state.get().sel;
    for (const p of svg?.querySelectorAll<SVGPathElement>('path.node') ?? []) {
      const on = p.getAttribute('data-id') === sel || (sel.includes('|') && sel.split('|').slice(0, 2).includes(p.getAttribute('data-id') ?? ''));
      p.setAttribute('stroke', on ? '#000' : '#fff');
      p.setAttribute('stroke-width', on ? '2.5' : '0.6');
    }
    for (const p of svg?.querySelectorAll<SVGPathElement>('path[data-link]') ?? []) p.setAttribute('stroke-width', p.getAttribute('data-link') === sel ? '4' : '1.6');
  };

  const reload = async () => {
    const mine = ++ticket;
    root.dataset.ready = 'false';
    try {
      const filters = graphFilters(ctx.state.get());
      const [topo, network, tiers, missing] = await Promise.all([world(), getJson<GraphOut>('graph', { view: 'network', ...filters }), getCached<GraphOut>('graph', { view: 'tiers', ...filters }), ctx.state.get().missing ? loadMissing() : Promise.resolve([])]);
      if (mine !== ticket) return;
      draw(topo, network, tiers, missing);
      root.dataset.ready = 'true';
    } catch (error) {
      if (mine === ticket) ctx.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  void reload();

  return {
    update(s, previous) {
      if (filtersChanged(s, previous) || s.missing !== previous.missing) void reload();
      else if (s.sel !== previous.sel) highlight();
    },
    destroy() {
      ticket++;
    },
    exportable(): ViewExport {
      return {
        title: t('map.title'),
        ...(svg
          ? {
              svg: () => {
                const copy = svg!.cloneNode(true) as SVGSVGElement;
                copy.setAttribute('width', String(WIDTH));
                copy.setAttribute('height', String(HEIGHT));
                copy.removeAttribute('style');
                return copy;
              },
            }
          : {}),
        legend: legend(),
        summary: figures(),
        tables: [{ title: t('map.table'), columns: ['id', 'name', 'kind', 'lat', 'lon'], rows: places.map((p) => ({ id: p.id, name: p.name, kind: p.tier ?? p.label, lat: p.lat, lon: p.lon })) }],
      };
    },
  };
}

export const mapView: ViewDef = { id: 'map', titleKey: 'view.map', filters: true, mount };
