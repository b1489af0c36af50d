// The order of a GraphML or GEXF file's nodes and edges: by kind (NODE_LABELS, REL_TYPES), then by id
// (an edge by its key: type, ends, the property that tells parallel ones apart). Each store hands its
// graph over in its own order (the embedded store in the dataset's, Neo4j in its storage's), so the
// same data gave two files a diff could not compare, and a reload into Neo4j a different file again.
import { NODE_LABELS, REL_TYPES, type GraphData, type GraphNode, type GraphRel } from '../model/index.ts';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const labelRank = new Map<string, number>(NODE_LABELS.map((l, i) => [l, i]));
const typeRank = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));

const nodeOrder = (a: GraphNode, b: GraphNode): number => labelRank.get(a.label)! - labelRank.get(b.label)! || byText(a.id, b.id);
const relOrder = (a: GraphRel, b: GraphRel): number => typeRank.get(a.type)! - typeRank.get(b.type)! || byText(a.key, b.key);

/** The graph with its nodes and relationships in that order (new arrays; the elements are shared). */
export const inStableOrder = (graph: GraphData): GraphData => ({ nodes: [...graph.nodes].sort(nodeOrder), rels: [...graph.rels].sort(relOrder) });
