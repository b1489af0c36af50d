/// <reference types="vite/client" />
// The map view: Indonesia's outline (world-atlas, Natural Earth 1:50m, bundled with the app so it
// works offline), clusters and plants at their coordinates (a cluster stands for its member firms),
// supply flows and recommended links as arcs, import flows aggregated per origin country (off by
// default without a focus, so they do not drown Java). Labels of clusters, OEMs and the firms
// around a focus in screen pixels (labels.ts); symbols keep their size on screen while zooming.
// Opens on the places drawn; "zoom to Java" and "show all Indonesia" move the frame.
import './messages.ts';
import '../../graph/graph.css';
import * as d3 from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { GraphOut } from '../../../../server/store/shapes.ts';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import { getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { formatUsd, t } from '../../app/i18n.ts';
import { CLUSTER_COLOUR, CONTEXT_GREY, IMPORT_COLOUR, MISSING_COLOUR } from '../../app/palette.ts';
import { filtersChanged } from '../../app/state.ts';
import { col, distinct, linkRoleWords, roleWords, tierWords } from '../../export/index.ts';
import type { LegendItem, MountedView, ViewContext, ViewDef, ViewExport } from '../../app/view.ts';
import { figureLines, figuresElement, type FigureLine } from '../../graph/key-figures.ts';
import { drawLabels, placeLabels, shortName, type LabelRequest } from '../../graph/labels.ts';
import { colourOf, legendElement, nodeLegend, shapeOf, symbolPath } from '../../graph/symbols.ts';
import { Tooltip } from '../../graph/tooltip.ts';
import { focusOf, isGrouped, memberRadius, overviewFigure, overviewName, overviewNotice } from '../../graph/overview.ts';
import { labelPriority, loadGraph } from '../network/data.ts';
import { COUNTRY_POINTS } from './countries.ts';
import { arcOpacity, contextPlaceOpacity } from './arc-strength.ts';
import { arcPath, arcPoint, mapPicture, type Arc, type MapPicture, type Place, type Point } from './places.ts';
import { extent, frameTransform, openingBox } from './opening.ts';
import { insetSubject } from './inset.ts';
import { drawInset } from './inset-draw.ts';
import { loadFailed } from '../../app/notice/focus-refusal.ts';
import { picturedOf, selectionWithin } from '../../graph/pictured.ts';

const INDONESIA = '360'; // ISO 3166 numeric, the ids world-atlas uses
const SUPPLY_STROKE = '#0072B2';
/** Java and Madura, lon/lat box. */
const JAVA: [Point, Point] = [[105.0, -5.7], [114.8, -8.9]];
const IMPORT_BEND = 0.12;
const CLUSTER_R = (members: number) => Math.min(16, 7 + 1.6 * Math.sqrt(members));

let worldPromise: Promise<Topology> | null = null;

const world = () => (worldPromise ??= fetch(worldUrl).then((r) => r.json() as Promise<Topology>));

/** Where the map looks: the point in its middle (longitude, latitude) and its zoom. */
interface MapLook {
  centre: [number, number];
  k: number;
}

function mount(el: HTMLElement, ctx: ViewContext): MountedView {
  const root = h('div', { class: 'graph-layout', id: 'map-view' });
  const main = h('div', { class: 'graph-main' });
  const toolbar = h('div', { class: 'graph-toolbar' });
  const surface = h('div', { class: 'graph-surface' });
  const side = h('div', { class: 'graph-side' });
  /** The overview notice (graph/overview.ts) between the toolbar and the map. */
  const notice = h('div', { id: 'map-overview' });
  main.append(toolbar, notice, surface);
  root.append(main, side);
  el.append(root);
  const tooltip = new Tooltip(main);
  let svg: SVGSVGElement | null = null;
  let graph: GraphOut | null = null;
  /** The server's refusal of a focus too large to draw, shown in place of the map. */
  let refused: HTMLElement | null = null;
  let picture: MapPicture | null = null;
  let componentNames = new Map<string, string>();
  let size = { width: 1000, height: 560 };
  let zoomTo: ((box: [Point, Point] | null) => void) | null = null;
  /** Frames the places in focus (the context left around them); null without a focus. */
  let zoomFocus: (() => void) | null = null;
  /** Places the labels again (the selection's is kept). */
  let relabel: (() => void) | null = null;
  let ticket = 0;
  let showSupplies = true;
  /** Import arcs: shown by default around a focus (a few arcs), hidden over the whole country. */
  let showImports: boolean | null = null;
  const importsShown = () => showImports ?? Boolean(graph?.focused);
  /** Recommended links the close-up magnifies (inset.ts) while it shows; 0 when it does not. */
  let insetLinks = 0;
  const renderSide = () => side.replaceChildren(figuresElement(figureList()), legendElement(legend(), t('map.legend')), h('p', { class: 'graph-note' }, t('map.note')));

  // A focus opens framed with its context unless it would crowd into a blob there (opening.ts): a
  // cluster with partners across Java opens with them; this frames the focus.
  const focusButton = h('button', { type: 'button', id: 'map-focus', hidden: true, onclick: () => zoomFocus?.() }, t('map.focus'));
  const suppliesBox = h('input', { type: 'checkbox', id: 'map-supplies', onchange: (e: Event) => { showSupplies = (e.target as HTMLInputElement).checked; redraw(); } });
  suppliesBox.checked = true;
  const importsBox = h('input', { type: 'checkbox', id: 'map-imports', onchange: (e: Event) => { showImports = (e.target as HTMLInputElement).checked; redraw(); } });
  toolbar.append(
    h('button', { type: 'button', id: 'map-java', onclick: () => zoomTo?.(JAVA) }, t('map.java')),
    h('button', { type: 'button', id: 'map-all', onclick: () => zoomTo?.(null) }, t('map.all')),
    focusButton,
    h('label', { class: 'check' }, suppliesBox, ` ${t('map.supplies')}`),
    h('label', { class: 'check' }, importsBox, ` ${t('map.imports')}`),
  );

  const legend = (): LegendItem[] => [
    ...nodeLegend(picture?.places ?? []),
    ...(picture?.places.some((p) => p.role === 'context') ? [{ label: t('context.legend'), colour: CLUSTER_COLOUR, shape: 'context' as const }] : []),
    { label: t('map.supply'), colour: SUPPLY_STROKE, shape: 'line' },
    { label: t('map.import'), colour: IMPORT_COLOUR, shape: 'dash' },
    ...(picture?.arcs.some((a) => a.kind === 'missing') ? [{ label: t('map.missing'), colour: MISSING_COLOUR, shape: 'dash' as const }] : []),
  ];

  /** The API's key figures, then what the map could draw of them (places and links need coordinates). */
  const figureList = (): FigureLine[] => {
    if (!graph || !picture) return [];
    const p = picture;
    const lines = figureLines(graph, ['firms', 'supply', 'imports', 'recommended']);
    const overview = overviewFigure(graph);
    if (overview) lines.push(overview);
    const clusters = p.places.filter((x) => x.label === 'Cluster').length;
    const groups = p.places.filter((x) => x.label === 'Group');
    const plants = p.places.length - clusters - groups.length;
    if (groups.length > 0) {
      const firms = groups.reduce((n, x) => n + x.members, 0);
      lines.push({ key: 'map.groups', text: t('map.figure.groups', { groups: groups.length, firms }), definition: t('map.figure.groupsDef'), values: { groups: groups.length, firms } });
    }
    lines.push({ key: 'map.places', text: clusters === 0 ? t('map.figure.plantsOnly', { plants }) : t('map.figure.places', { clusters, members: p.represented, plants }), definition: t('map.figure.placesDef'), values: { clusters, members: p.represented, plants, unplaced: p.unplaced } });
    const supplyArcs = p.arcs.filter((a) => a.kind === 'supply').length;
    const missingArcs = p.arcs.length - supplyArcs;
    if (supplyArcs < p.supplyTotal || missingArcs < p.missingTotal) {
      lines.push({ key: 'map.drawn', text: t('map.figure.drawn', { supply: supplyArcs, supplyTotal: p.supplyTotal, missing: missingArcs, missingTotal: p.missingTotal }), definition: t('map.figure.placesDef'), values: { supply: supplyArcs, missing: missingArcs } });
    }
    if (insetLinks > 0) lines.push({ key: 'map.inset', text: t('map.figure.inset', { links: insetLinks }), definition: t('map.figure.insetDef'), values: { links: insetLinks } });
    if (p.importFlows > 0) {
      const key = importsShown() ? 'map.figure.importArcs' : 'map.figure.importsHidden';
      lines.push({ key: 'map.imports', text: t(key, { mapped: p.importFlowsMapped, flows: p.importFlows, arcs: p.imports.length }), definition: t('map.figure.importArcsDef'), values: { mapped: p.importFlowsMapped, flows: p.importFlows, arcs: importsShown() ? p.imports.length : 0 } });
    }
    return lines;
  };

  /** Where the map looks now (its middle, in degrees, and its zoom), once drawn. */
  let looking: (() => MapLook) | null = null;
  /** Draws the map again where it looks: a layer shown or hidden, or its pane resized. */
  const redraw = () => {
    if (graph) void draw(graph, looking?.());
  };
  // Drawn again at its pane's new size (a detail panel opened or closed beside it), a little after
  // it settles: drawn once at 784 px, the map kept that width in the 640 px left beside the panel
  // on a 1,024 px screen, its right-hand places cut.
  let resizing: ReturnType<typeof setTimeout> | undefined;
  const resized = new ResizeObserver(() => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      const next = surfaceSize();
      if (svg && (next.width !== size.width || next.height !== size.height)) redraw();
    }, 100);
  });
  resized.observe(surface);
  /** The map's size in its pane: at least 600 × 400, below which it scrolls. */
  const surfaceSize = () => {
    const rect = surface.getBoundingClientRect();
    return { width: Math.max(600, Math.round(rect.width)), height: Math.max(400, Math.round(rect.height)) };
  };

  /** Draws the map; `keep` looks where the map looked before, else it opens on the places drawn. */
  const draw = async (g: GraphOut, keep?: MapLook) => {
    const topo = await world();
    size = surfaceSize();
    const { width, height } = size;
    const countries = feature(topo, topo.objects.countries as GeometryCollection);
    const indonesia = countries.features.find((f) => String(f.id) === INDONESIA);
    const projection = d3.geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], indonesia ?? countries);
    const path = d3.geoPath(projection);
    const edge = (from: Point, towards: Point | null): Point => {
      // From the arc's end (an importer) towards the country point, until the frame's edge (or the point).
      if (!towards) return [width, 0];
      const [x0, y0] = from;
      const dx = towards[0] - x0;
      const dy = towards[1] - y0;
      let k = 1;
      if (x0 + dx * k < 0) k = Math.min(k, -x0 / dx);
      if (x0 + dx * k > width) k = Math.min(k, (width - x0) / dx);
      if (y0 + dy * k < 0) k = Math.min(k, -y0 / dy);
      if (y0 + dy * k > height) k = Math.min(k, (height - y0) / dy);
      return [x0 + dx * k, y0 + dy * k];
    };
    const pic = mapPicture(g, (p) => projection(p), (c) => (COUNTRY_POINTS[c] ? projection(COUNTRY_POINTS[c]) : null), edge);
    picture = pic;

    const s = d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'map').attr('role', 'img').attr('font-family', 'sans-serif');
    s.append('rect').attr('width', width).attr('height', height).attr('fill', '#eaf2f8');
    const worldG = s.append('g').attr('class', 'world');
    worldG
      .append('g')
      .selectAll('path')
      .data(countries.features)
      .join('path')
      .attr('d', (f) => path(f) ?? '')
      .attr('fill', (f) => (String(f.id) === INDONESIA ? '#f4f1e8' : '#e3e3de'))
      .attr('stroke', '#9aa5b1')
      .attr('stroke-width', 0.5)
      .attr('vector-effect', 'non-scaling-stroke')
      .attr('class', (f) => (String(f.id) === INDONESIA ? 'indonesia' : 'country'));
    const flows = worldG.append('g').attr('fill', 'none').attr('class', 'flows');
    if (importsShown() && pic.imports.length > 0) {
      const max = d3.max(pic.imports, (a) => a.valueUsd) || 1;
      for (const a of pic.imports) {
        flows.append('path').attr('d', arcPath(a.from, a.to, IMPORT_BEND)).attr('stroke', IMPORT_COLOUR).attr('stroke-dasharray', '6 4').attr('stroke-opacity', 0.45).attr('stroke-width', 1 + 3.5 * Math.sqrt(a.valueUsd / max)).attr('vector-effect', 'non-scaling-stroke').attr('data-kind', 'import').attr('data-country', a.country).append('title').text(t('map.tip.import', { country: a.name, value: formatUsd(a.valueUsd), flows: a.flows, importers: a.importers.length }));
      }
    }
    // An overview's supply arcs are summed per pair of places: their width shows the value. Faint
    // (0.12): at national scale about 9,000 of them cross Java, and at 0.35 they hid the map and
    // its nodes under one blue mass.
    const grouped = g.grouping !== undefined;
    const maxArc = grouped ? d3.max(pic.arcs, (a) => (a.kind === 'supply' ? Number(a.link.valueUsd ?? 0) : 0)) || 1 : 1;
    // A focus's arcs: each role's opacity by how many it has (arc-strength.ts), the context's first
    // so that the links within the focus are drawn over them.
    const supplyCount = { focus: 0, context: 0 };
    for (const a of pic.arcs) if (a.kind === 'supply') supplyCount[a.role]++;
    const opacity = { focus: arcOpacity('focus', supplyCount.focus), context: arcOpacity('context', supplyCount.context) };
    const drawOrder = grouped ? pic.arcs : [...pic.arcs.filter((a) => a.role === 'context'), ...pic.arcs.filter((a) => a.role !== 'context')];
    for (const a of drawOrder) {
      if (a.kind === 'supply' && !showSupplies) continue;
      const p = flows.append('path').attr('d', arcPath(a.from, a.to, a.bend)).attr('vector-effect', 'non-scaling-stroke').attr('data-kind', a.kind).attr('data-role', a.role);
      if (a.kind === 'supply') p.attr('stroke', SUPPLY_STROKE).attr('stroke-opacity', grouped ? 0.12 : opacity[a.role]).attr('stroke-width', grouped ? 0.5 + 4 * Math.sqrt(Number(a.link.valueUsd ?? 0) / maxArc) : 1.3).attr('data-flow', a.id);
      else p.attr('stroke', MISSING_COLOUR).attr('stroke-dasharray', '6 4').attr('stroke-opacity', 0.55).attr('stroke-width', 1.3).attr('data-link', a.id).append('title').text(String(a.link.sentence ?? ''));
    }
    // Symbols in screen space (same size at every zoom), clusters on top of the plants near them.
    const marks = s.append('g').attr('class', 'marks');
    // Context under the focus, clusters on top: where thousands of marks share a spot (a province's
    // industrial estates), the focus is what shows.
    const layer = (p: Place): number => (p.label === 'Cluster' ? 2 : p.role === 'context' ? 0 : 1);
    const ordered = [...pic.places].sort((a, b) => layer(a) - layer(b));
    // Overviews: clusters and province nodes sized by the firms they stand for (one scale for both).
    const largest = grouped ? Math.max(0, ...pic.places.map((p) => (isGrouped(p) ? p.members : 0))) : 0;
    const radius = (p: Place): number => (grouped && (p.label === 'Cluster' || p.label === 'Group') ? memberRadius(p.members, largest, 3.5, 13) : p.label === 'Cluster' ? CLUSTER_R(p.members) : 5);
    const placeName = (p: Place): string => (grouped && isGrouped(p) ? overviewName(p) : p.name);
    const markOf = new Map<string, SVGPathElement>();
    // A context firm keeps a tint of its tier's colour, greyed: faded marks stacked by the thousand
    // (a province focus draws some 4,600 firms around it) added up to full colour, and the firms
    // around the focus read as strongly as the focus itself.
    const contextColour = (colour: string): string => d3.interpolateLab(colour, CONTEXT_GREY)(0.6);
    const contextFill = contextPlaceOpacity(pic.places.filter((p) => p.role === 'context' && p.label !== 'Cluster').length);
    const appendMark = (parent: d3.Selection<SVGGElement, undefined, null, undefined>, p: Place) => {
      const cluster = p.label === 'Cluster';
      const context = p.role === 'context';
      const m = parent
        .append('path')
        .attr('d', symbolPath(shapeOf(p), radius(p)))
        .attr('fill', context && !cluster ? contextColour(colourOf(p)) : colourOf(p))
        .attr('fill-opacity', cluster ? (grouped ? 0.6 : 0.8) : context ? contextFill : p.label === 'Group' ? 0.85 : 1)
        .attr('stroke', context ? '#52606d' : '#fff')
        .attr('stroke-dasharray', context ? '2 1.5' : null)
        .attr('stroke-width', cluster ? 1.5 : 0.8)
        .attr('data-id', p.id)
        .attr('data-role', p.role)
        .attr('class', `node ${cluster ? 'cluster' : 'firm'}`);
      m.append('title').text(cluster && !grouped ? t('map.tip.cluster', { name: p.name, members: p.members }) : placeName(p));
      return m;
    };
    for (const p of ordered) markOf.set(p.id, appendMark(marks, p).node()!);
    const labels = s.append('g').node()!;
    let transform = d3.zoomIdentity;
    // The close-up of recommended links too short to see in the frame the map opens on (inset.ts).
    const opening = pic.places.length > 0 ? frameTransform(openingBox(pic.places, g.focused, { width, height, pad: 90, maxK: 12 }), { width, height, pad: 90, maxK: 12 }) : d3.zoomIdentity;
    const subject = g.focused && !grouped ? insetSubject(pic.arcs, opening.k) : null;
    insetLinks = 0;
    const inset = subject
      ? drawInset(s, {
          subject,
          frame: { width, height },
          places: pic.places,
          opening: (p) => opening.apply(p),
          land: indonesia ? (path(indonesia) ?? '') : '',
          km: Math.max(...[[subject.box[0], [subject.box[1][0], subject.box[0][1]]], [subject.box[0], [subject.box[0][0], subject.box[1][1]]]].map(([a, b]) => d3.geoDistance(projection.invert!(a as Point)!, projection.invert!(b as Point)!) * 6371)),
          mark: appendMark,
          radius,
          priority: (p) => (p.label === 'Cluster' ? 80 : labelPriority(p, true)),
          supplyStroke: SUPPLY_STROKE,
        })
      : null;
    const placeAll = () => {
      for (const p of pic.places) {
        const [x, y] = transform.apply(p.at);
        markOf.get(p.id)?.setAttribute('transform', `translate(${x},${y})`);
      }
      const requests: LabelRequest[] = [];
      for (const p of pic.places) {
        const [x, y] = transform.apply(p.at);
        if (x < 0 || y < 0 || x > width || y > height) continue;
        const priority = p.label === 'Cluster' ? 80 : labelPriority(p, g.focused);
        const selected = (within.get() ?? ctx.state.get().sel) === p.id;
        if (priority <= 0 && !selected) continue;
        const text = grouped && isGrouped(p) ? overviewName(p, shortName(p.name, 30)) : shortName(p.name);
        requests.push({ id: p.id, text, x, y, r: radius(p), priority: priority + (selected ? 1000 : 0), muted: p.role === 'context', bold: p.label === 'Cluster', keep: selected || (p.label === 'Cluster' && p.id === ctx.state.get().cluster) });
      }
      if (importsShown()) {
        for (const a of pic.imports) {
          // The country's name where its arc comes into the frame.
          for (let i = 0; i <= 50; i++) {
            const [x, y] = transform.apply(arcPoint(a.from, a.to, IMPORT_BEND, i / 50));
            if (x < 6 || y < 6 || x > width - 6 || y > height - 6) continue;
            requests.push({ id: `country:${a.country}`, text: a.name, x, y, r: 3, priority: 65, muted: true });
            break;
          }
        }
      }
      // The key figure names the close-up only while it is there (zoomed in, the links show in place),
      // and no label of the map goes under it.
      const showing = inset?.update(transform) ?? false;
      const { x, y, width: w, height: h } = inset?.area ?? { x: 0, y: 0, width: 0, height: 0 };
      drawLabels(labels, placeLabels(requests, { width, height }, showing ? [{ box: { x0: x, y0: y, x1: x + w, y1: y + h }, owner: 'inset' }] : []));
      const shown = showing ? subject!.missing : 0;
      if (shown !== insetLinks) {
        insetLinks = shown;
        if (svg === s.node()) renderSide();
      }
    };
    const zoom = d3.zoom<SVGSVGElement, undefined>().scaleExtent([1, 80]).on('zoom', (e: d3.D3ZoomEvent<SVGSVGElement, undefined>) => {
      transform = e.transform;
      worldG.attr('transform', e.transform.toString());
      placeAll();
    });
    s.call(zoom);
    const frame = (box: [Point, Point], pad: number, maxK: number, animate: boolean) => {
      const target = frameTransform(box, { width, height, pad, maxK });
      if (animate) s.transition().duration(500).call(zoom.transform, target);
      else s.call(zoom.transform, target);
    };
    zoomTo = (box) => {
      if (!box) return void s.transition().duration(500).call(zoom.transform, d3.zoomIdentity);
      frame([projection(box[0])!, projection(box[1])!], 10, 80, true);
    };
    s.node()!.addEventListener('click', (e) => {
      const target = e.target as Element;
      const id = target.getAttribute('data-id');
      const link = target.getAttribute('data-link');
      const place = id ? pic.places.find((x) => x.id === id) : undefined;
      // A province node of an overview is no entity of its own: clicking it focuses its firms.
      if (place?.label === 'Group') ctx.state.set(focusOf(place) ?? { sel: place.id });
      else if (id) ctx.state.set({ sel: id });
      else if (link) ctx.state.set({ sel: link });
    });
    s.node()!.addEventListener('mousemove', (e) => {
      const id = (e.target as Element).getAttribute('data-id');
      const p = pic.places.find((x) => x.id === id);
      if (p) tooltip.show([p.name, p.label === 'Cluster' || p.label === 'Group' ? t('map.tip.members', { members: p.members }) : p.tier ? t(`tier.${p.tier}`) : t(`label.${p.label}`)], e.clientX, e.clientY);
      else tooltip.hide();
    });
    svg = s.node()!;
    relabel = placeAll;
    surface.replaceChildren(svg);
    looking = () => ({ centre: projection.invert!(transform.invert([width / 2, height / 2]))!, k: transform.k });
    const kept = keep && projection(keep.centre);
    if (kept) s.call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2).scale(keep.k).translate(-kept[0], -kept[1]));
    // Open on the places drawn (with room for their labels), not on the whole archipelago; on the
    // focus alone when, framed with its context, it would crowd into a blob (opening.ts).
    else if (pic.places.length > 0) s.call(zoom.transform, opening);
    else placeAll();
    const focus = pic.places.filter((p) => p.role !== 'context');
    zoomFocus = g.focused && focus.length > 0 ? () => frame(extent(focus.map((p) => p.at)), 90, 12, true) : null;
    focusButton.hidden = zoomFocus === null;
    root.dataset.clusterCount = String(pic.places.filter((p) => p.label === 'Cluster').length);
    root.dataset.firmCount = String(pic.places.filter((p) => p.label !== 'Cluster').length);
    importsBox.checked = importsShown();
    renderSide();
    highlight();
  };

  const renderNotice = () => {
    const selected = picture?.places.find((p) => p.id === ctx.state.get().sel);
    const box = refused ?? (graph ? overviewNotice(graph, selected, (patch) => ctx.state.set(patch)) : null);
    notice.replaceChildren(...(box ? [box] : []));
    root.dataset.overview = graph?.grouping?.group ?? '';
  };

  /** On an overview, the node the selected firm is drawn within: highlighted in its place. */
  const within = selectionWithin(() => {
    highlight();
    relabel?.();
  });
  const highlight = () => {
    renderNotice();
    const sel = within.get() ?? ctx.state.get().sel;
    const ends = sel.includes('|') ? sel.split('|').slice(0, 2) : [];
    const clusterOfSel = graph?.nodes.find((n) => n.id === sel)?.cluster;
    const raised: SVGPathElement[] = [];
    for (const p of svg?.querySelectorAll<SVGPathElement>('path.node') ?? []) {
      const id = p.getAttribute('data-id') ?? '';
      const on = id === sel || ends.includes(id) || (clusterOfSel !== undefined && id === clusterOfSel) || ends.some((e) => graph?.nodes.find((n) => n.id === e)?.cluster === id);
      p.setAttribute('stroke', on ? '#000' : p.getAttribute('data-role') === 'context' ? '#52606d' : '#fff');
      p.setAttribute('stroke-width', on ? '2.5' : p.classList.contains('cluster') ? '1.5' : '0.8');
      if (on) raised.push(p);
    }
    // Over the others: in a pile of clusters (an overview of Java) a ring below its neighbours was not seen.
    for (const p of raised) p.parentNode?.appendChild(p);
    for (const p of svg?.querySelectorAll<SVGPathElement>('path[data-link]') ?? []) p.setAttribute('stroke-width', p.getAttribute('data-link') === sel ? '4' : '1.6');
  };

  const reload = async () => {
    const mine = ++ticket;
    root.dataset.ready = 'false';
    ctx.pictured(null);
    try {
      const [{ graph: next, pinError, linksError }, catalog] = await Promise.all([loadGraph('map', ctx.state.get()), getCached<CatalogOut>('catalog')]);
      await world();
      if (mine !== ticket) return;
      // The components' names, for the export's table of the arcs.
      componentNames = new Map(catalog.components.map((c) => [c.id, c.name]));
      refused = null;
      root.dataset.refused = '';
      graph = next;
      if (pinError) ctx.status(t('map.pinError', { message: pinError }));
      else if (linksError) ctx.status(t('recommended.dropped', { message: linksError }));
      await draw(next);
      if (mine !== ticket) return;
      ctx.pictured(picturedOf(next, ['Firm', 'Cluster']));
      within.follow(next, ctx.state.get().sel);
      root.dataset.ready = 'true';
    } catch (error) {
      if (mine !== ticket) return;
      loadFailed(error, ctx, root, (box) => {
        refused = box;
        [graph, svg, picture, zoomFocus] = [null, null, null, null];
        focusButton.hidden = true;
        surface.replaceChildren();
        side.replaceChildren();
        renderNotice();
      });
    }
  };
  void reload();

  return {
    update(s, previous) {
      const unpinned = s.sel !== previous.sel && s.sel.includes('|') && !graph?.links.some((l) => l.id === s.sel);
      if (filtersChanged(s, previous) || s.missing !== previous.missing || unpinned) void reload();
      else if (s.sel !== previous.sel) {
        within.follow(graph, s.sel);
        highlight();
      }
    },
    destroy() {
      ticket++;
      resized.disconnect();
      clearTimeout(resizing);
    },
    exportable(): ViewExport | null {
      const nodeName = new Map((graph?.nodes ?? []).map((n) => [n.id, n.name]));
      const named = (id: string | undefined) => (id === undefined ? '' : (nodeName.get(id) ?? id));
      const arcTables = () => {
        const arcs = picture?.arcs ?? [];
        const supply = arcs.filter((a) => a.kind === 'supply').sort((a, b) => Number(a.role !== 'focus') - Number(b.role !== 'focus') || Number(b.link.valueUsd ?? 0) - Number(a.link.valueUsd ?? 0));
        const missing = arcs.filter((a) => a.kind === 'missing').sort((a, b) => (a.link.rank ?? 0) - (b.link.rank ?? 0));
        const imports = importsShown() ? (picture?.imports ?? []) : [];
        const ends = (a: Arc) => ({ from: named(a.link.supplier ?? a.link.source), to: named(a.link.buyer ?? a.link.target), component: a.link.component ? (componentNames.get(a.link.component) ?? a.link.component) : '' });
        const endColumns = [col('from', t('col.supplier')), col('to', t('col.buyer')), col('component', t('col.component'))];
        return [
          ...(supply.length > 0
            ? [{ title: t('map.supplyTable'), columns: [...endColumns, col('valueUsd', t('col.value'), 'usd'), col('role', t('col.place'), 'text', { words: linkRoleWords() })], rows: supply.map((a) => ({ ...ends(a), valueUsd: typeof a.link.valueUsd === 'number' ? a.link.valueUsd : null, role: a.role })) }]
            : []),
          ...(missing.length > 0 ? [{ title: t('map.missingTable'), columns: [col('rank', t('col.rank'), 'count'), ...endColumns, col('score', t('col.score'), 'decimal', { digits: 3 })], rows: missing.map((a) => ({ rank: a.link.rank ?? null, ...ends(a), score: a.link.score ?? null })) }] : []),
          ...(imports.length > 0
            ? [
                {
                  title: t('map.importsTable'),
                  columns: [col('country', 'country', 'text', { id: true }), col('name', t('col.country')), col('valueUsd', t('col.value'), 'usd'), col('flows', t('map.col.flows'), 'count'), col('importers', t('map.col.importers'), 'count')],
                  rows: imports.map((i) => ({ country: i.country, name: i.name, valueUsd: i.valueUsd, flows: i.flows, importers: i.importers.length })),
                },
              ]
            : []),
        ];
      };
      if (refused) return null;
      const places: Place[] = picture?.places ?? [];
      return {
        title: t('map.title'),
        ...(svg
          ? {
              svg: () => {
                const copy = svg!.cloneNode(true) as SVGSVGElement;
                copy.setAttribute('width', String(size.width));
                copy.setAttribute('height', String(size.height));
                copy.removeAttribute('style');
                return copy;
              },
            }
          : {}),
        legend: legend(),
        summary: figureList().map((f) => f.text),
        tables: [
          {
            title: t('map.table'),
            columns: [col('id', 'id', 'text', { id: true }), col('name', t('col.name')), col('kind', t('col.kind'), 'text', { words: tierWords() }), col('role', t('col.place'), 'text', { words: roleWords() }), col('members', t('col.members'), 'count')],
            rows: places.map((p) => ({ id: p.id, name: p.name, kind: p.tier ?? p.label, role: p.role, members: p.label === 'Cluster' ? p.members : null })),
          },
          // The figures behind the arcs: a briefing listed the places only, so its reader could not
          // read what flows between them (a national sentra's 52 supply flows and 50 recommended links).
          ...arcTables(),
        ],
        options: ['tier', 'cluster', 'province', 'component', 'missing'],
        method: distinct(figureList().map((f) => f.definition)),
      };
    },
  };
}

export const mapView: ViewDef = { id: 'map', titleKey: 'view.map', filters: true, mount };
