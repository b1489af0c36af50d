// GEXF 1.3 export (gexf.net, "GEXF 1.3 primer"): a static directed graph whose node and edge
// attributes are declared with types. A node's GEXF label is its name (what Gephi shows); its Neo4j
// label is the attribute `nodeLabel`. An edge's GEXF label is its relationship type, also kept as the
// attribute `relType` (GEXF reserves `type` for the edge direction). Every property is an attribute,
// and a firm also has its cluster's id and name (firm-clusters.ts); lists are joined with ";".
// NetworkX's read_gexf returns a MultiDiGraph when relationships are parallel. Nodes and edges come in
// a stable order (stable-order.ts).
import type { GraphData, GraphNode, GraphRel, Props } from '../model/index.ts';
import { attrText, attributeColumns, type AttrColumn } from './attributes.ts';
import { firmClusterAttributes } from './firm-clusters.ts';
import { inStableOrder } from './stable-order.ts';
import { xmlText } from './xml.ts';

const GEXF_TYPES = { boolean: 'boolean', long: 'long', double: 'double', string: 'string' } as const;

export function gexfNodeAttributes(n: GraphNode, cluster?: Props): Props {
  const { id: _id, ...rest } = n.props;
  void _id;
  return { nodeLabel: n.label, ...rest, ...cluster };
}

export const gexfEdgeAttributes = (r: GraphRel): Props => ({ relType: r.type, ...r.props });

const declarations = (cls: 'node' | 'edge', columns: readonly AttrColumn[]): string[] => [
  `    <attributes class="${cls}" mode="static">`,
  ...columns.map((c, i) => `      <attribute id="${cls[0]}${i}" title="${xmlText(c.name)}" type="${GEXF_TYPES[c.type]}"/>`),
  '    </attributes>',
];

/**
 * The node's or edge's <attvalues> block as the lines that follow its opening tag, each after a
 * newline (or nothing): one string per element, not one per line, since a national GEXF has
 * millions of lines and building it line by line was mostly garbage collection.
 */
const attvalues = (cls: 'node' | 'edge', columns: readonly AttrColumn[], attrs: Props): string => {
  let values = '';
  for (let i = 0; i < columns.length; i++) {
    const value = attrs[columns[i]!.name];
    if (value !== undefined) values += `\n          <attvalue for="${cls[0]}${i}" value="${xmlText(attrText(value))}"/>`;
  }
  return values === '' ? '' : `\n        <attvalues>${values}\n        </attvalues>`;
};

export function toGexf(stored: GraphData): string {
  const graph = inStableOrder(stored);
  const clusters = firmClusterAttributes(graph);
  const nodeAttrs = graph.nodes.map((n) => gexfNodeAttributes(n, clusters.get(n.id)));
  const edgeAttrs = graph.rels.map(gexfEdgeAttributes);
  const nodeCols = attributeColumns(nodeAttrs, ['nodeLabel', 'name', 'tier']);
  const edgeCols = attributeColumns(edgeAttrs, ['relType']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Rantai</creator>',
    '    <description>Supply-chain graph of firms, clusters, components and their relationships</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeCols),
    ...declarations('edge', edgeCols),
    '    <nodes>',
  ];
  graph.nodes.forEach((n, i) => {
    const label = typeof n.props.name === 'string' ? n.props.name : n.id;
    lines.push(`      <node id="${xmlText(n.id)}" label="${xmlText(label)}">${attvalues('node', nodeCols, nodeAttrs[i]!)}\n      </node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  graph.rels.forEach((r, i) => {
    lines.push(`      <edge id="${xmlText(r.key)}" source="${xmlText(r.from)}" target="${xmlText(r.to)}" label="${xmlText(r.type)}">${attvalues('edge', edgeCols, edgeAttrs[i]!)}\n      </edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
