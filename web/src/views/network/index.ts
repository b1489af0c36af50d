// The network view: firms and clusters in a seeded force layout, coloured and shaped by tier, sized
// by a chosen measure, supply links solid and recommended missing links dashed; zoom, pan, drag,
// hover, click to open the detail panel, search, neighbourhood highlight, legend and key figures.
// A filter focuses (server/store/views.ts): the firms around the focus are drawn faded and
// labelled, and the key figures split links into inside and outside the focus.
import './messages.ts';
import '../../graph/graph.css';
import { h, select } from '../../app/dom.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { figureLines, figuresElement, type FigureLine } from '../../graph/key-figures.ts';
import { CLUSTER_COLOUR, MISSING_COLOUR, SUPPLY_COLOUR } from '../../app/palette.ts';
import { filtersChanged, type AppState } from '../../app/state.ts';
import { col, distinct, roleWords, tierWords } from '../../export/index.ts';
import type { LegendItem, MountedView, ViewContext, ViewDef, ViewExport } from '../../app/view.ts';
import { GraphView } from '../../graph/graph-view.ts';
import { runLayout } from '../../graph/layout.ts';
import { NO_HIGHLIGHT, type Highlight, type Scene } from '../../graph/scene.ts';
import { sceneToSvg } from '../../graph/scene-svg.ts';
import { legendElement, nodeLegend } from '../../graph/symbols.ts';
import { Tooltip } from '../../graph/tooltip.ts';
import { focusOf, isOverview, overviewFigure, overviewNotice } from '../../graph/overview.ts';
import { picturedOf, selectionWithin } from '../../graph/pictured.ts';
import { buildScene, layoutGroups, loadMeasure, loadNetwork, nodeRadii, recommendedLinks, type NetworkData } from './data.ts';
import { registerHook } from './hooks.ts';
import { loadFailed } from '../../app/notice/focus-refusal.ts';

const LAYOUT_SEED = 7;
/** `?render=svg|canvas` forces a renderer (the frame-time benchmark compares the two). */
const forcedMode = ((m) => (m === 'svg' || m === 'canvas' ? m : null))(new URLSearchParams(window.location.search).get('render'));

/** Provisional positions on a sunflower spiral (Vogel), shown until the layout answers. */
function spiral(ids: readonly string[]): Map<string, [number, number]> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return new Map(ids.map((id, i) => [id, [12 * Math.sqrt(i + 0.5) * Math.cos(i * golden), 12 * Math.sqrt(i + 0.5) * Math.sin(i * golden)]]));
}

function mount(el: HTMLElement, ctx: ViewContext): MountedView {
  const root = h('div', { class: 'graph-layout', id: 'network-view' });
  const main = h('div', { class: 'graph-main' });
  const toolbar = h('div', { class: 'graph-toolbar' });
  const side = h('div', { class: 'graph-side' });
  const note = h('p', { class: 'graph-note', 'aria-live': 'polite' });
  /** The overview notice (graph/overview.ts), between the toolbar and the picture. */
  const notice = h('div', { id: 'network-overview' });
  root.append(main, side);
  main.append(toolbar, notice);
  el.append(root);
  const tooltip = new Tooltip(main);

  let data: NetworkData | null = null;
  let scene: Scene | null = null;
  let view: GraphView | null = null;
  let positions = new Map<string, [number, number]>();
  let layoutMs = 0;
  let ticket = 0;
  let highlight: Highlight = NO_HIGHLIGHT;
  /** The server's refusal of a focus too large to draw, shown in place of the picture. */
  let refused: HTMLElement | null = null;

  const s0 = ctx.state.get();
  const missingBox = h('input', { type: 'checkbox', id: 'network-missing', onchange: (e: Event) => ctx.state.set({ missing: (e.target as HTMLInputElement).checked }) });
  missingBox.checked = s0.missing;
  toolbar.append(
    select('network-measure', t('network.measure'), (['none', 'import', 'betweenness', 'capacity'] as const).map((m) => ({ value: m, text: t(`network.measure.${m}`) })), s0.measure, (v) => ctx.state.set({ measure: v as AppState['measure'] })),
    h('label', { class: 'check' }, missingBox, ` ${t('network.missing')}`),
    h('button', { type: 'button', id: 'network-fit', onclick: () => view?.fit() }, t('network.fit')),
    note,
  );

  const degree = (): Map<string, number> => {
    const d = new Map<string, number>();
    for (const l of scene?.links ?? []) {
      if (l.kind !== 'supply') continue;
      d.set(l.s.id, (d.get(l.s.id) ?? 0) + 1);
      d.set(l.t.id, (d.get(l.t.id) ?? 0) + 1);
    }
    return d;
  };

  const measureText = (id: string): string | null => {
    const s = ctx.state.get();
    const v = data?.measure.get(id);
    if (s.measure === 'none' || v === undefined) return null;
    const value = s.measure === 'import' ? formatUsd(v) : s.measure === 'betweenness' ? formatNumber(v, 4) : formatNumber(v);
    return t('network.tip.measure', { measure: t(`network.measure.${s.measure}`), value });
  };

  const legend = (): LegendItem[] => [
    ...nodeLegend(scene?.nodes ?? []),
    ...(scene?.nodes.some((n) => n.role === 'context') ? [{ label: t('context.legend'), colour: CLUSTER_COLOUR, shape: 'context' as const }] : []),
    { label: t('network.supply'), colour: SUPPLY_COLOUR, shape: 'line' },
    { label: t('network.member'), colour: '#bbbbbb', shape: 'dash' },
    ...(scene?.links.some((l) => l.kind === 'missing') ? [{ label: t('network.recommended'), colour: MISSING_COLOUR, shape: 'dash' as const }] : []),
  ];

  /** The API's key figures (firms, supply links, recommended links), then firms per tier. */
  const figureList = (): FigureLine[] => {
    if (!data) return [];
    const lines = figureLines(data.graph, ['firms', 'supply', 'recommended']);
    const overview = overviewFigure(data.graph);
    if (overview) lines.push(overview);
    const grouping = data.graph.grouping;
    for (const tier of ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const) {
      // An overview draws few firms: count the tier's firms in the dataset (what the API says).
      const count = grouping ? grouping.tiers[tier].firms : data.graph.nodes.filter((n) => n.label === 'Firm' && n.tier === tier).length;
      if (count > 0) lines.push({ key: `tier.${tier}`, text: t('network.figure.tier', { tier: t(`tier.${tier}`), count }), definition: t('network.figure.tierDef'), values: { count } });
    }
    return lines;
  };
  const figures = (): string[] => figureList().map((f) => f.text);

  const renderSide = () => {
    side.replaceChildren(figuresElement(figureList()), legendElement(legend(), t('network.legend')));
  };

  /** The overview notice, with a button focusing the selected cluster (or province node). */
  const renderNotice = () => {
    const selected = data?.graph.nodes.find((n) => n.id === ctx.state.get().sel);
    const box = refused ?? (data ? overviewNotice(data.graph, selected, (patch) => ctx.state.set(patch)) : null);
    notice.replaceChildren(...(box ? [box] : []));
    root.dataset.overview = data?.graph.grouping?.group ?? '';
  };

  /** On an overview, the node the selected firm is drawn within: highlighted in its place. */
  const within = selectionWithin(() => applyHighlight(ctx.state.get(), false));

  /** Highlight from the selection (neighbourhood or a missing link) and the search. */
  const computeHighlight = (state: AppState): Highlight => {
    if (!scene) return NO_HIGHLIGHT;
    const s = { ...state, sel: within.get() ?? state.sel };
    const q = s.search.toLowerCase();
    const matches = new Set(q === '' ? [] : scene.nodes.filter((n) => n.name.toLowerCase().includes(q) || n.id.toLowerCase() === q).map((n) => n.id));
    if (s.sel === '') return { nodes: null, links: null, matches, selected: '' };
    const nodes = new Set<string>();
    const links = new Set<string>();
    if (s.sel.includes('|')) {
      const link = scene.links.find((l) => l.id === s.sel);
      if (link) {
        nodes.add(link.s.id).add(link.t.id);
        links.add(link.id);
      }
    } else if (scene.nodes.some((n) => n.id === s.sel)) {
      // Only a node drawn here: a selection kept from another focus (Koperasi Batur Jaya selected,
      // then the filter moved to Tegal) faded the whole picture around nothing.
      nodes.add(s.sel);
      for (const l of scene.links) {
        if (l.s.id === s.sel || l.t.id === s.sel) {
          links.add(l.id);
          nodes.add(l.s.id).add(l.t.id);
        }
      }
    }
    if (nodes.size === 0) return { nodes: null, links: null, matches, selected: s.sel };
    return { nodes, links, matches, selected: s.sel };
  };

  const evidence = h('div', { class: 'evidence', id: 'network-evidence', hidden: true, role: 'status' });
  const applyHighlight = (s: AppState, searchChanged: boolean) => {
    renderNotice();
    highlight = computeHighlight(s);
    view?.setHighlight(highlight);
    root.dataset.highlighted = String(highlight.nodes?.size ?? 0);
    root.dataset.matches = String(highlight.matches.size);
    const rec = s.sel.includes('|') && data ? recommendedLinks(data.graph).find((r) => r.id === s.sel) : undefined;
    evidence.hidden = !rec && !data?.pinError && !data?.linksError;
    if (rec) evidence.textContent = t('network.evidence', { sentence: String(rec.sentence ?? '') });
    else if (data?.pinError) evidence.textContent = t('network.pinError', { message: data.pinError });
    else if (data?.linksError) evidence.textContent = t('recommended.dropped', { message: data.linksError });
    if (s.search !== '') note.textContent = highlight.matches.size > 0 ? t('network.search.count', { count: highlight.matches.size, q: s.search }) : t('network.search.none', { q: s.search });
    else note.textContent = view?.mode === 'canvas' ? t('network.mode.canvas') : '';
    if (searchChanged && highlight.matches.size > 0) view?.centreOn([...highlight.matches][0]!);
  };

  const draw = () => {
    if (!data) return;
    view?.destroy();
    scene = buildScene(data, positions, ctx.state.get().cluster);
    ctx.pictured(picturedOf(data.graph, ['Firm', 'Cluster']));
    within.follow(data.graph, ctx.state.get().sel);
    root.dataset.nodeCount = String(scene.nodes.length);
    root.dataset.linkCount = String(scene.links.length);
    if (scene.nodes.length === 0) {
      view = null;
      renderNotice();
      note.textContent = t('network.empty');
      renderSide();
      return;
    }
    view = new GraphView(main, scene, {
      ...(forcedMode ? { mode: forcedMode } : {}),
      // A province node of an overview is no entity of its own: clicking it focuses its firms.
      onSelect: (id) => {
        const node = data?.graph.nodes.find((n) => n.id === id);
        ctx.state.set(node?.label === 'Group' ? (focusOf(node) ?? { sel: id }) : { sel: id });
      },
      onHover: (n, x, y) => {
        if (!n) return tooltip.hide();
        const node = data?.graph.nodes.find((g) => g.id === n.id);
        const cluster = node?.cluster ? data?.graph.nodes.find((g) => g.id === node.cluster)?.name : undefined;
        tooltip.show([n.name, n.tier ? t('network.tip.tier', { tier: t(`tier.${n.tier}`) }) : t(`label.${n.label}`), cluster ? t('network.tip.cluster', { cluster }) : '', measureText(n.id) ?? ''].filter((l) => l !== ''), x, y);
      },
    });
    main.append(evidence);
    root.dataset.mode = view.mode;
    renderSide();
    applyHighlight(ctx.state.get(), true);
  };

  /** Lays out the nodes the current data lacks positions for (all of them after a filter change). */
  const layoutAndDraw = async (mine: number) => {
    if (!data) return;
    const nodes = data.graph.nodes;
    if (nodes.some((n) => !positions.has(n.id))) {
      ctx.status(t('network.layout', { count: nodes.length }));
      // An overview shows its clusters and groups at once (on a seeded spiral) while the layout runs.
      if (isOverview(data.graph)) {
        positions = spiral(nodes.map((n) => n.id));
        draw();
      }
      const index = new Map(nodes.map((n, i) => [n.id, i]));
      const links: number[] = [];
      for (const l of data.graph.links) {
        const a = index.get(l.source);
        const b = index.get(l.target);
        if (a !== undefined && b !== undefined) links.push(a, b);
      }
      const overview = isOverview(data.graph);
      const result = await runLayout({ groups: layoutGroups(nodes, overview), links, seed: LAYOUT_SEED, ...(overview ? { radii: nodeRadii(data), anchored: true } : {}) });
      if (mine !== ticket) return;
      layoutMs = result.ms;
      positions = new Map(nodes.map((n, i) => [n.id, [result.positions[2 * i]!, result.positions[2 * i + 1]!]]));
      ctx.status('');
    }
    draw();
    root.dataset.ready = 'true';
  };

  const reload = async () => {
    const mine = ++ticket;
    root.dataset.ready = 'false';
    ctx.pictured(null);
    try {
      const next = await loadNetwork(ctx.state.get());
      if (mine !== ticket) return;
      refused = null;
      root.dataset.refused = '';
      data = next;
      positions = new Map();
      await layoutAndDraw(mine);
    } catch (error) {
      if (mine !== ticket) return;
      loadFailed(error, ctx, root, (box) => {
        refused = box;
        view?.destroy();
        [view, scene, data] = [null, null, null];
        root.dataset.nodeCount = '0';
        renderNotice();
        side.replaceChildren();
        note.textContent = '';
      });
    }
  };

  registerHook({
    layoutMs: () => layoutMs,
    mode: () => view?.mode ?? null,
    nodeCount: () => scene?.nodes.length ?? 0,
    positionOf: (id) => view?.positionOf(id) ?? null,
    setTransform: (x, y, k) => view?.setTransform(x, y, k),
    currentTransform: () => view?.currentTransform() ?? null,
  });
  void reload();

  const exportable = (): ViewExport | null => {
    if (refused) return null;
    const s = ctx.state.get();
    const d = degree();
    const byId = new Map((data?.graph.nodes ?? []).map((x) => [x.id, x]));
    const focused = (scene?.nodes ?? []).some((n) => n.role === 'context');
    // A document shows a table's first rows: with a focus, its firms come first (then those around it), each part in the drawing's order.
    const firms = (scene?.nodes ?? []).filter((n) => n.label === 'Firm');
    const ordered = focused ? [...firms.filter((n) => n.role !== 'context'), ...firms.filter((n) => n.role === 'context')] : firms;
    const rows = ordered.map((n) => {
      const cluster = byId.get(n.id)?.cluster ?? '';
      return { id: n.id, name: n.name, tier: n.tier ?? '', cluster, clusterName: cluster ? (byId.get(cluster)?.name ?? cluster) : '', role: n.role ?? 'focus', degree: d.get(n.id) ?? 0, measure: data?.measure.get(n.id) ?? '' };
    });
    const measure = s.measure === 'import' ? col('measure', t('col.importValue'), 'usd') : s.measure === 'betweenness' ? col('measure', t('col.betweenness'), 'decimal', { digits: 3 }) : s.measure === 'capacity' ? col('measure', t('col.capacity'), 'tonnes') : null;
    const current = scene;
    return {
      title: t('network.title'),
      ...(current && view ? { svg: () => sceneToSvg(current, highlight, view!.visibleBounds(), 1000, 700) } : {}),
      legend: legend(),
      summary: figures(),
      tables: [
        {
          title: t('network.table'),
          columns: [col('id', 'id', 'text', { id: true }), col('name', t('col.firm')), col('tier', t('col.tier'), 'text', { words: tierWords() }), col('cluster', 'cluster', 'text', { id: true }), col('clusterName', t('col.cluster')), ...(focused ? [col('role', t('col.place'), 'text', { words: roleWords() })] : []), col('degree', t('col.supplyLinks'), 'count'), ...(measure ? [measure] : [])],
          rows,
        },
      ],
      options: ['tier', 'cluster', 'province', 'component', 'search', 'measure', 'missing'],
      method: distinct(figureList().map((f) => f.definition)),
    };
  };

  return {
    update(s, previous) {
      // A selected recommended link that is not drawn yet is fetched pinned (drawn whatever the focus).
      const unpinned = s.sel !== previous.sel && s.sel.includes('|') && !data?.graph.links.some((l) => l.id === s.sel);
      if (filtersChanged(s, previous) || s.missing !== previous.missing || unpinned) return void reload();
      if (s.measure !== previous.measure) {
        const mine = ++ticket;
        void (async () => {
          if (!data) return;
          const measure = await loadMeasure(s, data.graph);
          if (mine !== ticket || !data) return;
          data = { ...data, measure };
          draw();
        })();
        return;
      }
      if (s.sel !== previous.sel) within.follow(data?.graph ?? null, s.sel);
      if (s.sel !== previous.sel || s.search !== previous.search) applyHighlight(s, s.search !== previous.search);
    },
    destroy() {
      ticket++;
      view?.destroy();
      registerHook(null);
    },
    exportable,
  };
}

export const networkView: ViewDef = { id: 'network', titleKey: 'view.network', filters: true, mount };
