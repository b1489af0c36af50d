// The embedded default store: the graph in process, in a graphology MultiDirectedGraph keyed by
// node id and relationship key. `npm start` uses it when no NEO4J_URI is configured.
import { MultiDirectedGraph } from 'graphology';
import { datasetToGraph, NODE_LABELS, REL_TYPES, type Dataset, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type Props, type RelType } from '../../model/index.ts';
import { AppError } from '../../errors.ts';
import { countGraph, entityOut } from '../entity.ts';
import type { Counts, EntityOut, GraphOut, GraphQuery } from '../shapes.ts';
import type { GraphStore } from '../types.ts';
import { buildView } from '../views.ts';

interface NodeAttrs {
  label: NodeLabel;
  props: Props;
}
interface EdgeAttrs {
  type: RelType;
  props: Props;
}

type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

function buildGraph(data: GraphData): Graph {
  const g: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  for (const n of data.nodes) g.addNode(n.id, { label: n.label, props: n.props });
  for (const r of data.rels) g.addDirectedEdgeWithKey(r.key, r.from, r.to, { type: r.type, props: r.props });
  return g;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private g: Graph;

  constructor(dataset: Dataset) {
    this.g = buildGraph(datasetToGraph(dataset));
  }

  private node(id: string): GraphNode {
    const a = this.g.getNodeAttributes(id);
    return { id, label: a.label, props: a.props };
  }

  private rel(key: string): GraphRel {
    const a = this.g.getEdgeAttributes(key);
    return { key, type: a.type, from: this.g.source(key), to: this.g.target(key), props: a.props };
  }

  async counts(): Promise<Counts> {
    return countGraph(this.g.mapNodes((_, a) => a), this.g.mapEdges((_, a) => a), NODE_LABELS, REL_TYPES);
  }

  async graph(query: GraphQuery): Promise<GraphOut> {
    const nodes = this.g.mapNodes((id) => this.node(id));
    const rels = this.g.mapEdges((key) => this.rel(key));
    const ids = (label: NodeLabel) => new Set(nodes.filter((n) => n.label === label).map((n) => n.id));
    return buildView({ nodes, rels, componentIds: ids('Component'), clusterIds: ids('Cluster') }, query);
  }

  async entity(id: string): Promise<EntityOut | null> {
    if (!this.g.hasNode(id)) return null;
    const rels = this.g.edges(id).map((key) => {
      const rel = this.rel(key);
      return { rel, other: this.node(rel.from === id ? rel.to : rel.from) };
    });
    return entityOut(this.node(id), rels);
  }

  async snapshot(): Promise<GraphData> {
    return { nodes: this.g.mapNodes((id) => this.node(id)), rels: this.g.mapEdges((key) => this.rel(key)) };
  }

  async replace(dataset: Dataset): Promise<void> {
    // Build the new graph completely before swapping, so a failure leaves the old one in place.
    this.g = buildGraph(datasetToGraph(dataset));
  }

  async read(): Promise<Array<Record<string, unknown>>> {
    throw new AppError('not_implemented', 'Cypher needs the Neo4j store: run `npm run neo4j`, then start Rantai with NEO4J_URI=bolt://127.0.0.1:7687');
  }

  async close(): Promise<void> {}
}
