// The tier view: OEMs ← tier 1 ← tier 2 ← IKM (by cluster) as ordered columns, other buyers beside
// the OEMs, supply links bundled by component and coloured by component family (palette.ts),
// recommended links dashed, import flows entering from the origin countries at the side. A filter
// focuses (server/store/views.ts): the firms around the focus are drawn faded, and imports of the
// components in focus come in from their origins. Labels sit above the links with a white halo.
// Click selects; the selection's whole chain (upstream and downstream) stays bright.
import './messages.ts';
import '../../graph/graph.css';
import * as d3 from 'd3';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { GraphOut } from '../../../../server/store/shapes.ts';
import { getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { categoryColours, CLUSTER_COLOUR, IMPORT_COLOUR, MISSING_COLOUR, type CategoryColours } from '../../app/palette.ts';
import { filtersChanged, type AppState } from '../../app/state.ts';
import { col, distinct, fitText, linkRoleWords, roleWords } from '../../export/index.ts';
import type { LegendItem, MountedView, ViewContext, ViewDef, ViewExport } from '../../app/view.ts';
import { crowdOpacity } from '../../graph/crowd.ts';
import { figureLines, figuresElement, type FigureLine } from '../../graph/key-figures.ts';
import { drawLabels, LABEL_FONT_PX, shortName, textWidth, type PlacedLabel } from '../../graph/labels.ts';
import { colourOf, legendElement, nodeLegend, shapeOf, symbolPath } from '../../graph/symbols.ts';
import { Tooltip } from '../../graph/tooltip.ts';
import { focusOf, isGrouped, memberRadius, overviewFigure, overviewName, overviewNotice } from '../../graph/overview.ts';
import { loadGraph, type LoadedGraph } from '../network/data.ts';
import { TIERS_VIEW_FLOWS, TIERS_VIEW_ROWS } from '../../../../server/store/overview/rule.ts';
import { COLUMNS, isFirm, placeTiers, tiersWidthFor, TIERS_WIDTH, type PlacedGroup, type PlacedNode, type TierLayout } from './layout.ts';
import { loadFailed } from '../../app/notice/focus-refusal.ts';
import { picturedOf, selectionWithin } from '../../graph/pictured.ts';
import { flowsOf, largestFlows, type Flow } from './flows.ts';
import { nodeName } from '../../app/countries.ts';
import { noticeBox } from '../../app/notice/index.ts';

/** Everything upstream and downstream of a node along the flows. */
function chainOf(id: string, flows: Flow[]): Set<string> {
  const out = new Set([id]);
  for (const dir of ['up', 'down'] as const) {
    const queue = [id];
    const seen = new Set([id]);
    while (queue.length > 0) {
      const cur = queue.pop()!;
      for (const f of flows) {
        if (f.kind === 'missing') continue;
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

/** Room for a label: to the left of the IKM column, to the right of the others up to the next column. */
function labelRoom(n: PlacedNode, L: TierLayout): number {
  if (n.column === 'IKM') return L.left - 22;
  if (n.column === 'Country') return L.right - 16;
  const next = COLUMNS[COLUMNS.indexOf(n.column) + 1]!;
  return L.columnX[next] - L.columnX[n.column] - 24;
}

/** Column titles' size (px), and a title's width on one line. */
const TITLE_PX = 12;
const titleWidth = (title: string): number => textWidth(title, true, TITLE_PX);

/** A column title on one line, or on two split at the space nearest its middle when wider than `room`. */
function titleLines(title: string, room: number): string[] {
  if (titleWidth(title) <= room) return [title];
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [title];
  const cut = spaces.reduce((best, i) => (Math.abs(i - title.length / 2) < Math.abs(best - title.length / 2) ? i : best));
  return [title.slice(0, cut), title.slice(cut + 1)];
}

/**
 * Whether a firm's name says its cluster already: "IKM Ceper 06 (coran …)" of "Sentra IKM logam
 * Ceper", "IKM Pasuruan 01" of "Sentra IKM logam Pasuruan (Mayangan, …)" (the short name before
 * any bracket, as a whole word), so its label need not repeat it.
 */
function namesCluster(name: string, cluster: string | undefined): boolean {
  const key = cluster ? shortName(cluster, 200).replace(/\s*\(.*$/, '').trim().toLowerCase() : '';
  if (key === '') return false;
  const at = name.toLowerCase().indexOf(key);
  const wordAt = (i: number) => i >= 0 && i < name.length && /[\p{L}\p{N}]/u.test(name[i]!);
  return at >= 0 && !wordAt(at - 1) && !wordAt(at + key.length);
}

/**
 * A node's label before it is fitted to its room (columns.ts gives the longest room first where
 * the width allows). A province node's column names its tier already: its label is the province
 * and its firms.
 */
const labelOf = (n: PlacedNode): string =>
  n.label === 'Group'
    ? overviewName(n, n.province ?? t('overview.noProvince'))
    : isGrouped(n)
      ? overviewName(n, shortName(n.name, 34))
      : n.alone && !namesCluster(n.name, n.alone.name)
        ? t('tiers.inCluster', { name: shortName(n.name, 60), cluster: n.alone.name ? shortName(n.alone.name, 34) : t('tiers.noCluster.inline') })
        : shortName(n.name, 60);

/**
 * A cluster heading of the IKM column (layout.ts), before it is fitted to the margin: its short
 * name, as a cluster node's label ("Ceper" for "Sentra IKM logam Ceper", whose whole name was cut
 * to "Sentra IKM logam Pasurua…" in a seed picture whose margin the firms' names share); the
 * heading's tooltip gives the whole name.
 */
const headingOf = (g: PlacedGroup): string => (g.name ? shortName(g.name, 34) : t('tiers.noCluster'));

/** Places the picture `width` px wide, its columns spaced by the widths of their labels and titles. */
const place = (graph: GraphOut, clusterNames: Map<string, string>, width: number): TierLayout =>
  placeTiers(graph, clusterNames, width, { name: (n) => textWidth(labelOf(n)), title: (c) => titleWidth(t(`tiers.col.${c}`)), heading: (g) => textWidth(headingOf(g), true) });

/** A node's name for tooltips and tables: a cluster or province node with its firms. */
const nameOf = (n: PlacedNode): string => (isGrouped(n) ? overviewName(n) : n.name);

/**
 * Most rows (firms, clusters, countries) and flows (supply, recommended, latest-year import) the
 * view draws. Past them a browser spends minutes painting the curves, with the tab frozen (national
 * scale, tier=TIER1: 3,579 rows and 22,264 links, 23 s to draw and 80 s more before it answered;
 * other large buyers, 5,274 rows and 6,141 links, 6 s), and in a picture 1,100 px wide that many
 * curves are a wall of lines: a notice takes its place, the key figures and the tables stay.
 */
const TIERS_MAX_ROWS = TIERS_VIEW_ROWS;
const TIERS_MAX_FLOWS = TIERS_VIEW_FLOWS;
/**
 * Most flows drawn for an overview (the unfocused view at national scale, or a focus drawn
 * grouped): its few hundred rows carry about 9,000-10,000 summed links, which took 16-22 s to
 * draw; the largest by value are drawn and the notice says how many and what share of the value.
 */
const TIERS_OVERVIEW_FLOWS = 3000;

const crowdedBox = (rows: number, flows: number): HTMLElement =>
  noticeBox({ kind: 'caution', id: 'tiers-crowded', title: t('tiers.crowded.title'), lines: [t('tiers.crowded', { rows, flows, maxRows: TIERS_MAX_ROWS, maxFlows: TIERS_MAX_FLOWS })] });

/**
 * The view's graph. A focus of more firms than the view draws comes grouped (groupPast): a
 * province at national scale (16,610 firms and countries) was refused with a notice instead of
 * being drawn. So does a focus of fewer firms with more flows than the view draws (groupFlowsPast;
 * tier=TIER1 with its recommended links: 3,509 firms, 14,747 flows), as an overview, in the same
 * answer: the view used to ask a second time, after a firm-level answer of 5.8 MB.
 */
async function loadTiers(state: AppState): Promise<LoadedGraph & { lead?: string }> {
  const loaded = await loadGraph('tiers', state, { groupPast: String(TIERS_VIEW_ROWS), groupFlowsPast: String(TIERS_VIEW_FLOWS) });
  const flows = loaded.graph.grouping?.flows;
  // The notice says why this focus is grouped: its flows, not its firms.
  return flows ? { ...loaded, lead: t('tiers.groupedFlows', { flows: flows.count, max: flows.past, kept: loaded.graph.grouping!.kept }) } : loaded;
}

function mount(el: HTMLElement, ctx: ViewContext): MountedView {
  const root = h('div', { class: 'graph-layout', id: 'tiers-view' });
  const main = h('div', { class: 'graph-main' });
  const side = h('div', { class: 'graph-side' });
  const picture = h('div', { class: 'tiers-picture' });
  /** The overview notice (graph/overview.ts) above the picture. */
  const notice = h('div', { id: 'tiers-overview' });
  main.append(notice, picture);
  root.append(main, side);
  el.append(root);
  const tooltip = new Tooltip(main);
  let svg: SVGSVGElement | null = null;
  let graph: GraphOut | null = null;
  /** The server's refusal of a focus too large to draw, shown in place of the picture. */
  let refused: HTMLElement | null = null;
  /** The notice shown instead of a picture with more rows or links than the view draws legibly. */
  let crowded: HTMLElement | null = null;
  /** Why the answer is grouped when the view asked it so for its flows (the notice's first sentence). */
  let lead: string | undefined;
  let flows: Flow[] = [];
  /** The flows the picture draws: all of them, or an overview's largest (largestFlows). */
  let drawn: { drawn: Flow[]; share: number } = { drawn: [], share: 1 };
  let layout: TierLayout | null = null;
  let categoryOf = new Map<string, string>();
  let componentNames = new Map<string, string>();
  /** The dataset's categories in the page's language (/api/catalog's labels), for the legend. */
  let categoryNames: Record<string, string> = {};
  let palette: CategoryColours = categoryColours(new Map());
  let clusterNames = new Map<string, string>();
  let ticket = 0;
  /** The width the picture is laid out at in its pane now (layout.ts). */
  const paneWidth = (): number => tiersWidthFor(main.clientWidth);
  // Laid out again when the pane's width changes (a detail panel opened or closed, a window
  // resized), a little after it settles: a national overview takes a few hundred ms to draw.
  let relayout: ReturnType<typeof setTimeout> | undefined;
  const resized = new ResizeObserver(() => {
    clearTimeout(relayout);
    relayout = setTimeout(() => {
      if (!layout || !graph || paneWidth() === layout.width) return;
      layout = place(graph, clusterNames, paneWidth());
      draw();
    }, 100);
  });
  resized.observe(main);

  const colourOfComponent = (component: string): string => palette.colour(categoryOf.get(component) ?? '');
  const familyLabel = (e: CategoryColours['entries'][number]): string =>
    e.key === 'other'
      ? t('family.other')
      : e.family
        ? // The dataset's own category names in brackets, unless the family says it already.
          e.categories.length === 1 && (e.categories[0]!.toLowerCase() === e.family || (categoryNames[e.categories[0]!] ?? '').toLowerCase() === t(`family.${e.family}`).toLowerCase())
          ? t(`family.${e.family}`)
          : t('family.item', { family: t(`family.${e.family}`), categories: e.categories.map((c) => categoryNames[c] ?? c).join(', ') })
        : t('tiers.category', { category: e.key });

  // Supplies are worth so much a year; an import record is its year's value.
  const flowValue = (f: Flow): string => (f.kind === 'import' && f.year ? t('tiers.flowValueIn', { value: formatUsd(f.value), year: String(f.year) }) : t('tiers.flowValue', { value: formatUsd(f.value) }));

  const legend = (): LegendItem[] => [
    ...nodeLegend(layout?.nodes ?? []),
    ...(layout?.nodes.some((n) => n.role === 'context') ? [{ label: t('context.legend'), colour: CLUSTER_COLOUR, shape: 'context' as const }] : []),
    ...palette.entries.map((e) => ({ label: familyLabel(e), colour: e.colour, shape: 'line' as const })),
    { label: t('tiers.import'), colour: IMPORT_COLOUR, shape: 'dash' },
    ...(flows.some((f) => f.kind === 'missing') ? [{ label: t('tiers.missing'), colour: MISSING_COLOUR, shape: 'dash' as const }] : []),
  ];

  /** A node of the answer by id (there is no layout when the view is too crowded to draw). */
  let answerNodes: { graph: GraphOut; byId: Map<string, GraphOut['nodes'][number]> } | null = null;
  const answerNode = (id: string): GraphOut['nodes'][number] | undefined => {
    if (!graph) return undefined;
    if (answerNodes?.graph !== graph) answerNodes = { graph, byId: new Map(graph.nodes.map((n) => [n.id, n])) };
    return answerNodes.byId.get(id);
  };
  /** A node's name in the reader's language, from the answer. */
  const answerName = (id: string): string => {
    const n = answerNode(id);
    return n ? nodeName(n) : id;
  };

  const figureList = (): FigureLine[] => {
    if (!graph) return [];
    const lines = figureLines(graph, ['firms', 'supply', 'imports', 'recommended']);
    const overview = overviewFigure(graph);
    if (overview) lines.push(overview);
    const imports = flows.filter((f) => f.kind === 'import');
    const byCountry = d3.rollups(imports, (v) => d3.sum(v, (f) => f.value), (f) => f.source).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (byCountry[0]) {
      lines.push({ key: 'tiers.top', text: t('tiers.figure.top', { country: answerName(byCountry[0][0]), value: formatUsd(byCountry[0][1]) }), definition: t('figures.imports.def'), values: { valueUsd: byCountry[0][1] } });
    }
    return lines;
  };

  /** The picture of layout `L`: its flows, nodes, column titles and labels, without listeners. */
  const pictureOf = (L: TierLayout): SVGSVGElement => {
    // The bundling waypoints' reach from each end: the mean gap's share, as when the gaps were equal.
    const gap = (L.width - L.left - L.right) / (COLUMNS.length - 1);
    // Supplies and imports each by their own largest: a national import record (USD millions)
    // drew every supply link of a focus at the thinnest width beside it.
    const widthOf = (kind: Flow['kind'], range: [number, number]) =>
      d3.scaleSqrt().domain([0, d3.max(drawn.drawn, (f) => (f.kind === kind ? f.value : 0)) || 1]).range(range);
    const supplyWidth = widthOf('supply', [0.8, 7]);
    const importWidth = widthOf('import', [0.8, 4]);
    const line = d3.line().curve(d3.curveBundle.beta(0.85));
    const s = d3.create('svg').attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`).attr('font-family', 'sans-serif').attr('role', 'img').attr('class', 'tiers');
    s.append('rect').attr('width', L.width).attr('height', L.height).attr('fill', '#ffffff');
    const links = s.append('g').attr('fill', 'none').attr('class', 'links');
    // Each kind's opacity by how many of it are drawn (graph/crowd.ts): a national overview draws
    // 3,000 supply links and some 1,500 import flows, which at 0.6 and 0.5 each hid the columns.
    const full = { supply: 0.6, import: 0.5, missing: 0.5 } as const;
    const counts = d3.rollup(drawn.drawn, (v) => v.length, (f) => f.kind);
    const opacity = (kind: keyof typeof full): number => crowdOpacity(full[kind], counts.get(kind) ?? 0);
    /**
     * A flow between two firms around the focus (a buyer's imports of a component in focus, a
     * recommended link between context firms) is drawn faded like those firms: focused on a
     * national cluster, 82 such import flows drew over its own supply links.
     */
    const AROUND = 0.3;
    const isAround = (f: Flow): boolean => L.byId.get(f.source)?.role === 'context' && L.byId.get(f.target)?.role === 'context';
    // Faded flows first, so that the focus's own are drawn over them.
    for (const f of [...drawn.drawn].sort((x, y) => Number(!isAround(x)) - Number(!isAround(y)))) {
      const a = L.byId.get(f.source);
      const b = L.byId.get(f.target);
      if (!a || !b) continue;
      const dir = b.x >= a.x ? 1 : -1;
      const laneY = f.kind === 'import' ? b.y : (L.lane.get(f.component) ?? (a.y + b.y) / 2);
      const reach = Math.min(gap * 0.45, Math.abs(b.x - a.x) / 2);
      const pts: Array<[number, number]> = [[a.x + 6 * dir, a.y], [a.x + dir * reach, laneY], [b.x - dir * reach, laneY], [b.x - 6 * dir, b.y]];
      const stroke = f.kind === 'import' ? IMPORT_COLOUR : f.kind === 'missing' ? MISSING_COLOUR : colourOfComponent(f.component);
      const around = isAround(f);
      const drawnOpacity = opacity(f.kind) * (around ? AROUND : 1);
      links
        .append('path')
        .attr('d', line(pts))
        .attr('stroke', stroke)
        .attr('stroke-width', f.kind === 'missing' ? 1.3 : f.kind === 'import' ? importWidth(f.value) : supplyWidth(f.value))
        .attr('stroke-opacity', drawnOpacity)
        .attr('stroke-dasharray', f.kind === 'import' ? '5 3' : f.kind === 'missing' ? '6 4' : null)
        .attr('data-flow', f.id)
        .attr('data-kind', f.kind)
        .attr('data-role', f.role)
        .attr('data-colour', stroke)
        .attr('data-around', around ? 'true' : null)
        .attr('data-opacity', drawnOpacity)
        .append('title')
        .text(`${a.name} → ${b.name}: ${componentNames.get(f.component) ?? f.component}${f.value > 0 ? ` (${flowValue(f)})` : ''}`);
    }
    const nodes = s.append('g').attr('class', 'nodes');
    // Overviews: a cluster or province node's area shows its firms (within a row's height).
    const largest = Math.max(0, ...L.nodes.map((n) => n.members ?? 0));
    for (const n of L.nodes) {
      const context = n.role === 'context';
      nodes
        .append('path')
        .attr('transform', `translate(${n.x},${n.y})`)
        .attr('d', symbolPath(shapeOf(n), isGrouped(n) ? memberRadius(n.members ?? 0, largest, 3, 7.5) : 5))
        .attr('fill', colourOf(n))
        .attr('data-role', n.role)
        .attr('data-context', context ? 'true' : null)
        .attr('stroke', context ? '#52606d' : '#fff')
        .attr('stroke-dasharray', context ? '2 1.5' : null)
        .attr('stroke-width', 0.8)
        .attr('data-id', n.id)
        .attr('data-column', n.column)
        .attr('class', 'node')
        .append('title')
        .text(nameOf(n));
    }
    // Column titles and labels last: above every link, each with a white halo.
    // A title is centred on its column. It takes two lines where on one it would come within 6 px
    // of its neighbours' (taken on one line) or 4 px of the picture's edge: in a narrow picture, or
    // beside a narrow gap (columns.ts gives each gap room for its titles when the width allows).
    const titles = COLUMNS.map((c) => t(`tiers.col.${c}`));
    COLUMNS.forEach((c, i) => {
      const x = L.columnX[c];
      const half = (k: number) => titleWidth(titles[k]!) / 2;
      const before = i === 0 ? x - 4 : x - L.columnX[COLUMNS[i - 1]!] - half(i - 1) - 6;
      const after = i === COLUMNS.length - 1 ? L.width - x - 4 : L.columnX[COLUMNS[i + 1]!] - x - half(i + 1) - 6;
      const title = s.append('text').attr('x', x).attr('y', 20).attr('text-anchor', 'middle').attr('font-size', TITLE_PX).attr('font-weight', 600).attr('fill', '#1f2933').attr('class', 'column-title');
      const lines = titleLines(titles[i]!, 2 * Math.min(before, after));
      if (lines.length === 1) title.text(lines[0]!);
      else lines.forEach((line, k) => title.append('tspan').attr('x', x).attr('y', 13 + k * 13).text(line));
      // A column the view holds nobody for (other large buyers around a tier 1 focus) says so: a
      // title over nothing read as a picture that failed to draw.
      // Two short words on one line, narrower than any column's room.
      if (!L.nodes.some((n) => n.column === c)) {
        s.append('text').attr('x', x).attr('y', 46).attr('text-anchor', 'middle').attr('font-size', LABEL_FONT_PX).attr('font-style', 'italic').attr('fill', '#52606d').attr('class', 'column-empty').attr('data-column', c).text(t('tiers.colEmpty'));
      }
    });
    // Each label fits its room (the margin, or the gap to the next column) and rows are a label
    // line apart (layout.ts), so labels cannot overlap: no placement search is needed here.
    const labels = L.nodes.map((n): PlacedLabel => {
      const left = n.column === 'IKM';
      const text = fitText(labelOf(n), labelRoom(n, L), LABEL_FONT_PX);
      const x = n.x + (left ? -9 : 9);
      const w = textWidth(text);
      return { id: n.id, text, x, y: n.y, anchor: left ? 'end' : 'start', box: { x0: left ? x - w : x, y0: n.y - 7, x1: left ? x : x + w, y1: n.y + 7 }, muted: n.role === 'context', bold: false };
    });
    // Each cluster's heading over its IKM, bold, in the same margin; clicking it selects the
    // cluster (its details), as clicking a firm selects the firm.
    const hits = s.append('g').attr('class', 'cluster-headings');
    for (const g of L.groups) {
      const text = fitText(headingOf(g), L.left - 22, LABEL_FONT_PX, true);
      const x = g.x - 9;
      const w = textWidth(text, true);
      labels.push({ id: g.cluster ?? '', text, x, y: g.y, anchor: 'end', box: { x0: x - w, y0: g.y - 7, x1: x, y1: g.y + 7 }, muted: g.role === 'context', bold: true });
      if (!g.cluster) continue;
      hits
        .append('rect')
        .attr('x', x - w)
        .attr('y', g.y - 7)
        .attr('width', w)
        .attr('height', 14)
        .attr('fill', 'transparent')
        .attr('cursor', 'pointer')
        .attr('class', 'cluster-heading')
        .attr('data-id', g.cluster)
        .append('title')
        .text(t('tiers.group.tip', { name: g.name ?? g.cluster, count: g.members.length }));
    }
    drawLabels(s.append('g').node()!, labels);
    return s.node()!;
  };

  const draw = () => {
    if (!layout) return;
    const L = layout;
    svg = pictureOf(L);
    svg.addEventListener('click', (e) => {
      const id = (e.target as Element).getAttribute('data-id');
      const n = id ? L.byId.get(id) : undefined;
      // A province node of an overview is no entity of its own: clicking it focuses its firms.
      if (n?.label === 'Group') ctx.state.set(focusOf(n) ?? { sel: n.id });
      else if (id) ctx.state.set({ sel: id });
    });
    svg.addEventListener('mousemove', (e) => {
      const target = e.target as Element;
      const id = target.getAttribute('data-id');
      const n = id ? L.byId.get(id) : undefined;
      // A firm's cluster by name (a national dataset's "IKM 239" says nothing of it).
      const cluster = n?.cluster && isFirm(n) ? (clusterNames.get(n.cluster) ?? n.cluster) : undefined;
      if (n) tooltip.show([nameOf(n), n.tier ? t(`tier.${n.tier}`) : t(`label.${n.label}`), ...(cluster ? [cluster] : []), ...(n.role === 'context' ? [t('context.legend')] : [])], e.clientX, e.clientY);
      else tooltip.hide();
    });
    picture.replaceChildren(svg);
    root.dataset.nodeCount = String(L.nodes.length);
    root.dataset.width = String(L.width);
    root.dataset.flowCount = String(flows.length);
    root.dataset.drawnFlows = String(drawn.drawn.length);
    side.replaceChildren(figuresElement(figureList()), legendElement(legend(), t('tiers.legend')));
    highlight();
  };

  const renderNotice = () => {
    const selected = layout?.byId.get(ctx.state.get().sel);
    const box = refused ?? crowded ?? (graph ? overviewNotice(graph, selected, (patch) => ctx.state.set(patch), lead) : null);
    // An overview too dense to draw whole says what part of it the picture shows.
    const part =
      !refused && !crowded && drawn.drawn.length < flows.length
        ? h('p', { class: 'graph-note', id: 'tiers-largest' }, t('tiers.largest', { shown: drawn.drawn.length, total: flows.length, share: formatNumber(drawn.share * 100, 0) }))
        : null;
    notice.replaceChildren(...[box, part].filter((x): x is HTMLElement => x !== null));
    root.dataset.overview = graph?.grouping?.group ?? '';
  };

  const fullWidthPicture = (L: TierLayout, g: GraphOut): SVGSVGElement => {
    if (L.width === TIERS_WIDTH) return svg!.cloneNode(true) as SVGSVGElement;
    const full = pictureOf(place(g, clusterNames, TIERS_WIDTH));
    paint(full);
    return full;
  };

  /** On an overview, the node the selected firm is drawn within: highlighted in its place. */
  const within = selectionWithin(() => highlight());
  const highlight = () => {
    renderNotice();
    if (!svg) return;
    root.dataset.highlighted = String(paint(svg));
  };

  /** Brightens the selection's chain in `target` and fades the rest; returns the chain's size (0: nothing selected). */
  const paint = (target: SVGSVGElement): number => {
    const sel = within.get() ?? ctx.state.get().sel;
    const chain = sel && layout?.byId.has(sel) ? chainOf(sel, flows) : null;
    for (const p of target.querySelectorAll<SVGPathElement>('path.node')) {
      const id = p.getAttribute('data-id') ?? '';
      const on = !chain || chain.has(id);
      p.setAttribute('fill-opacity', on ? (p.getAttribute('data-role') === 'context' ? '0.5' : '1') : '0.15');
      p.setAttribute('stroke', id === sel ? '#000' : p.getAttribute('data-role') === 'context' ? '#52606d' : '#fff');
      p.setAttribute('stroke-width', id === sel ? '2.5' : '0.8');
    }
    const flowById = new Map(flows.map((f) => [f.id, f]));
    for (const p of target.querySelectorAll<SVGPathElement>('path[data-flow]')) {
      const f = flowById.get(p.getAttribute('data-flow') ?? '');
      const on = !chain || (f !== undefined && chain.has(f.source) && chain.has(f.target)) || (f?.kind === 'missing' && f.id === sel);
      // Back to the opacity it was drawn with (its kind's, by their number), or faded out of the chain.
      p.setAttribute('stroke-opacity', on ? (p.dataset.opacity ?? '0.6') : '0.05');
    }
    return chain?.size ?? 0;
  };

  const reload = async () => {
    const mine = ++ticket;
    root.dataset.ready = 'false';
    ctx.pictured(null);
    try {
      const [loaded, catalog] = await Promise.all([loadTiers(ctx.state.get()), getCached<CatalogOut>('catalog')]);
      if (mine !== ticket) return;
      refused = null;
      root.dataset.refused = '';
      graph = loaded.graph;
      lead = loaded.lead;
      if (loaded.pinError) ctx.status(t('tiers.pinError', { message: loaded.pinError }));
      else if (loaded.linksError) ctx.status(t('recommended.dropped', { message: loaded.linksError }));
      categoryOf = new Map(catalog.components.map((c) => [c.id, c.category ?? '']));
      componentNames = new Map(catalog.components.map((c) => [c.id, c.name]));
      categoryNames = catalog.labels.categories;
      flows = flowsOf(graph);
      const counts = new Map<string, number>();
      for (const f of flows) if (f.kind === 'supply') counts.set(categoryOf.get(f.component) ?? '', (counts.get(categoryOf.get(f.component) ?? '') ?? 0) + 1);
      palette = categoryColours(counts);
      // An overview's links are sums between a few hundred rows: its largest are drawn. A firm-level
      // focus past the limits is not drawn at all (a thinned wall of single firms would mislead),
      // and decided before the layout (every node of the answer is a row), which would cost 1-2 s.
      const overview = graph.grouping !== undefined;
      drawn = overview ? largestFlows(flows, TIERS_OVERVIEW_FLOWS) : { drawn: flows, share: 1 };
      const rows = graph.nodes.length;
      crowded = rows > TIERS_MAX_ROWS || (!overview && flows.length > TIERS_MAX_FLOWS) ? crowdedBox(rows, flows.length) : null;
      clusterNames = new Map(catalog.clusters.map((c) => [c.id, c.name]));
      layout = crowded ? null : place(graph, clusterNames, paneWidth());
      root.dataset.crowded = crowded ? 'true' : '';
      root.dataset.flowCount = String(flows.length);
      if (graph.nodes.length === 0 || crowded) {
        picture.replaceChildren(...(crowded ? [] : [h('p', { class: 'panel' }, t('tiers.empty'))]));
        svg = null;
        root.dataset.nodeCount = '0';
        side.replaceChildren(figuresElement(figureList()));
        renderNotice();
      } else draw();
      // A focus too crowded to draw draws nothing: it leaves nothing "out".
      ctx.pictured(crowded ? null : picturedOf(graph, ['Firm', 'Country']));
      within.follow(crowded ? null : graph, ctx.state.get().sel);
      root.dataset.ready = 'true';
    } catch (error) {
      if (mine !== ticket) return;
      loadFailed(error, ctx, root, (box) => {
        [refused, crowded] = [box, null];
        [graph, svg, layout, flows, drawn] = [null, null, null, [], { drawn: [], share: 1 }];
        picture.replaceChildren();
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
      clearTimeout(relayout);
    },
    exportable(): ViewExport | null {
      if (refused) return null;
      const name = (id: string) => layout?.byId.get(id)?.name ?? answerName(id);
      // A supplier's cluster, so that a table can be sorted and pivoted by cluster as the picture groups its IKM.
      const clusterOf = (id: string): string => {
        const cluster = answerNode(id)?.cluster;
        return cluster ? (clusterNames.get(cluster) ?? cluster) : '';
      };
      const component = (id: string) => componentNames.get(id) ?? id;
      const role = roleWords();
      // A document shows a table's first rows: flows within the focus first, then the largest.
      const ordered = [...flows].sort((a, b) => Number(a.role !== 'focus') - Number(b.role !== 'focus') || b.value - a.value);
      return {
        title: t('tiers.title'),
        // A document's picture is always laid out at full width, whatever the pane's width is now.
        ...(svg && layout && graph ? { svg: () => fullWidthPicture(layout!, graph!) } : {}),
        legend: legend(),
        summary: figureList().map((f) => f.text),
        tables: [
          {
            title: t('tiers.flows'),
            columns: [
              col('supplierId', 'supplier', 'text', { id: true }),
              col('supplier', t('col.supplier')),
              col('supplierCluster', t('col.supplierCluster')),
              col('buyerId', 'buyer', 'text', { id: true }),
              col('buyer', t('col.buyer')),
              col('componentId', 'component', 'text', { id: true }),
              col('component', t('col.component')),
              col('valueUsd', t('col.value'), 'usd'),
              col('role', t('col.place'), 'text', { words: linkRoleWords() }),
            ],
            rows: ordered
              .filter((f) => f.kind === 'supply')
              .map((f) => ({ supplierId: f.source, supplier: name(f.source), supplierCluster: clusterOf(f.source), buyerId: f.target, buyer: name(f.target), componentId: f.component, component: component(f.component), valueUsd: f.value, role: f.role })),
          },
          {
            title: t('tiers.imports'),
            columns: [col('countryId', 'country', 'text', { id: true }), col('country', t('col.country')), col('buyerId', 'buyer', 'text', { id: true }), col('buyer', t('col.buyer')), col('componentId', 'component', 'text', { id: true }), col('component', t('col.component')), col('year', t('col.year'), 'year'), col('valueUsd', t('col.value'), 'usd'), col('role', t('col.place'), 'text', { words: role })],
            rows: ordered.filter((f) => f.kind === 'import').map((f) => ({ countryId: f.source, country: name(f.source), buyerId: f.target, buyer: name(f.target), componentId: f.component, component: component(f.component), year: f.year, valueUsd: f.value, role: f.role })),
          },
        ],
        options: ['tier', 'cluster', 'province', 'component', 'missing'],
        method: distinct(figureList().map((f) => f.definition)),
      };
    },
  };
}

export const tiersView: ViewDef = { id: 'tiers', titleKey: 'view.tiers', filters: true, mount };
