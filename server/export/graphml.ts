// GraphML export (GraphML Primer, graphdrawing.org): a directed graph with typed <key> declarations
// for every node attribute (label = the Neo4j label, name, tier, then every property) and every
// edge attribute (type = the relationship type, then every property such as component, values and
// source); a firm also carries its cluster's id and name (firm-clusters.ts). Parallel relationships
// stay separate edges with their own ids, so NetworkX's read_graphml returns a MultiDiGraph. Lists
// are joined with ";". Nodes and edges come in a stable order (stable-order.ts). Gephi and yEd open it.
import type { GraphData, GraphNode, GraphRel, Props } from '../model/index.ts';
import { attrText, attributeColumns, type AttrColumn } from './attributes.ts';
import { firmClusterAttributes } from './firm-clusters.ts';
import { inStableOrder } from './stable-order.ts';
import { xmlText } from './xml.ts';

export const NODE_FIRST = ['label', 'name', 'tier'];
export const EDGE_FIRST = ['type'];

/** A node's attributes: its label and properties (its id is the node id, not repeated), then a firm's cluster. */
export function nodeAttributes(n: GraphNode, cluster?: Props): Props {
  const { id: _id, ...rest } = n.props;
  void _id;
  return { label: n.label, ...rest, ...cluster };
}

export const edgeAttributes = (r: GraphRel): Props => ({ type: r.type, ...r.props });

const keyLines = (domain: 'node' | 'edge', prefix: string, columns: readonly AttrColumn[]): string[] =>
  columns.map((c, i) => `  <key id="${prefix}${i}" for="${domain}" attr.name="${xmlText(c.name)}" attr.type="${c.type}"/>`);

/**
 * The element's <data> lines, each after a newline: one string per element, not one per line (a
 * national GraphML has millions of lines, and building it line by line was mostly garbage collection).
 */
const dataLines = (prefix: string, columns: readonly AttrColumn[], attrs: Props): string => {
  let lines = '';
  for (let i = 0; i < columns.length; i++) {
    const value = attrs[columns[i]!.name];
    if (value !== undefined) lines += `\n      <data key="${prefix}${i}">${xmlText(attrText(value))}</data>`;
  }
  return lines;
};

export function toGraphml(stored: GraphData): string {
  const graph = inStableOrder(stored);
  const clusters = firmClusterAttributes(graph);
  const nodeAttrs = graph.nodes.map((n) => nodeAttributes(n, clusters.get(n.id)));
  const edgeAttrs = graph.rels.map(edgeAttributes);
  const nodeCols = attributeColumns(nodeAttrs, NODE_FIRST);
  const edgeCols = attributeColumns(edgeAttrs, EDGE_FIRST);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', 'n', nodeCols),
    ...keyLines('edge', 'e', edgeCols),
    '  <graph id="rantai" edgedefault="directed">',
  ];
  graph.nodes.forEach((n, i) => {
    lines.push(`    <node id="${xmlText(n.id)}">${dataLines('n', nodeCols, nodeAttrs[i]!)}\n    </node>`);
  });
  graph.rels.forEach((r, i) => {
    lines.push(`    <edge id="${xmlText(r.key)}" source="${xmlText(r.from)}" target="${xmlText(r.to)}">${dataLines('e', edgeCols, edgeAttrs[i]!)}\n    </edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
