// The Tiers view lists each column's firms by name once members and focus have decided (web/src/
// views/tiers/layout.ts). A generated national dataset names its firms "OEM 1" … "OEM 100": the
// national overview listed them OEM 1, OEM 10, OEM 100, OEM 101 … (code-unit order), which a
// reader scanning for OEM 2 does not expect. Expected orders are written out by hand.
import { describe, expect, it } from 'vitest';
import type { GraphOut } from '../../server/store/shapes.ts';
import { placeTiers } from '../../web/src/views/tiers/layout.ts';

const firm = (id: string, name: string, tier: string) => ({ id, name, label: 'Firm', tier, role: 'focus' as const });

function columnOrder(nodes: GraphOut['nodes'], column: string): string[] {
  const graph = { nodes, links: [] } as unknown as GraphOut;
  return placeTiers(graph, new Map())
    .nodes.filter((n) => n.column === column)
    .sort((a, b) => a.y - b.y)
    .map((n) => n.name);
}

describe('the Tiers view orders names as a reader looks them up', () => {
  it('numbers inside names by their value', () => {
    const nodes = ['OEM 10', 'OEM 2', 'OEM 100', 'OEM 1', 'OEM 11'].map((name, i) => firm(`f${i}`, name, 'OEM'));
    expect(columnOrder(nodes as GraphOut['nodes'], 'OEM')).toEqual(['OEM 1', 'OEM 2', 'OEM 10', 'OEM 11', 'OEM 100']);
  });

  it('names without numbers alphabetically, as before', () => {
    const nodes = ['PT Toyota Motor Manufacturing Indonesia', 'PT Astra Honda Motor', 'PT Suzuki Indomobil Motor'].map((name, i) => firm(`f${i}`, name, 'OEM'));
    expect(columnOrder(nodes as GraphOut['nodes'], 'OEM')).toEqual(['PT Astra Honda Motor', 'PT Suzuki Indomobil Motor', 'PT Toyota Motor Manufacturing Indonesia']);
  });
});
