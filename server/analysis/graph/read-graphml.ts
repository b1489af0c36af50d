// GraphML (http://graphml.graphdrawing.org/, what NetworkX's write_graphml, Gephi and yEd write):
// the first <graph>, its edgedefault (directed unless it says undirected, as the GraphML schema
// defaults), its <node id> in order and its <edge source target>. An edge's weight is its <data>
// for the edge key whose attr.name is "weight" (or whose id is "weight"), else that key's <default>,
// else none. Nested graphs, hyperedges and edges whose own `directed` differs from the graph's are
// refused with their line.
import { text, type Text } from '../../i18n/index.ts';
import type { AnyGraphInput } from '../network/any-graph.ts';
import { GraphFileError } from './file-error.ts';
import { MAX_ID_LENGTH, MAX_WEIGHT } from './limits.ts';
import { parseXml, type XmlElement } from './xml.ts';

export function readGraphml(content: string, file: string): AnyGraphInput {
  const root = parseXml(content, file);
  const fail = (el: XmlElement, reason: Text): never => {
    throw new GraphFileError(file, el.line, el.column, reason);
  };
  if (root.local !== 'graphml') fail(root, text('graph.xml.root', { expected: 'graphml', got: root.name }));
  const keys = root.children.filter((c) => c.local === 'key' && (c.attrs.for === 'edge' || c.attrs.for === 'all' || c.attrs.for === undefined));
  const weightKey = keys.find((k) => k.attrs['attr.name'] === 'weight') ?? keys.find((k) => k.attrs.id === 'weight');
  const weightDefault = weightKey?.children.find((c) => c.local === 'default')?.text.trim();
  const graph = root.children.find((c) => c.local === 'graph') ?? fail(root, text('graph.xml.noGraph'));
  const directed = graph.attrs.edgedefault !== 'undirected';
  const number = (el: XmlElement, raw: string): number => {
    const w = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(w)) fail(el, text('graph.xml.weightNumber', { got: raw }));
    if (w < 0) fail(el, text('graph.xml.weightNegative', { got: raw }));
    if (w > MAX_WEIGHT) fail(el, text('graph.xml.weightHuge', { got: raw }));
    return w;
  };
  const id = (el: XmlElement, attr: string): string => {
    const v = el.attrs[attr];
    if (v === undefined || v === '') fail(el, text('graph.xml.needsAttr', { element: el.local, attr }));
    if (v!.length > MAX_ID_LENGTH) fail(el, text('graph.idTooLong', { max: MAX_ID_LENGTH }));
    return v!;
  };
  const nodes: string[] = [];
  const edges: AnyGraphInput['edges'][number][] = [];
  for (const el of graph.children) {
    if (el.local === 'node') {
      if (el.children.some((c) => c.local === 'graph')) fail(el, text('graph.xml.nested'));
      nodes.push(id(el, 'id'));
    } else if (el.local === 'edge') {
      if (el.attrs.directed !== undefined && (el.attrs.directed === 'true') !== directed) fail(el, text(directed ? 'graph.xml.undirectedInDirected' : 'graph.xml.directedInUndirected'));
      const data = weightKey ? el.children.find((c) => c.local === 'data' && c.attrs.key === weightKey.attrs.id) : undefined;
      const raw = data?.text.trim() ?? weightDefault;
      const u = id(el, 'source');
      const v = id(el, 'target');
      edges.push(raw === undefined ? [u, v] : [u, v, number(data ?? el, raw)]);
    } else if (el.local === 'hyperedge') fail(el, text('graph.xml.hyperedges'));
  }
  return { directed, nodes, edges };
}
