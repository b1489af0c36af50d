// GEXF 1.2/1.3 (https://gexf.net, what Gephi and NetworkX's write_gexf write): the <graph>'s
// defaultedgetype (undirected unless it says directed; "mutual" is undirected), <nodes><node id>
// in order, <edges><edge source target weight?>. Edges whose own `type` differs from the default
// are refused (mixed graphs), with their line.
import { text, type Text } from '../../i18n/index.ts';
import type { AnyGraphInput } from '../network/any-graph.ts';
import { GraphFileError } from './file-error.ts';
import { MAX_ID_LENGTH, MAX_WEIGHT } from './limits.ts';
import { parseXml, type XmlElement } from './xml.ts';

export function readGexf(content: string, file: string): AnyGraphInput {
  const root = parseXml(content, file);
  const fail = (el: XmlElement, reason: Text): never => {
    throw new GraphFileError(file, el.line, el.column, reason);
  };
  if (root.local !== 'gexf') fail(root, text('graph.xml.root', { expected: 'gexf', got: root.name }));
  const graph = root.children.find((c) => c.local === 'graph') ?? fail(root, text('graph.xml.noGraph'));
  const directed = graph.attrs.defaultedgetype === 'directed';
  const id = (el: XmlElement, attr: string): string => {
    const v = el.attrs[attr];
    if (v === undefined || v === '') fail(el, text('graph.xml.needsAttr', { element: el.local, attr }));
    if (v!.length > MAX_ID_LENGTH) fail(el, text('graph.idTooLong', { max: MAX_ID_LENGTH }));
    return v!;
  };
  const nodes: string[] = [];
  const edges: AnyGraphInput['edges'][number][] = [];
  for (const section of graph.children) {
    if (section.local === 'nodes') {
      for (const el of section.children) if (el.local === 'node') nodes.push(id(el, 'id'));
    } else if (section.local === 'edges') {
      for (const el of section.children) {
        if (el.local !== 'edge') continue;
        const type = el.attrs.type;
        if (type !== undefined && (type === 'directed') !== directed) fail(el, text(directed ? 'graph.xml.undirectedInDirected' : 'graph.xml.directedInUndirected'));
        const u = id(el, 'source');
        const v = id(el, 'target');
        const raw = el.attrs.weight;
        if (raw === undefined) {
          edges.push([u, v]);
          continue;
        }
        const w = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(w)) fail(el, text('graph.xml.weightNumber', { got: raw }));
        if (w < 0) fail(el, text('graph.xml.weightNegative', { got: raw }));
        if (w > MAX_WEIGHT) fail(el, text('graph.xml.weightHuge', { got: raw }));
        edges.push([u, v, w]);
      }
    }
  }
  return { directed, nodes, edges };
}
