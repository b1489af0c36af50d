// The Neo4j store: the same GraphStore contract as the embedded one, answered from Neo4j. Reads go
// through executeRead (routable to followers on a cluster or Aura), writes through executeWrite,
// and every value passes through toPlain() before it leaves this folder.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, REL_TYPES, relKey, type Dataset, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type Props, type RelType } from '../../model/index.ts';
import { entityOut } from '../entity.ts';
import { countsShape, provenanceOf, type Counts, type DatasetInfo, type DatasetProvenance, type EntityOut, type GraphOut, type GraphQuery } from '../shapes.ts';
import type { GraphStore } from '../types.ts';
import { buildView, FILTER_REL_TYPES, VIEW_LABELS, VIEW_REL_TYPES } from '../views.ts';
import { mapDriverError } from './errors.ts';
import { loadDataset, type LoadProgress } from './load.ts';
import { toNeo4jParam, toPlain } from './values.ts';
import { runConsoleQuery } from '../../console/run.ts';
import type { CypherRequest, CypherResult } from '../../console/shapes.ts';

export interface Neo4jOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** The label relationships of each type start from (counts use Neo4j's count store with it). */
const START_LABEL: Record<RelType, NodeLabel> = {
  MEMBER_OF: 'Firm',
  CAN: 'Firm',
  WORKS: 'Firm',
  NEEDS_PROCESS: 'Component',
  MADE_OF: 'Component',
  MAKES: 'Firm',
  NEEDS: 'Firm',
  SUPPLIES: 'Firm',
  IMPORTS: 'Firm',
  ENROLLED_IN: 'Firm',
};

type Row = Record<string, unknown>;

const asNode = (row: Row): GraphNode => ({ id: row.id as string, label: row.label as NodeLabel, props: row.props as Props });
const asRel = (row: Row): GraphRel => {
  const type = row.type as RelType;
  const props = row.props as Props;
  return { key: relKey(type, row.from as string, row.to as string, props), type, from: row.from as string, to: row.to as string, props };
};
const labelOf = `head([l IN labels(n) WHERE l IN $labels])`;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly database: string;
  private readonly driver: Driver;

  private constructor(driver: Driver, database: string) {
    this.driver = driver;
    this.database = database;
  }

  /** Creates the driver; does not wait for Neo4j (see waitUntilReachable). */
  static create(options: Neo4jOptions): Neo4jStore {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 20,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'rantai/0.1',
    });
    return new Neo4jStore(driver, options.database ?? 'neo4j');
  }

  static async connect(options: Neo4jOptions): Promise<Neo4jStore> {
    const store = Neo4jStore.create(options);
    await store.driver.verifyConnectivity({ database: store.database });
    return store;
  }

  async reachable(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  private async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private static async rows(tx: ManagedTransaction, query: string, params: Row = {}): Promise<Row[]> {
    const result = await tx.run(query, toNeo4jParam(params) as Row);
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  }

  async read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.readTx((tx) => Neo4jStore.rows(tx, query, params));
  }

  async counts(): Promise<Counts> {
    return this.readTx(async (tx) => {
      const nodes: Record<string, number> = {};
      const relationships: Record<string, number> = {};
      for (const label of NODE_LABELS) {
        const [row] = await Neo4jStore.rows(tx, `MATCH (n:${label}) RETURN count(n) AS c`);
        nodes[label] = row!.c as number;
      }
      for (const type of REL_TYPES) {
        const [row] = await Neo4jStore.rows(tx, `MATCH (:${START_LABEL[type]})-[r:${type}]->() RETURN count(r) AS c`);
        relationships[type] = row!.c as number;
      }
      return { nodes, relationships };
    });
  }

  /** Nodes of the given labels and relationships of the given types (between data nodes). */
  private async fetch(tx: ManagedTransaction, labels: readonly NodeLabel[], types: readonly RelType[]): Promise<{ nodes: GraphNode[]; rels: GraphRel[] }> {
    const nodes = (
      await Neo4jStore.rows(tx, `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id, ${labelOf} AS label, properties(n) AS props`, { labels })
    ).map(asNode);
    const rels: GraphRel[] = [];
    for (const type of types) {
      const rows = await Neo4jStore.rows(tx, `MATCH (a:${START_LABEL[type]})-[r:${type}]->(b) WHERE NOT b:RantaiStaging AND NOT b:RantaiRetired RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props`);
      for (const row of rows) rels.push(asRel(row));
    }
    return { nodes, rels };
  }

  async graph(query: GraphQuery): Promise<GraphOut> {
    return this.readTx(async (tx) => {
      const types = [...new Set<RelType>([...VIEW_REL_TYPES[query.view], ...FILTER_REL_TYPES])];
      const { nodes, rels } = await this.fetch(tx, VIEW_LABELS[query.view], types);
      const ids = async (label: NodeLabel) => new Set((await Neo4jStore.rows(tx, `MATCH (n:${label}) RETURN n.id AS id`)).map((r) => r.id as string));
      return buildView({ nodes, rels, componentIds: await ids('Component'), clusterIds: await ids('Cluster') }, query);
    });
  }

  async entity(id: string): Promise<EntityOut | null> {
    return this.readTx(async (tx) => {
      // One UNION branch per label so each lookup uses that label's uniqueness index.
      const find = NODE_LABELS.map((l) => `MATCH (n:${l} {id: $id}) RETURN n.id AS id, '${l}' AS label, properties(n) AS props`).join(' UNION ALL ');
      const [found] = await Neo4jStore.rows(tx, find, { id });
      if (!found) return null;
      const node = asNode(found);
      const rows = await Neo4jStore.rows(
        tx,
        `MATCH (n:${node.label} {id: $id})-[r]-(m) WHERE any(l IN labels(m) WHERE l IN $labels)
         RETURN startNode(r) = n AS out, m.id AS otherId, ${labelOf.replace('(n)', '(m)')} AS otherLabel, properties(m) AS otherProps, type(r) AS type, properties(r) AS props`,
        { id, labels: NODE_LABELS },
      );
      return entityOut(
        node,
        rows.map((r) => {
          const other = asNode({ id: r.otherId, label: r.otherLabel, props: r.otherProps });
          const rel = asRel({ from: r.out ? id : other.id, to: r.out ? other.id : id, type: r.type, props: r.props });
          return { rel, other };
        }),
      );
    });
  }

  async snapshot(): Promise<GraphData> {
    return this.readTx((tx) => this.fetch(tx, NODE_LABELS, REL_TYPES));
  }

  async replace(dataset: Dataset, about?: DatasetProvenance | string, onProgress?: (p: LoadProgress) => void): Promise<void> {
    const { name, source } = provenanceOf(about);
    try {
      await loadDataset(this.driver, dataset, { database: this.database, name, source, onProgress });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /**
   * The dataset as RantaiMeta records it, read afresh each time (one node), so a `rantai load` by
   * anyone shows in the next answer. A load made before counts were recorded counts the store.
   */
  async info(): Promise<DatasetInfo> {
    const [row] = await this.read('MATCH (m:RantaiMeta {id: $id}) RETURN properties(m) AS meta', { id: 'dataset' });
    const meta = (row?.meta ?? {}) as Record<string, unknown>;
    const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
    let counts: Counts | undefined;
    try {
      const parsed = countsShape.safeParse(JSON.parse(String(meta.counts ?? 'null')));
      if (parsed.success) counts = parsed.data;
    } catch {
      counts = undefined;
    }
    return {
      name: text(meta.name) ?? `neo4j:${this.database}`,
      source: text(meta.source) ?? text(meta.name) ?? `neo4j:${this.database}`,
      loadedAt: text(meta.loadedAt),
      hash: text(meta.hash),
      counts: counts ?? (await this.counts()),
    };
  }

  /** Whether any dataset has been loaded (the server loads the seed into an empty database). */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.read('MATCH (m:RantaiMeta {id: $id}) RETURN count(m) AS c', { id: 'dataset' });
    return row!.c === 0;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** A Cypher console query: refused unless its plan is read-only, bounded in time and rows (server/console). */
  async console(request: CypherRequest): Promise<CypherResult> {
    return runConsoleQuery(this.driver, this.database, request);
  }
}
