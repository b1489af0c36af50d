// buildAnyGraph holds a graph as NetworkX does (hand-checked against NetworkX 3.6's documented
// behaviour of add_nodes_from / add_edge): node order, adjacency order, repeated edges, parallel
// edges of a multigraph, self-loops in the degree, and G.edges order.
import { describe, expect, it } from 'vitest';
import { buildAnyGraph, degreeOf, edgeOrder, type AnyGraph } from '../../server/analysis/network/any-graph.ts';

const neighbours = (g: AnyGraph, id: string, side: 'out' | 'in' = 'out') => {
  const i = g.index.get(id)!;
  const a = g[side];
  return Array.from(a.targets.subarray(a.offsets[i], a.offsets[i + 1]), (t) => g.ids[t]);
};

describe('buildAnyGraph', () => {
  it('orders nodes: listed ones first, then each new edge end (u before v)', () => {
    const g = buildAnyGraph({ directed: false, nodes: ['z', 'b'], edges: [['a', 'b'], ['c', 'a']] });
    expect(g.ids).toEqual(['z', 'b', 'a', 'c']);
  });

  it('keeps adjacency in first-edge order; a repeated edge keeps its place and takes the new weight', () => {
    const g = buildAnyGraph({ directed: false, edges: [['a', 'c', 1], ['a', 'b'], ['c', 'a', 5]] });
    expect(neighbours(g, 'a')).toEqual(['c', 'b']);
    expect(neighbours(g, 'c')).toEqual(['a']);
    expect(g.edgeCount).toBe(2);
    const a = g.index.get('a')!;
    expect(g.out.weightSum[g.out.offsets[a]!]).toBe(5);
    // A repeat without a weight leaves the weight alone (add_edge without attributes).
    const h = buildAnyGraph({ directed: false, edges: [['a', 'c', 3], ['a', 'c']] });
    expect(h.out.weightSum[0]).toBe(3);
  });

  it('a directed graph has successors and predecessors', () => {
    const g = buildAnyGraph({ directed: true, edges: [['a', 'b'], ['c', 'b'], ['b', 'a']] });
    expect(neighbours(g, 'b')).toEqual(['a']);
    expect(neighbours(g, 'b', 'in')).toEqual(['a', 'c']);
    expect(g.edgeCount).toBe(3);
  });

  it('a multigraph keeps parallel edges: count, sum and minimum of their weights, each weight in order', () => {
    const g = buildAnyGraph({ directed: false, multigraph: true, edges: [['a', 'b', 4], ['b', 'a', 2], ['a', 'b']] });
    expect(g.edgeCount).toBe(3);
    expect(Array.from(g.out.count)).toEqual([3, 3]);
    expect(Array.from(g.out.weightSum)).toEqual([7, 7]);
    expect(Array.from(g.out.weightMin)).toEqual([1, 1]);
    expect(g.out.parallel![0]).toEqual([4, 2, 1]);
    expect(degreeOf(g, 0, false)).toBe(3);
  });

  it('an undirected self-loop is one neighbour entry and counts twice in the degree', () => {
    const g = buildAnyGraph({ directed: false, edges: [['a', 'a', 2], ['a', 'b']] });
    expect(neighbours(g, 'a')).toEqual(['a', 'b']);
    expect(degreeOf(g, 0, false)).toBe(3);
    expect(degreeOf(g, 0, true)).toBe(5);
  });

  it('G.edges order: per node in order, an undirected edge once from its earlier end', () => {
    const g = buildAnyGraph({ directed: false, nodes: ['x'], edges: [['b', 'a'], ['x', 'a'], ['b', 'b']] });
    expect(edgeOrder(g).map(([u, v]) => [g.ids[u], g.ids[v]])).toEqual([['x', 'a'], ['b', 'a'], ['b', 'b']]);
  });
});
