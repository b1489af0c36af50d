// The GraphStore contract. The embedded (graphology) store and the Neo4j store both implement it,
// and one contract test suite runs against both.
import type { Dataset, GraphData, NodeLabel, RelType } from '../model/index.ts';
import type { Counts, DatasetInfo, DatasetProvenance, EntityOut, GraphOut, GraphQuery } from './shapes.ts';
import type { ViewExtras } from './views.ts';
import type { CypherRequest, CypherResult } from '../console/shapes.ts';
import type { ConsoleCaller } from '../console/run.ts';

export type StoreKind = 'embedded' | 'neo4j';

/** A read of the data at one version, outside any request's work (see GraphStore.keepAtVersion). */
export type VersionedRead = (query: string, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

/**
 * Work a store does after each successful replace() (and the runtime once at start): building what
 * an analysis derives from the whole graph, so that the first request after a load finds it ready
 * instead of paying for it (warm.ts).
 */
export type Warmer = (store: GraphStore) => Promise<unknown>;

/**
 * Which state of the data an answer was computed from. Equal keys mean no committed change in
 * between, so an answer cached under a key is still right (server/work). `bookmarks` (Neo4j) make
 * later reads wait until the server answering them has reached this state.
 */
export interface DataVersion {
  key: string;
  bookmarks?: string[];
}

export interface GraphStore {
  readonly kind: StoreKind;
  /**
   * The data version now: read fresh, so that a change committed before the call (by this process
   * or, on Neo4j, by anyone) gives a different key.
   */
  version(): Promise<DataVersion>;
  /** Node counts per label and relationship counts per type. */
  counts(): Promise<Counts>;
  /**
   * Nodes and links for a D3 view: the focus of the filters and its context (views.ts), with the
   * recommended links the caller passes. Throws UnknownIdError for an unknown cluster/component.
   */
  graph(query: GraphQuery, extras?: ViewExtras): Promise<GraphOut>;
  /**
   * The ids of the firms passing a view's firm filters (tier, province, cluster), read before
   * anything heavier: throws UnknownIdError for an unknown cluster or component and, unless a
   * component narrows them (the view then checks what is left), FocusTooLargeError (413) past
   * MAX_FOCUS_FIRMS (views.ts). graphView passes them on to the
   * recommended links of a tier or province focus.
   */
  focusFirms(query: Pick<GraphQuery, 'tier' | 'province' | 'cluster' | 'component' | 'group'>): Promise<string[]>;
  /** One node with its relationships, or null when no node has that id. */
  entity(id: string): Promise<EntityOut | null>;
  /** The whole graph (analyses and exports work on it). */
  snapshot(): Promise<GraphData>;
  /**
   * The nodes of the given labels and the relationships of the given types: what a list needs
   * (the catalog, the firm list) without reading the whole graph, which on Neo4j at national scale
   * is over a million entities. Relationships may end at nodes of other labels.
   */
  subgraph(labels: readonly NodeLabel[], types: readonly RelType[]): Promise<GraphData>;
  /**
   * A value derived from the whole graph, built by `build` from snapshot(). A store whose data
   * changes only through replace() (the embedded one) keeps it until then; a store that others can
   * write to (Neo4j) leaves this out, and wholeGraph() builds the value afresh each time.
   */
  derived?<T>(key: string, build: (snap: GraphData) => T | Promise<T>): Promise<T>;
  /**
   * A value built from reads of the data at the version now (Neo4j), kept until the data version
   * moves on: any committed write, a load or someone else's direct write, makes the next call
   * build afresh, so a kept value is never stale. `build` reads only through the `read` it is
   * given: those reads wait for that version and belong to no request, so one client leaving
   * does not fail the others sharing the build. One value per key is kept (the latest version's).
   */
  keepAtVersion?<T>(key: string, build: (read: VersionedRead) => Promise<T>): Promise<T>;
  /** Runs the store's warmers (warm.ts) now; replace() runs them after each load. */
  warm?(): Promise<void>;
  /**
   * Whether the warmers are running now (after the server started, a load, or someone else's load
   * into Neo4j): analyses asked meanwhile wait for what they build (GET /api/health `preparing`).
   */
  preparing?(): boolean;
  /**
   * Replaces the stored dataset atomically: on any failure the previous one stays. `about` names
   * it (a name alone, or name and source); the store records it with the load time and hash.
   * `hash`, when given, is the dataset's content hash already computed (an upload's worker thread
   * computes it): both stores take it instead of computing it again.
   */
  replace(dataset: Dataset, about?: (DatasetProvenance & { loadedAt?: string; hash?: string }) | string): Promise<void>;
  /**
   * The dataset held now: name, source, load time, counts and content hash, as the store records
   * them, so a load by anyone (another server, `rantai load`) shows in the next answer. One small
   * read (Neo4j: the RantaiMeta node).
   */
  info(): Promise<DatasetInfo>;
  /**
   * Runs a read-only Cypher query (a file of cypher/analysis/ or a console query) and returns plain
   * JSON rows (Neo4j values converted in one place). The embedded store throws AppError
   * `not_implemented` (501): analyses there use snapshot() instead.
   */
  read(query: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  /**
   * The read-only Cypher console (POST /api/cypher): refuses anything whose plan is not read-only
   * and bounds time, rows and the queries one client (its IP address) has running at once; refusals
   * are worded in the caller's language. Only the Neo4j store has it; without it the API answers 501.
   */
  console?(request: CypherRequest, caller?: ConsoleCaller): Promise<CypherResult>;
  close(): Promise<void>;
}
