// The Tiers view's IKM column names each firm's cluster (web/src/views/tiers/layout.ts): two or more
// firms of one cluster in a run sit under a heading row, a firm alone of its cluster in its run is
// marked `alone` (the view writes the cluster after its name), firms around the focus are a run apart
// from the focus's own, and an overview's cluster nodes get no heading (they name themselves). Before,
// a national component focus listed "IKM 16619", "IKM 94824", … with nothing saying where they are.
// Expected rows are worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { GraphOut } from '../../server/store/shapes.ts';
import { placeTiers, type TierLayout } from '../../web/src/views/tiers/layout.ts';

type Node = GraphOut['nodes'][number];
const ikm = (id: string, cluster: string | undefined, role: 'focus' | 'context' = 'focus'): Node => ({ id, name: `IKM ${id}`, label: 'Firm', tier: 'IKM', role, ...(cluster ? { cluster } : {}) }) as Node;
const names = new Map([
  ['a', 'Sentra A'],
  ['b', 'Sentra B'],
  ['c', 'Sentra C'],
]);
const place = (nodes: Node[]): TierLayout => placeTiers({ nodes, links: [] } as unknown as GraphOut, names);

/** The IKM column top to bottom: headings as "# name", firms as their id (with "@cluster" when alone). */
function column(L: TierLayout): string[] {
  const rows = [
    ...L.groups.map((g) => ({ y: g.y, text: `# ${g.name ?? '-'}${g.role === 'context' ? ' (context)' : ''}` })),
    ...L.nodes.filter((n) => n.column === 'IKM').map((n) => ({ y: n.y, text: n.alone ? `${n.id} @${n.alone.name ?? '-'}` : n.id })),
  ];
  return rows.sort((p, q) => p.y - q.y).map((r) => r.text);
}

describe('the Tiers view names each IKM’s cluster', () => {
  it('puts a heading over two or more firms of a cluster and marks a firm alone of its cluster', () => {
    // Sorted by cluster name, then firm name: A (a1, a2), B (b1 alone), C (c1, c2, c3), then no
    // cluster (x1 alone). Rows: 3 headings + 7 firms = 10.
    const L = place([ikm('c2', 'c'), ikm('a2', 'a'), ikm('b1', 'b'), ikm('x1', undefined), ikm('a1', 'a'), ikm('c1', 'c'), ikm('c3', 'c')]);
    expect(column(L)).toEqual(['# Sentra A', 'a1', 'a2', 'b1 @Sentra B', '# Sentra C', 'c1', 'c2', 'c3', 'x1 @-']);
    expect(L.groups.map((g) => [g.cluster, g.members])).toEqual([
      ['a', ['a1', 'a2']],
      ['c', ['c1', 'c2', 'c3']],
    ]);
    // Every row one step apart (the step of a 9-row column: min(24, 900 / 9) = 24 px), a heading
    // taking a row like a firm; headings sit in the IKM column.
    const ys = [...L.groups.map((g) => g.y), ...L.nodes.filter((n) => n.column === 'IKM').map((n) => n.y)].sort((p, q) => p - q);
    expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual(Array(8).fill(24));
    for (const g of L.groups) expect(g.x).toBe(L.columnX.IKM);
  });

  it('keeps the firms around the focus a run apart from the focus’s own, under their own heading', () => {
    // Focus first: a1, a2 of A, then b1 alone; around the focus: a3, a4 of A again, under a second heading.
    const L = place([ikm('a3', 'a', 'context'), ikm('a1', 'a'), ikm('b1', 'b'), ikm('a4', 'a', 'context'), ikm('a2', 'a')]);
    expect(column(L)).toEqual(['# Sentra A', 'a1', 'a2', 'b1 @Sentra B', '# Sentra A (context)', 'a3', 'a4']);
  });

  it('counts the heading rows in the picture’s height', () => {
    // Four firms of one cluster: 5 rows at 24 px; height = top 40 + 5 × 24 + 20 = 180. Without the
    // heading it was 40 + 4 × 24 + 20 = 156.
    const L = place(['a1', 'a2', 'a3', 'a4'].map((id) => ikm(id, 'a')));
    expect(L.height).toBe(180);
    expect(column(L)).toEqual(['# Sentra A', 'a1', 'a2', 'a3', 'a4']);
  });

  it('gives an overview’s cluster nodes no heading', () => {
    const clusters = ['a', 'b'].map((id) => ({ id, name: names.get(id)!, label: 'Cluster', role: 'focus', members: 10 }) as Node);
    const L = place(clusters);
    expect(L.groups).toEqual([]);
    expect(L.nodes.every((n) => n.alone === undefined)).toBe(true);
  });

  it('widens the left margin for a heading wider than every firm’s name', () => {
    // Names measure 10 px, the heading 300 px: the margin wants 300 + 24 (columns.ts NAME_PAD).
    const L = placeTiers({ nodes: [ikm('a1', 'a'), ikm('a2', 'a')], links: [] } as unknown as GraphOut, names, 1200, { name: () => 10, title: () => 0, heading: () => 300 });
    expect(L.left).toBe(324);
  });
});
