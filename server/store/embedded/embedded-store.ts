// The embedded default store: the graph in process, in a graphology MultiDirectedGraph keyed by
// node id and relationship key. `npm start` uses it when no NEO4J_URI is configured.
import { MultiDirectedGraph } from 'graphology';
import { datasetHashInSlices, isSynthetic, datasetToGraph, datasetToGraphInSlices, NODE_LABELS, REL_TYPES, type Dataset, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type Props, type RelType } from '../../model/index.ts';
import { AppError } from '../../errors.ts';
import { checkpoint } from '../../work/context.ts';
import { LruCache } from '../../work/lru.ts';
import { runInSlices, runToEnd, yieldToEventLoop } from '../../util/yield.ts';
import { countGraph, entityOut } from '../entity.ts';
import { provenanceOf, type Counts, type DatasetInfo, type DatasetProvenance, type EntityOut, type GraphOut, type GraphQuery, type GraphView } from '../shapes.ts';
import type { DataVersion, GraphStore, Warmer } from '../types.ts';
import { buildView, checkFocusSize, checkViewIds, checkWholeViewSize, isFocused, type ViewExtras, type ViewInput } from '../views.ts';
import { runWarmers } from '../warm.ts';
import { focusedViewInput, passingFirms } from './view-input.ts';
import { text, type Lang } from '../../i18n/index.ts';
import { embeddedFirmClusters, embeddedOverviewBase, overviewBaseKey, overviewInputOf, type FirmClusters, type OverviewBase } from './overview-input.ts';
import { buildOverview, chooseGrouping, focusedView, needsStats, type Grouping } from '../overview/index.ts';

/** Overview bases an embedded store keeps (the views need two: the network view's, and the one the tiers and map views share). */
const OVERVIEW_BASES_KEPT = 4;

interface NodeAttrs {
  label: NodeLabel;
  props: Props;
}
interface EdgeAttrs {
  type: RelType;
  props: Props;
}

type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface EmbeddedOptions {
  /** Run after each replace() and by warm() (server/store/warm.ts). */
  warmers?: readonly Warmer[];
  log?: (text: string) => void;
  /** The language of what it logs (the server's --lang). */
  lang?: Lang;
}

/**
 * Adds the nodes, then the relationships, to a new graph; yields the graph every 2,048 entities,
 * so a caller may let the event loop run there (buildGraphInSlices) or go straight on (buildGraph).
 */
function* building(data: GraphData): Generator<Graph, Graph> {
  const g: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  let added = 0;
  for (const n of data.nodes) {
    g.addNode(n.id, { label: n.label, props: n.props });
    if (++added % 2048 === 0) yield g;
  }
  for (const r of data.rels) {
    g.addDirectedEdgeWithKey(r.key, r.from, r.to, { type: r.type, props: r.props });
    if (++added % 2048 === 0) yield g;
  }
  return g;
}

/**
 * The graph's snapshot is the data it was built from: the graph holds the same nodes and
 * relationships in the same order (insertion order), with the same props objects. Kept as it is, it
 * costs nothing; read back from the graph it took 1.2 s of the main thread at national scale, in
 * one piece, on the first request (or warmer) after each load.
 */
function frozenSnapshot(data: GraphData): GraphData {
  return { nodes: Object.freeze(data.nodes) as GraphNode[], rels: Object.freeze(data.rels) as GraphRel[] };
}

function buildGraph(data: GraphData): Graph {
  return runToEnd(building(data));
}

/**
 * buildGraph for a replace() while the server answers requests: the same graph, built in slices
 * of about 30 ms with the event loop let run between them. At national scale (1.1 million nodes and
 * relationships) the build takes 4-5 s, which held every request, /api/health included.
 */
function buildGraphInSlices(data: GraphData): Promise<Graph> {
  return runInSlices(building(data));
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private g: Graph;
  /** The snapshot and the values derived from it, replaced together by replace(). */
  private snap: GraphData;
  private derivedValues = new Map<string, Promise<unknown>>();
  /** Bumped by replace(), the only way this store's data changes. */
  private generation = 1;
  /** The loaded dataset's provenance; its hash and counts are computed on first ask, once per load (hash, kept). */
  private about: DatasetProvenance & { loadedAt: string; synthetic: boolean };
  /** The dataset's content hash when whoever replaced it had it already (an upload's worker). */
  private knownHash: string | null = null;
  private hash: string | null = null;
  /** Values computed from the graph itself (not its snapshot, as derived() ones), dropped by replace() with it. */
  private kept = new Map<string, unknown>();
  private readonly options: EmbeddedOptions;
  /** Warm-ups running now (a start's and a load's may overlap). */
  private warmersRunning = 0;

  /** `about.loadedAt` keeps the time of an upload reloaded at start (server/upload/keep.ts). */
  constructor(dataset: Dataset, about?: (DatasetProvenance & { loadedAt?: string }) | string, options: EmbeddedOptions = {}) {
    this.options = options;
    const data = datasetToGraph(dataset);
    this.g = buildGraph(data);
    this.snap = frozenSnapshot(data);
    const given = provenanceOf(about);
    this.about = { name: given.name, source: given.source, loadedAt: (typeof about === 'object' && about.loadedAt) || new Date().toISOString(), synthetic: isSynthetic(dataset.firms) };
  }

  private node(id: string): GraphNode {
    const a = this.g.getNodeAttributes(id);
    return { id, label: a.label, props: a.props };
  }

  private rel(key: string): GraphRel {
    const a = this.g.getEdgeAttributes(key);
    return { key, type: a.type, from: this.g.source(key), to: this.g.target(key), props: a.props };
  }

  async version(): Promise<DataVersion> {
    return { key: `embedded:${this.generation}` };
  }

  /**
   * Counted once per data version: a count walks every node and relationship (0.3–0.8 s at national
   * scale), and GET /api/health, which monitors call every few seconds, asks for it each time.
   */
  async counts(): Promise<Counts> {
    return this.keep('counts', () => {
      const counts = countGraph(this.g.mapNodes((_, a) => a), this.g.mapEdges((_, a) => a), NODE_LABELS, REL_TYPES);
      // Frozen: every caller shares this one.
      Object.freeze(counts.nodes);
      Object.freeze(counts.relationships);
      return Object.freeze(counts);
    });
  }

  /** The value under `key` for the current graph, built on first ask. */
  private keep<T>(key: string, build: () => T): T {
    if (!this.kept.has(key)) this.kept.set(key, build());
    return this.kept.get(key) as T;
  }

  /** Each firm's cluster and the firms per tier, kept per load as counts() are. */
  private firmClusters(): FirmClusters {
    return this.keep('firm-clusters', () => embeddedFirmClusters(this.g));
  }

  /**
   * An overview's base for the grouping and view, kept per data version: the last
   * OVERVIEW_BASES_KEPT used (each holds a drawn node per firm, some 10 MB at national scale).
   */
  private overviewBase(grouping: Grouping, view: GraphView): OverviewBase {
    const bases = this.keep('overview-bases', () => new LruCache<OverviewBase>(OVERVIEW_BASES_KEPT, Infinity));
    const key = overviewBaseKey(grouping, view);
    let base = bases.get(key);
    if (!base) bases.set(key, (base = embeddedOverviewBase(this.g, this.firmClusters(), grouping, view)), 0);
    return base;
  }

  // The work gate's checkpoint() at the start of each read stops an analysis whose clients have
  // gone or whose time budget is spent before it starts another step (server/work/context.ts).
  async graph(query: GraphQuery, extras: ViewExtras = {}): Promise<GraphOut> {
    checkpoint();
    const known = this.knownIds();
    // A focus reads its neighbourhood only; an overview sums per cluster and province (server/store/overview).
    const focused = isFocused(query);
    if (focused) {
      const input = focusedViewInput(this.g, query, extras, known);
      // A province's focus gathers some 17,000 firms and 30,000 links at national scale (0.4 s);
      // drawing them is as long again: other requests run in between.
      await yieldToEventLoop();
      checkpoint();
      return focusedView(input, query, extras);
    }
    const needed = needsStats(query.group, false);
    const grouping = chooseGrouping(query.group, false, needed ? this.firmClusters().stats : undefined);
    if (grouping) return buildOverview(overviewInputOf(this.overviewBase(grouping, query.view), extras), query, grouping, extras);
    await checkWholeViewSize(query, async () => (await this.counts()).nodes.Firm ?? 0);
    return buildView({ nodes: this.g.mapNodes((id) => this.node(id)), rels: this.g.mapEdges((key) => this.rel(key)), ...known }, query, extras);
  }

  async focusFirms(query: Pick<GraphQuery, 'tier' | 'province' | 'cluster' | 'component' | 'group'>): Promise<string[]> {
    checkpoint();
    checkViewIds(query, this.knownIds());
    const firms = passingFirms(this.g, query);
    // A component narrows them: the view checks the size of what is left (views.ts, narrowedFocus).
    if (query.component === undefined) checkFocusSize(firms.length, query);
    return firms;
  }

  /** Every component id and cluster id, to tell an unknown filter value from an empty answer. */
  private knownIds(): Pick<ViewInput, 'componentIds' | 'clusterIds'> {
    // Kept per load: at national scale each look walked 120,000 nodes twice per focused request.
    return this.keep('known-ids', () => {
      const ids = (label: NodeLabel) => new Set(this.g.filterNodes((_, a) => a.label === label));
      return { componentIds: ids('Component'), clusterIds: ids('Cluster') };
    });
  }

  async entity(id: string): Promise<EntityOut | null> {
    if (!this.g.hasNode(id)) return null;
    const rels = this.g.edges(id).map((key) => {
      const rel = this.rel(key);
      return { rel, other: this.node(rel.from === id ? rel.to : rel.from) };
    });
    return entityOut(this.node(id), rels);
  }

  /**
   * The graph changes only in replace(), so one snapshot serves every request until then. Its lists
   * are frozen: callers share it and must copy before they sort or change it.
   */
  async snapshot(): Promise<GraphData> {
    checkpoint();
    return this.sharedSnapshot();
  }

  async subgraph(labels: readonly NodeLabel[], types: readonly RelType[]): Promise<GraphData> {
    checkpoint();
    const snap = this.sharedSnapshot();
    const wanted = new Set<string>(labels);
    const kinds = new Set<string>(types);
    return { nodes: snap.nodes.filter((n) => wanted.has(n.label)), rels: kinds.size === 0 ? [] : snap.rels.filter((r) => kinds.has(r.type)) };
  }

  private sharedSnapshot(): GraphData {
    return this.snap;
  }

  /**
   * A value an analysis derives from the whole graph (its indexes, its facts), built on first use
   * and kept until the dataset is replaced: at national scale building it costs more than the
   * analysis that reads it. The build is shared by every request, so only the caller is checked
   * against its work's budget, never the build (one client leaving must not fail the others).
   */
  derived<T>(key: string, build: (snap: GraphData) => T | Promise<T>): Promise<T> {
    try {
      checkpoint();
    } catch (error) {
      return Promise.reject(error);
    }
    let value = this.derivedValues.get(key);
    if (!value) {
      // The promise is kept, so concurrent first requests build once; a failed build is not kept.
      // Each build starts on a turn of the event loop of its own, so that an analysis (or the
      // warmers after a load) building several values lets requests waiting be answered in between.
      const values = this.derivedValues;
      const snap = this.sharedSnapshot();
      value = yieldToEventLoop().then(() => build(snap));
      value.catch(() => values.delete(key));
      values.set(key, value);
    }
    return value as Promise<T>;
  }

  /**
   * `about.hash`, when given, is the dataset's content hash as datasetHash computes it (an upload's
   * worker thread computes it off the main thread); otherwise info() computes it.
   */
  async replace(dataset: Dataset, about?: (DatasetProvenance & { loadedAt?: string; hash?: string }) | string): Promise<void> {
    // Build the new graph completely before swapping, so a failure leaves the old one in place;
    // requests answered meanwhile read the old one.
    const data = await datasetToGraphInSlices(dataset);
    this.g = await buildGraphInSlices(data);
    this.snap = frozenSnapshot(data);
    this.derivedValues = new Map();
    this.kept = new Map();
    this.generation += 1;
    this.hash = null;
    this.knownHash = (typeof about === 'object' && about.hash) || null;
    const given = provenanceOf(about);
    this.about = { name: given.name, source: given.source, loadedAt: (typeof about === 'object' && about.loadedAt) || new Date().toISOString(), synthetic: isSynthetic(dataset.firms) };
    // The load is done when what the analyses derive from the new graph is built too, so the first
    // request after it does not pay for that.
    await this.warm();
  }

  /** Builds what the warmers ask for from the current dataset (kept by derived() until the next replace()). */
  async warm(): Promise<void> {
    this.warmersRunning++;
    try {
      await runWarmers(this, this.options.warmers ?? [], { log: this.options.log, lang: this.options.lang });
    } finally {
      this.warmersRunning--;
    }
  }

  preparing(): boolean {
    return this.warmersRunning > 0;
  }

  async info(): Promise<DatasetInfo> {
    const about = this.about;
    if (this.hash === null) {
      // In slices: at national scale the hash takes 2-3 s, which held every request after an upload.
      const hash = this.knownHash ?? (await datasetHashInSlices(await this.snapshot()));
      // A replace() while hashing made this hash stale: it describes the old graph.
      if (about !== this.about) return this.info();
      this.hash = hash;
    }
    // counts() keeps its own count per data version.
    return { ...about, hash: this.hash, counts: await this.counts() };
  }

  async read(): Promise<Array<Record<string, unknown>>> {
    throw new AppError('not_implemented', text('error.cypherNeedsNeo4j'));
  }

  async close(): Promise<void> {}
}
